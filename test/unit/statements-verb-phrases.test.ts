import * as assert from 'assert';
import { verbsAndSpeakers } from '../helpers/recognition';

// Attributions read from a phrase or a construction rather than a single verb after its subject: a release's
// `is pleased to announce`, a foreseen `is expected to announce`, verbs of repeating with what they repeat,
// `projects that`, a participle whose subject follows `with`, and past participles used as adjectives.

describe('statements: announcing phrases', () => {
  it('reads "is pleased/delighted/proud to announce" with the subject before it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Acme Savings Bank is pleased to announce the appointment of a new treasurer.'), ['pleased to announce: Acme Savings Bank']);
    assert.deepStrictEqual(verbsAndSpeakers('Northwind and Contoso are delighted to announce a merger.'), ['delighted to announce: Northwind and Contoso']);
    assert.deepStrictEqual(verbsAndSpeakers('The Harbour Trust is proud to announce its new gallery.'), ['proud to announce: The Harbour Trust']);
  });

  it('reads a foreseen announcement only when no other attribution closes the sentence', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The retailer is expected to announce the deal on Friday.'), ['expected to announce: The retailer']);
    assert.deepStrictEqual(verbsAndSpeakers('The minister is expected to announce a budget, bankers told Reuters.'), ['told: bankers']);
  });

  it('does not read "to announce" after a verb of planning or a feeling without "to announce"', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The bank plans to announce results next week.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The board was pleased with the results.'), []);
  });
});

describe('statements: verbs of repeating', () => {
  it('reads "repeated" and "echoed" before a clause, an owner or words said', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The governor repeated sentiments that rates would rise.'), ['repeated: The governor']);
    assert.deepStrictEqual(verbsAndSpeakers('The senator also repeated his call for a tax cut.'), ['repeated: The senator']);
    assert.deepStrictEqual(verbsAndSpeakers('Officials echoed the view of the diplomats.'), ['echoed: Officials']);
  });

  it('does not read them as adjectives or with what is not said', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Despite repeated attempts, the talks failed.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The hall echoed with laughter.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The test was repeated the next day.'), []);
  });
});

describe('statements: a question with its listener', () => {
  it('reads "asked" with a name or an object pronoun before its particle', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The lawyer asked Roesler why she never checked.'), ['asked: The lawyer']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee asked him whether the rule was fair.'), ['asked: Ann Lee']);
  });

  it('does not read "asked" with a listener and no particle', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee asked Tom Brown to stay.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The coach asked them to run.'), []);
  });
});

describe('statements: a source with a that-clause', () => {
  it('reads "projects that" before a clause', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The final budget projects that the debt could be paid off by 2013.'), ['projects that: The final budget']);
  });

  it('does not read "projects that" with a relative clause', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The city will fund projects that create jobs.'), []);
  });
});

describe('statements: a participle whose subject follows "with"', () => {
  it('reads the words between "with" and the participle as its subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The trial opened Tuesday with coaches confessing they gave the drugs.'), ['confessing: coaches']);
    assert.deepStrictEqual(verbsAndSpeakers('Bonds ended little changed, with dealers saying that traders await the data.'), ['saying: dealers']);
    assert.deepStrictEqual(verbsAndSpeakers('The offensive was halted with Baghdad saying the enemy had gained little.'), ['saying: Baghdad']);
  });

  it('does not read a noun, an owner, a time or a verb complement as that subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The storm hit with little warning.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The officer let him go with a stern warning.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Lawmakers sided with the chairman\'s warning on taxes.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('She is a veteran reporter with three decades reporting from Asia.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('He met with local farmers saying afterwards that he was moved.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('He ran twelve divisions with half the sales reporting to him.'), []);
  });
});

describe('statements: past participles as adjectives', () => {
  it('does not read a past form right after an article as a verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The plant made an estimated 160 tonnes last year.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The proposed merger was approved on Monday.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The court stayed the execution of a confessed killer.'), []);
  });

  it('still reads the verb after a subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The company estimated that sales rose.'), ['estimated: The company']);
    assert.deepStrictEqual(verbsAndSpeakers('The suspect confessed to the killing.'), ['confessed: The suspect']);
  });
});

describe('statements: causes and idioms that read like attributions', () => {
  it('does not read "explain" after a cause or "tell it" as an idiom as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('This may partly explain the relief.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The new research helps explain the lower growth.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('To hear them tell it, the pills cure everything.'), []);
  });

  it('still reads "explains", "explained" and "tell" with what was said', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The report explains how the plan works.'), ['explains: The report']);
    assert.deepStrictEqual(verbsAndSpeakers('The minister explained that prices rose.'), ['explained: The minister']);
    assert.deepStrictEqual(verbsAndSpeakers('Officials will tell the board that it is safe.'), ['tell: Officials']);
  });
});

describe('statements: passives, things won and nouns that look like verbs', () => {
  it('does not read a past form before "by" as its subject\'s statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Lawmakers backed a budget proposed by the premier.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The rates charged by banks rose.'), []);
    // `quoted by … as saying` still attributes, and an inverted `said by phone` still counts.
    assert.deepStrictEqual(verbsAndSpeakers('The minister said by phone that talks had failed.'), ['said: The minister']);
  });

  it('does not read "claimed" with a life, a title or a victory as speech', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The crash claimed 179 lives a year ago.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The team recently claimed its third consecutive Nations Cup title.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The rebels claimed responsibility for the attack.'), ['claimed: The rebels']);
  });

  it('does not read "estimate" or "claim" followed as a noun is as a verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('This compares with the Bank\'s revised estimate of a 750 mln stg shortage.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Washington sustained its original claim of a link.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Economists estimate growth fell 10 pct.'), ['estimate: Economists']);
    assert.deepStrictEqual(verbsAndSpeakers('Some sites claim to have the script.'), ['claim: Some sites']);
  });
});

describe('statements: an amount added', () => {
  it('does not read "added" before an amount as speech', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Alcan added 1/4 to reach 54-1/8.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Last year, GM added 500 hourly workers to its payroll.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The senator added about 400 mln dlrs for farm programs.'), []);
  });

  it('still reads "added" before what was said', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The senator added that 400 mln dlrs would be spent.'), ['added: The senator']);
  });
});

describe('statements: a person, then where they spoke', () => {
  it('gives the statement to a person opening the subject before "in"', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Minister Roberto Lavagna in a news conference said exports would rise.'), ['said: Roberto Lavagna']);
  });

  it('not to a person inside a longer subject', () => {
    assert.notDeepStrictEqual(verbsAndSpeakers('An adviser to Robert Maxwell in New York said there was no basis for it.'), ['said: Robert Maxwell']);
    assert.notDeepStrictEqual(verbsAndSpeakers('U.S. officials with George Shultz in Peking said he would go.'), ['said: George Shultz']);
  });
});
