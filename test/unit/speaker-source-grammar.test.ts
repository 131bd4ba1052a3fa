import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { speakerOf } from '../helpers/recognition';

// Which words of the sentence name the source: the head of the noun phrase before the verb, past appositives,
// prepositional phrases and relative clauses. Each test is synthetic and shows one rule with a case it must leave.

function verbs(text: string): string[] {
  return parseArticle(text).statements.map((statement) => statement.verb.text);
}

describe('speaker source: grammar of the subject', () => {
  it('reads a verb form after an article as an adjective, not an attribution', () => {
    const text = 'Rep. Ann Holt, D-Ore., an acknowledged skeptic, said the plan was weak.';
    assert.deepStrictEqual(verbs(text), ['said']);
    assert.strictEqual(speakerOf(text, 'said'), 'Ann Holt');
    assert.deepStrictEqual(verbs('The company estimated the cost at two mln dlrs.'), ['estimated']);
    assert.deepStrictEqual(verbs('The plant has an estimated value of two mln dlrs.'), []);
    // A name ending in `an` is no article.
    assert.strictEqual(speakerOf('Minister Omar Kan\'an said the loans were signed.', 'said'), 'Omar Kan\'an');
  });

  it('takes the head noun before a prepositional phrase, also capitalised at the start of the sentence', () => {
    assert.strictEqual(speakerOf('Experts at the ministry predicted that farm output would fall.', 'predicted'), 'Experts at the ministry');
    assert.strictEqual(speakerOf('Prices fell, doctors at the clinic said.', 'said'), 'doctors at the clinic');
    assert.strictEqual(speakerOf('An official in the ministry said prices fell.', 'said'), 'An official in the ministry');
  });

  it('keeps a participle phrase with the noun it describes', () => {
    assert.strictEqual(speakerOf('A decree published in the official gazette said the tax would rise.', 'said'), 'A decree published in the official gazette');
    assert.strictEqual(speakerOf('The deal is done, sources linked to the bank said.', 'said'), 'sources linked to the bank');
  });

  it('does not attach a prepositional phrase to a particle or a pronoun before it', () => {
    const text = 'Dr. Mia Sorel said she passed the pills on to the coaches, who admitted giving them to the swimmers.';
    assert.strictEqual(speakerOf(text, 'admitted'), 'the coaches');
    assert.strictEqual(speakerOf(text, 'said'), 'Mia Sorel');
  });

  it('steps back over an adjective with its complement set off by commas', () => {
    const text = 'Senate Republican leaders, nervous about the debate on the bill, said Thursday that they had a plan.';
    assert.match(speakerOf(text, 'said') ?? '', /leaders$/);
    // Without the commas there is no appositive to step over.
    assert.strictEqual(speakerOf('On the bill, officials said they had a plan.', 'said'), 'officials');
  });

  it('steps back over a prepositional phrase between commas to the subject before it', () => {
    assert.strictEqual(speakerOf('Swimmer Karen Kohl, who is a plaintiff in the case, at one point told reporters the pills were red.', 'told'), 'Karen Kohl');
    assert.strictEqual(speakerOf('The union, in a statement, said it would strike.', 'said'), 'The union');
    // A quantity is the subject itself, and a clause after `after` has a subject of its own.
    assert.match(speakerOf('Some analysts doubted it, at least one said.', 'said') ?? '', /one$/);
    assert.strictEqual(speakerOf('Shares rose, after the company reported a profit.', 'reported'), 'the company');
  });

  it('takes the subject after a prepositional phrase that opens the sentence, past an appositive', () => {
    assert.strictEqual(speakerOf('In a filing with the Securities and Exchange Commission, the group, led by Acme Corp, said it sold shares.', 'said'), 'the group');
    assert.strictEqual(speakerOf('In Washington, Ann Lee, a senior official, said the talks failed.', 'said'), 'Ann Lee');
  });

  it('keeps a place after a preposition with the plural of people before it', () => {
    assert.strictEqual(speakerOf('On Monday, health officials in Stamford, Conn., announced that they had found a dead crow.', 'announced'), 'health officials in Stamford');
    assert.strictEqual(speakerOf('Prices fell, sources close to a meeting of the Cocoa Producers Alliance said.', 'said'), 'sources close to a meeting of the Cocoa Producers Alliance');
    assert.strictEqual(speakerOf('Shares fell after traders in London said the tender failed.', 'said'), 'traders in London');
    // A capitalised speaker after a preposition that follows no plural of people stays alone.
    assert.strictEqual(speakerOf('Prices fell in London, Reuters said.', 'said'), 'Reuters');
  });

  it('reads a role and a name after an inverted verb at the sentence end as the speaker', () => {
    assert.strictEqual(speakerOf('Acme Corp is raising 50 mln dlrs through an offering of notes due 2022 yielding 8.90 pct, said lead manager Merrill Lynch Capital Markets.', 'said'), 'lead manager Merrill Lynch Capital Markets');
    // A clause after the verb is what was said.
    assert.strictEqual(speakerOf('The board met on Monday, and the chairman said prices rose in Europe.', 'said'), 'the chairman');
  });

  it('reads a noun ending in -ly as a noun, not as an adverb between subject and verb', () => {
    assert.strictEqual(speakerOf('Members of his family said they sold the shares.', 'said'), 'Members of his family');
    assert.strictEqual(speakerOf('The ministry quickly said it would act.', 'said'), 'The ministry');
    assert.strictEqual(speakerOf('The daily said prices had risen.', 'said'), 'The daily');
    assert.strictEqual(speakerOf('Prices rose, Le Soir daily reported.', 'reported'), 'Le Soir');
  });

  it('does not take the World Health Organization in capitals for a relative pronoun', () => {
    assert.strictEqual(speakerOf('In a statement, the WHO said the plan would work.', 'said'), 'the WHO');
    assert.strictEqual(speakerOf('The man who spoke first said the plan would work.', 'said'), 'The man');
  });
});

describe('speaker source: second verbs in a sentence', () => {
  it('gives the verb after a relative clause the antecedent of `who`', () => {
    const text = 'But Rep. Tom Vale, R-Ga., who said it was his idea to cut the debate over the amendment, said 20 minutes was enough.';
    assert.strictEqual(speakerOf(text, 'said', 1), 'Tom Vale');
    // Without `who` the second verb has a subject of its own.
    const own = 'Rep. Tom Vale said the debate was long, and the chairman said 20 minutes was enough.';
    assert.strictEqual(speakerOf(own, 'said', 1), 'the chairman');
  });

  it('gives a second verb plural people as its subject, not the speaker of the first', () => {
    assert.strictEqual(speakerOf('He denied giving the injections, as prosecutors have charged.', 'charged'), 'prosecutors');
    const text = 'The advisory noted that children must sit in the back, but insurance industry officials said the warning was weak.';
    assert.match(speakerOf(text, 'said') ?? '', /officials$/);
    // A singular noun after the first verb is still part of the reported words.
    assert.strictEqual(speakerOf('The report said prices rose as inflation claimed more income.', 'claimed'), 'The report');
  });

  it('keeps a named person\'s statement before a closing attribution, but not a thing\'s', () => {
    const text = 'So far only former President Juan Ruiz has said he would attend, the board said.';
    assert.strictEqual(speakerOf(text, 'said'), 'Juan Ruiz');
    assert.strictEqual(speakerOf(text, 'said', 1), 'the board');
    const thing = 'A robin found in the park confirms the virus is spreading, state officials said.';
    assert.deepStrictEqual(verbs(thing), ['said']);
  });
});

describe('speaker source: references back', () => {
  it('resolves a description with a shortened title word to the person introduced with the full title', () => {
    const text = 'WASHINGTON, May 2 (Xinhua) -- Federal Reserve Chairman Alan Grant spoke to Congress on Wednesday.\n\nIf pressures are too great, the Fed chairman said, he would prefer tax cuts.';
    assert.strictEqual(speakerOf(text, 'said'), 'Alan Grant');
    const initials = 'WASHINGTON, May 2 (Xinhua) -- Nuclear Regulatory Commission Chairman Ivan Selk met reporters.\n\nThe NRC chairman said safety came first.';
    assert.strictEqual(speakerOf(initials, 'said'), 'Ivan Selk');
    // A modifier that shortens no word of the title leaves the description as it is.
    const other = 'WASHINGTON, May 2 (Xinhua) -- Federal Reserve Chairman Alan Grant spoke on Wednesday.\n\nThe bank chairman said rates would hold.';
    assert.strictEqual(speakerOf(other, 'said'), 'The bank chairman');
  });

  it('gives a pronoun the person noun that opens its own sentence', () => {
    const text = 'Ann Mo, a cleaner, was busy. A government office worker was another beneficiary: "I need not clean ash trays now," she remarked.';
    assert.strictEqual(speakerOf(text, 'remarked'), 'A government office worker');
    // A noun of the other gender, or no person noun, leaves the pronoun to the person before.
    const man = 'Ann Mo, a cleaner, was busy. A man was there too: "It is cleaner now," she remarked.';
    assert.strictEqual(speakerOf(man, 'remarked'), 'Ann Mo');
    const thing = 'Ann Mo, a cleaner, was busy. The office was quiet: "It is cleaner now," she remarked.';
    assert.strictEqual(speakerOf(thing, 'remarked'), 'Ann Mo');
  });

  it('does not give a closing "he said" to someone named in the words it reports', () => {
    const text = 'Jonathan Sole said the firm would fight. Trade Representative Clay Yates has also expressed opposition to the merger, he said.';
    assert.strictEqual(speakerOf(text, 'said', 1), 'Jonathan Sole');
    // When the pronoun opens a clause of its own, the person named before it in the sentence may be meant.
    const own = 'Jonathan Sole said the firm would fight. Asked about Gary Hale\'s case, he emphasized that he had read every page of the file.';
    assert.notStrictEqual(speakerOf(own, 'emphasized'), 'Jonathan Sole');
  });
});

describe('speaker source: coordinated people', () => {
  it('gives a verb after a list of people that opens the clause the whole list, with a plural role before it', () => {
    const text = 'Coaches Peter Matt, 48; Bernd Christ, 40 and Klaus Klem, 55, said they assumed the pills were vitamins.';
    assert.strictEqual(speakerOf(text, 'said'), 'Coaches Peter Matt, 48; Bernd Christ, 40 and Klaus Klem');
  });

  it('gives a list of people with no noun for the group to its first person, and a later they to the list', () => {
    assert.strictEqual(speakerOf('Senator Ann Cole and Senator Tom Reed said the bill would pass.', 'said'), 'Ann Cole');
    const text = 'Sen. Ann Cole, Rep. Tom Reed and Rep. Jo Marsh spoke. Cole, Reed and Marsh said they were pleased. They added that the vote was close.';
    assert.strictEqual(speakerOf(text, 'said'), 'Ann Cole');
    assert.strictEqual(speakerOf(text, 'added'), 'Cole, Reed and Marsh');
  });

  it('keeps one person when the names do not open the clause or a relative clause follows the list', () => {
    assert.strictEqual(speakerOf('The firm hired Ann Cole and Tom Reed told reporters the deal was done.', 'told'), 'Tom Reed');
    const relative = 'Guests included Ann Cole, Tom Reed, and Jamie Lee, who wrote a book on the subject.';
    assert.notStrictEqual(speakerOf(relative, 'wrote'), 'Ann Cole, Tom Reed, and Jamie Lee');
  });

  it('keeps the statement of a list of people before a closing attribution', () => {
    const text = 'Treasury Secretary James Bake and Fed Chairman Paul Volk have told lawmakers they were optimistic, officials said.';
    assert.strictEqual(speakerOf(text, 'told'), 'James Bake');
    // Two names inside a thing are no list of speakers.
    const thing = 'Critics said his decisions on the Ann Cole and Tom Reed cases confirmed that he is tough.';
    assert.notStrictEqual(speakerOf(thing, 'confirmed'), 'his decisions on the Ann Cole and Tom Reed cases');
  });

  it('keeps a company suffix set off by a comma with the name before it', () => {
    assert.strictEqual(speakerOf('Acme Widget Holdings, LLC said the plant would close.', 'said'), 'Acme Widget Holdings, LLC');
    assert.strictEqual(speakerOf('The deal closed, Borvia Foods, Inc. said.', 'said'), 'Borvia Foods, Inc.');
    // Not a suffix: a capitalised word after a comma is a subject of its own.
    assert.strictEqual(speakerOf('The deal closed, Borvia said.', 'said'), 'Borvia');
    // Not after a lower-case word: the suffix needs a name to belong to.
    assert.notStrictEqual(speakerOf('Prices rose in the region, Inc said.', 'said'), 'region, Inc');
  });

  it('leaves an adverb of frequency or consequence between the subject and the verb out of the subject', () => {
    assert.strictEqual(speakerOf('Other pupils always asked whether the school would reopen.', 'asked'), 'Other pupils');
    assert.strictEqual(speakerOf('The council therefore repeated its call for talks.', 'repeated'), 'The council');
    assert.strictEqual(speakerOf('Officials sometimes warned that the dam was weak.', 'warned'), 'Officials');
    // The adverb alone is never a speaker.
    assert.notStrictEqual(speakerOf('Trade fell by half, and therefore repeated talks were held.', 'repeated'), 'therefore');
  });
});
