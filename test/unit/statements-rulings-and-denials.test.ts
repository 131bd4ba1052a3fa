import * as assert from 'assert';
import { verbsAndSpeakers } from '../helpers/recognition';

// A court's ruling with its clause, a text that reads its quoted words, a time word between a verb and its particle,
// and negated attributions, which state nothing. Synthetic sentences, positives and negatives.

describe('statements: rulings and texts that read', () => {
  it('reads "ruled that" with its clause as a statement of the court or the judge', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The appeals court ruled that the tax was void.'), ['ruled: The appeals court']);
    assert.deepStrictEqual(verbsAndSpeakers('A federal judge has ruled that the firm must pay.'), ['ruled: A federal judge']);
  });

  it('does not read "ruled" without its clause, or "a ruling that", as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The minister ruled out a delay.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The family ruled the province for a century.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The firm appealed a ruling that went against it.'), []);
  });

  it('reads a text that "reads" a colon or a quotation as a statement of that text', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The joint letter reads: "We ask the board to act at once on the plan."'), ['reads: The joint letter']);
    assert.deepStrictEqual(verbsAndSpeakers('A banner on the gate read, "Workers will not accept these cuts."'), ['read: A banner on the gate']);
    assert.deepStrictEqual(verbsAndSpeakers('The memo reads, in part: "Staff must leave the site by noon."'), ['reads: The memo']);
  });

  it('does not read "reads" or "read" without a quotation as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The mayor reads the morning papers at dawn.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Teachers read the report before the meeting.'), []);
  });
});

describe('statements: a time word before the particle', () => {
  it('reads "called Tuesday for", "called last week for" and "asked on Friday whether" as statements', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Governor Alan Pryce called Tuesday for new taxes on fuel.'), ['called: Alan Pryce']);
    assert.deepStrictEqual(verbsAndSpeakers('The union called last week for a strike at the mills.'), ['called: The union']);
    assert.deepStrictEqual(verbsAndSpeakers('The senators asked on Friday whether the plan was legal.'), ['asked: The senators']);
  });

  it('does not read a time word after "called" without the particle as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The union called Tuesday a day of shame.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The firm called last week to cancel the order.'), []);
  });
});

describe('statements: negated attributions state nothing', () => {
  it('does not read a negated verb as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministry did not say when the talks would resume.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Officials wouldn\'t immediately say how many were hurt.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The firm has never disclosed its market share.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The agency has not yet announced a date.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The envoy was not quoted as saying when he would leave.'), []);
  });

  it('does not read a form in -s after a preposition as a verb ("commented on reports that")', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Borvia Mills has never commented on reports that it will sell the unit.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('There have been reports that the mill will close.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The agency reports that the mill will close.'), ['reports: The agency']);
  });

  it('reads a denial denied ("did not deny that", "does not dispute that") as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The agency did not deny that the plant was closed.'), ['deny: The agency']);
    assert.deepStrictEqual(verbsAndSpeakers('Most growers do not dispute that prices fell.'), ['dispute: Most growers']);
  });

  it('still reads the verb after a negated one, with the same subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Moss did not say how many shares the firm would buy but said it had funds for it.'), ['said: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('Officials said they did not know the cause.'), ['said: Officials']);
  });

  it('reads "not only said … but" as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The report said prices would rise, and the union not only said it agreed but marched.').map((each) => each.split(':')[0]), ['said', 'said']);
  });

  it('keeps the subject of a negated verb for a pronoun after it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Moss spoke first. A ministry spokeswoman would not say how many troops were sent. She said the mission would last a month.'), ['said: A ministry spokeswoman']);
  });
});

describe('statements: passives of verbs of speaking', () => {
  it('does not read a passive without its source as a statement ("is said to", "has been observed", "was asked")', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The drug is said to ease pain in the joints.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('No such effect has been observed in the trials.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('A new clause was added to the bill.'), []);
  });

  it('reads a passive of a verb of speaking with its source named after it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The mill is said by local officials to be near closing.'), ['said: local officials']);
  });
});

describe('statements: verbs that report where they close a quotation', () => {
  it('reads "continued", "shared", "snapped" and "reads" right after a quotation as statements', () => {
    assert.deepStrictEqual(verbsAndSpeakers('"We will win the vote," Ann Moss continued.'), ['continued: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('"Music gives us hope every day," Bo Tan shared.'), ['shared: Bo Tan']);
    assert.deepStrictEqual(verbsAndSpeakers('"We ask the board to act now," the joint letter reads.'), ['reads: the joint letter']);
  });

  it('does not read them away from a quotation', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Prices continued to fall in May.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The decline continued.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The two firms shared the prize.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('"The Long Road," a novel, continued to sell well.'), []);
  });
});
