import * as assert from 'assert';
import { speakerOf, verbsAndSpeakers } from '../helpers/recognition';

// Views stated by a source (`held that`, `disagreed`, `agree that`), consent to an act that states none (`agreed to
// buy`), and a quotation closed by two apostrophes before an inverted verb. Synthetic sentences, positives and negatives.

describe('statements: views held, disputed and shared', () => {
  it('reads "held that" with its clause as a statement of the subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The appeals court also held that the rule was void.'), ['held: The appeals court']);
    assert.deepStrictEqual(verbsAndSpeakers('For years the agency has held that the dam is safe.'), ['held: the agency']);
  });

  it('does not read "held" without a clause, or "held that" before a time or an office, as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministers held talks on Monday.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('He resigned the post he held that year.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The police held that man for questioning.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The old theory holds that the moon is young.'), []);
  });

  it('reads "disagreed" and "disagree" as a view of the subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Judge Ann Moss disagreed.'), ['disagreed: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('Other economists disagree with that forecast.'), ['disagree: Other economists']);
  });

  it('reads "agree that" and "agrees that" with the subject before them, not "agree to"', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Most farmers agree that the rains came late.'), ['agree: Most farmers']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Moss, a grower, agrees that prices will fall.'), ['agrees: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('The two sides agree to meet again in May.'), []);
  });
});

describe('statements: consent to an act is no statement', () => {
  it('does not read "agreed to" an act or a deal, or "agreed on" a thing, as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Borvia Mills agreed to buy the plant for 40 mln dlrs.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The lenders agreed last week to extend the loan.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The two firms agreed in principle with the union to cut jobs.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The ministers agreed on a plan for the mills.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The union agreed not to strike before June.'), []);
  });

  it('still reads "agreed" with a clause, with a view, or alone', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The union agreed on Friday that the offer was fair.'), ['agreed: The union']);
    assert.deepStrictEqual(verbsAndSpeakers('The minister agreed the tax was small compared to the gain.'), ['agreed: The minister']);
    assert.deepStrictEqual(verbsAndSpeakers('They also agreed they needed more time to decide.'), ['agreed: They']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Moss agreed with the report.'), ['agreed: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Moss agreed.'), ['agreed: Ann Moss']);
  });
});

describe('statements: a quotation closed with two apostrophes', () => {
  it('reads the speaker after the verb, not the quoted words before it', () => {
    const text = "Growers spoke.\n\n   ''We lost 2,974 acres.'' said Neil Hart, a grower.\n";
    assert.strictEqual(speakerOf(text, 'said'), 'Neil Hart');
    assert.strictEqual(speakerOf("Growers spoke of the floods. ''It rained all week.'' said Neil Hart.", 'said'), 'Neil Hart');
  });

  it('keeps a possessive or a name before the verb as its subject', () => {
    assert.strictEqual(speakerOf("''It rained,'' he said. Neil Hart said the crop was lost.", 'said', 1), 'Neil Hart');
  });
});

describe('statements: a plural of people before a preposition', () => {
  it('heads the source when a relative clause follows its object', () => {
    assert.strictEqual(speakerOf('Lawyers for those who sued the city disagreed.', 'disagreed'), 'Lawyers for those');
  });
});

describe('statements: a subject asked by someone, and a firm described after it', () => {
  it('takes the noun before a participle of asking and its agent', () => {
    assert.strictEqual(speakerOf('Analysts polled by the agency said sales would rise.', 'said'), 'Analysts');
    assert.strictEqual(speakerOf('Residents contacted by telephone said the town was calm.', 'said'), 'Residents');
  });

  it('keeps a firm before its owner\'s stake set off by commas', () => {
    assert.strictEqual(speakerOf('Borvia Mills Ltd, 82 pct owned by Delta Holdings Inc, said it sold the plant.', 'said'), 'Borvia Mills Ltd');
    assert.strictEqual(speakerOf('Borvia Mills Ltd, 82 pct-owned by Delta Holdings Inc <DHI>, said it sold the plant.', 'said'), 'Borvia Mills Ltd');
    assert.strictEqual(speakerOf('<Borvia Mills Ltd>, a unit of Delta Holdings Inc, said it sold the plant.', 'said'), 'Borvia Mills Ltd');
    assert.strictEqual(speakerOf('<Borvia Mills Ltd>, earlier reporting a loss, said it sold the plant.', 'said'), 'Borvia Mills Ltd');
  });

  it('does not drop the agent of a finite verb', () => {
    assert.strictEqual(speakerOf('Traders were polled by the agency, which said sales would rise.', 'said'), 'the agency');
    assert.strictEqual(speakerOf('That idea has been flatly rejected by the bankers, who contend it would fail.', 'contend'), 'the bankers');
    assert.strictEqual(speakerOf('The court rejected a suit brought by three dairy makers which argued the tax was void.', 'argued'), 'three dairy makers');
    assert.strictEqual(speakerOf('The ministry announced a tax on goods imported by traders and said it would act.', 'said'), 'The ministry');
    assert.notStrictEqual(speakerOf('Acme adjourned a shareholders meeting called to vote on the merger and said it hoped to talk.', 'said'), 'a shareholders');
  });
});

describe('statements: a quoted phrase after a paraphrase', () => {
  it('goes on with the speaker of the sentence just before, in the same or the next paragraph', () => {
    const text = 'Dr. Ann Lowe, a plant expert, explained that the blight spreads fast.\n\nIn a field of one crop, it can spread "like a fire through a field of dry grass." Mixed fields slow it.';
    assert.strictEqual(speakerOf(text, 'like a fire'), 'Ann Lowe');
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold. It would bring "the biggest change in a generation of farming." Rain fell.', 'the biggest'), 'Ann Lowe');
  });

  it('does not give a title, a term, a short scare quote or another person\'s words to that speaker', () => {
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold. The agency printed a pamphlet, "Economical Travel in Modern Japan." Rain fell.', 'Economical'), undefined);
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold. Officials use the term "changed external economic factors" often.', 'changed'), undefined);
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold. It was a "big deal" for the town.', 'big deal'), undefined);
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold. Bob Crane called it "a waste of public money and time."', 'a waste'), undefined);
    assert.strictEqual(speakerOf('Ann Lowe said the plan was bold.\n\nRain fell for days.\n\nThe river rose "higher than anyone here can remember."', 'higher'), undefined);
  });
});

describe('statements: a quotation running on into the sentence that attributes it', () => {
  it('gives its first sentence the speaker named after the quotation, not the statement before', () => {
    const text = 'Dealers are cutting prices, analysts say. Retail car sales "are at a point of change. There is not much off the table" in selling cars, says Dan Cole, an analyst.';
    assert.strictEqual(speakerOf(text, 'are at a point'), 'Dan Cole');
  });
});

describe('statements: a statement mentioned, continued or carried on', () => {
  it('reads "mentioned that", "continued that" and "went on to say" as statements of the subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The minister mentioned that trade had grown.'), ['mentioned: The minister']);
    assert.deepStrictEqual(verbsAndSpeakers('The minister continued that ties were strong.'), ['continued: The minister']);
    assert.deepStrictEqual(verbsAndSpeakers('The minister went on to say that ties were strong.'), ['went on to say: The minister']);
  });

  it('does not read a thing mentioned or a trend continued as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The minister mentioned the talks in passing.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Prices continued to fall on Monday.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The mentioned firm went on to lose money.'), []);
  });
});
