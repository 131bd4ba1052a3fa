import * as assert from 'assert';
import { speakerOf, verbsAndSpeakers } from '../helpers/recognition';

// The reporting verbs as a class: their inflections, auxiliaries and the context some of them need. Each case is a
// synthetic sentence; the verbs of judgement that report no words (`called … a disaster`) must stay out.

describe('statements: reporting verbs', () => {
  it('reads perfect, past perfect, modal and progressive forms', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Officials have recommended a review.'), ['recommended: Officials']);
    assert.deepStrictEqual(verbsAndSpeakers('The mayor had warned of floods.'), ['warned: The mayor']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee would say only that talks continue.'), ['say: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee will tell the board on Monday that talks continue.'), ['tell: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('A coalition of booksellers is urging the state to act.'), ['urging: A coalition of booksellers']);
    assert.deepStrictEqual(verbsAndSpeakers('The unions are still claiming credit for the deal.'), ['claiming: The unions']);
  });

  it('reads verbs of citing, vowing, maintaining and proclaiming', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee cited a study of 400 farms.'), ['cited: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('The two associations maintain that the tax is owed.'), ['maintain: two associations']);
    assert.deepStrictEqual(verbsAndSpeakers('June 19, the fans have proclaimed, will be Fan Day.'), ['proclaimed: the fans']);
  });

  it('does not read a base form after "to" or an -ing form without "be" as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee declined to say where she was.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The claiming of land went on for years.'), []);
  });

  it('reads "call for", "ask for", "ask whether", "question whether" and "describe … as" only with their particle', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministers call instead for new aid.'), ['call: The ministers']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee asked for a list of the priorities.'), ['asked: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee questioned whether the rule was fair.'), ['questioned: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Traders described the market as frantic.'), ['described: Traders']);
    assert.deepStrictEqual(verbsAndSpeakers('"Why now?" asked Lee.'), ['asked: Lee']);
    // Verbs of judgement, or the same verbs without what makes them report words.
    assert.deepStrictEqual(verbsAndSpeakers('They answer their most challenging questions, and more.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('When asked how he would react, the mayor smiled.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('If the agency agrees, it could fine the resort.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('This investment underscores the firm\'s commitment to growth.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The mayor called the plan a disaster.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee asked the waiter to stay.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('She described the house in detail.'), []);
  });

  it('reads a form that is also a plural noun as a verb only before a clause', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The report states that the deal was near.'), ['states: The report']);
    assert.deepStrictEqual(verbsAndSpeakers('Southern states like Georgia voted.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The tour blends ocean thrills, rainforest wonders, and local food.'), []);
    assert.strictEqual(speakerOf('Persistent news reports said the deal was near.', 'said'), 'news reports');
  });

  it('never reads the object of "announced" as an inverted speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Acme, a maker of tools, today announced the appointment of a new chief.'), ['announced: Acme']);
    assert.deepStrictEqual(verbsAndSpeakers('Acme Quantum (NYSE: ACQ), a maker of chips, recently announced a new plant.'), ['announced: Acme Quantum']);
  });

  it('lets a short source after the last comma govern the sentence', () => {
    assert.deepStrictEqual(verbsAndSpeakers('One of the birds, a robin found in a park, confirms the virus is spreading, state officials said.'), ['said: state officials']);
    assert.deepStrictEqual(verbsAndSpeakers('Brazil had not asked for any maize, they said on Friday.'), ['said: they']);
    // A report within the report (`claimed that`) keeps its own statement; so does one before a closing quotation.
    assert.deepStrictEqual(verbsAndSpeakers('The army claimed that rebels were killed, Interfax reported.'), ['claimed: The army', 'reported: Interfax']);
    assert.deepStrictEqual(verbsAndSpeakers('Chen said that the reports were trying to "create chaos," the newspaper said.'), ['said: Chen', 'said: the newspaper']);
  });

  it('keeps a nationality, initials or a capitalised adjective before a plural source, and a pronoun subject of a second verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ruritanian officials have cited a water sample that they say held the poison.'), ['cited: Ruritanian officials', 'say: Ruritanian officials']);
    // An adjective capitalised to open the sentence belongs to the plural; another capitalised word does not.
    assert.deepStrictEqual(verbsAndSpeakers('Private sources said the road was shut.'), ['said: Private sources']);
    assert.deepStrictEqual(verbsAndSpeakers('Monetary sources said the rate would hold.'), ['said: Monetary sources']);
    assert.deepStrictEqual(verbsAndSpeakers('Still officials said the road was shut.'), ['said: officials']);
    assert.deepStrictEqual(verbsAndSpeakers('Hammond officials said the road was shut.'), ['said: officials']);
  });

  it('reads any reporting participle after the main clause, and "a statement saying"', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The tobacco industry has challenged the act in court, contending it amounts to a ban.'), ['contending: The tobacco industry']);
    assert.deepStrictEqual(verbsAndSpeakers('The Academy of Adoption Attorneys released a statement saying the measure holds promise.'), ['saying: The Academy of Adoption Attorneys']);
    assert.deepStrictEqual(verbsAndSpeakers('Other brokers were more cautious, saying the rally would fade.'), ['saying: Other brokers']);
    assert.strictEqual(speakerOf('Sen. Tom Hale, a member of the tax panel from San Francisco, sides with the retailers, saying they do nothing wrong.', 'saying'), 'Tom Hale');
    // A participle of no reporting verb reports nothing.
    assert.deepStrictEqual(verbsAndSpeakers('The storm hit the coast on Monday, leaving 20 dead.'), []);
  });

  it('steps over an owner\'s description after a name, not after an opening adverb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The Botanist, Ohio’s premier cannabis brand, today announced the opening of a store.'), ['announced: The Botanist']);
    assert.deepStrictEqual(verbsAndSpeakers('Acme, Ohio\'s biggest maker, said sales rose.'), ['said: Acme']);
  });

  it('reads an inverted plural source, misspelt or followed by a comma clause', () => {
    assert.deepStrictEqual(verbsAndSpeakers('He is now at home recovering, said New York health officals.'), ['said: New York health officals']);
    assert.deepStrictEqual(verbsAndSpeakers('The find was not surprising, said state officials, given the parks there.'), ['said: state officials']);
    // A name with an appositive before the verb is its subject; what follows is what was said.
    assert.deepStrictEqual(verbsAndSpeakers('Ms. Ann Lee, a banker, said farmers, who were angry, would protest.'), ['said: Ann Lee']);
  });

  it('opens no second statement for a pronoun inside what was said', () => {
    assert.deepStrictEqual(verbsAndSpeakers('News reports said he would formally propose the rules on Wednesday.'), ['said: reports']);
  });

  it('reads the subject before a progressive, not the words before it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Doctors are quoting the study and lawyers are citing the report.'), ['citing: lawyers']);
  });

  it('steps back over a prepositional phrase whose names run on in a comma list', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The Paris Agreement, by the United States, Japan, France, Britain and Canada, called for stable currencies.'), ['called: The Paris Agreement']);
    assert.deepStrictEqual(verbsAndSpeakers('Acme, with Gold Fields, Anglo and De Beers, said it would bid.'), ['said: Acme']);
  });

  it('reads no passive as a statement of its subject, except an impersonal "it is estimated"', () => {
    assert.deepStrictEqual(verbsAndSpeakers('He will be proclaimed the leader of the party.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee was told the road would reopen.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee was quoted as saying the road would reopen.'), ['quoted: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('It is estimated that 300 firms will close.'), ['estimated: It']);
  });

  it('reads a source right after "who" as the subject of the verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Charges were filed against Ahmed, who authorities said is also known as Ali.'), ['said: authorities']);
    assert.deepStrictEqual(verbsAndSpeakers('An analyst who wanted anonymity said prices would fall.'), ['said: An analyst']);
  });

  it('reads the noun before "which" as the speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministry, which said last week it would act, stayed silent.'), ['said: The ministry']);
  });

  it('reads the noun before a participle phrase as the speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Two site creators operating out of Maryland are claiming credit for the idea.'), ['claiming: Two site creators']);
  });
});

describe('statements: an inverted verb opening the sentence', () => {
  it('reads "Said X:" and "Added the mayor," with the speaker after the verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Said Ann Lee of Acme: "We are not worried."'), ['Said: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Added a foreign lawyer, "Nobody knows."'), ['Added: a foreign lawyer']);
  });

  it('leaves a participle or a verb with its object alone', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Added to the list were three new ports.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Wrote a book about the killings, then moved to Ohio.'), []);
  });
});

describe('statements: a past form describing the noun before it', () => {
  it('reads a past form after the object of a preposition, then a time phrase and no clause, as describing that noun', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Under the agreement announced last month, Borvia will buy the mill.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Output is in line with the estimate reported on May 28.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Shares rose after a buyback plan announced yesterday, but traders were wary.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Under the ruling announced today by the agency, fees will rise.'), []);
  });

  it('keeps the statement when a clause follows, the noun is a subject, or the verb is one of saying', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministry announced last month that the mill would close.'), ['announced: The ministry']);
    assert.deepStrictEqual(verbsAndSpeakers('Prices rose after the company announced yesterday it would cut output.'), ['announced: the company']);
    assert.ok(verbsAndSpeakers('Prices are firm, according to workers in the plant who said Monday, "We are busy."').includes('said: workers in the plant'));
    assert.deepStrictEqual(verbsAndSpeakers('Some of the analysts reported last week, that sales were weak.'), ['reported: Some of the analysts']);
  });
});

describe('statements: a promise to refrain and a relative clause after a plural noun', () => {
  it('reads "agreed not to" as a promise to refrain from an act, not a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The union agreed not to strike before June.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The union agreed that the offer was fair.'), ['agreed: The union']);
  });

  it('reads "that" before a verb after a plural noun as a relative clause, and before a subject as reported words', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The bank issues research reports that will be published weekly.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The court cleared him of charges that could have brought jail time.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The agency reports that prices will rise.'), ['reports: The agency']);
    assert.deepStrictEqual(verbsAndSpeakers('The budget office estimates that the deficit will grow.'), ['estimates: The budget office']);
  });
});
