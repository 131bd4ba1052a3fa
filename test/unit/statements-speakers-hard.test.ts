import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { speakerOf } from '../helpers/recognition';

// Harder attribution forms: each test is a synthetic sentence pair showing one piece of linguistic evidence.

function statementVerbs(text: string): string[] {
  return parseArticle(text).statements.map((statement) => statement.verb.text);
}

describe('statements: harder speakers', () => {
  it('reads a determined noun phrase after an inverted verb at the sentence end', () => {
    assert.strictEqual(speakerOf('The dispute has shaped the policy of the cabinet led by Prime Minister Karl Holm, said the report.', 'said'), 'the report');
    assert.strictEqual(speakerOf('Ms. Ann Lee, a banker, said the plan failed.', 'said'), 'Ann Lee');
  });

  it('reads a bare plural source after an inverted verb at the sentence end', () => {
    assert.strictEqual(speakerOf('The patient is home recovering, said New York health officials.', 'said'), 'New York health officials');
    assert.strictEqual(speakerOf('The finding was not surprising, said state officials in Dover.', 'said'), 'state officials in Dover');
    // A clause after the verb is reported speech, not its speaker.
    assert.strictEqual(speakerOf('The plan is dead, the mayor said, and said officials agreed.', 'said'), 'the mayor');
    assert.strictEqual(speakerOf('Prices held, traders said.', 'said'), 'traders');
  });

  it('gives a verb coordinated with "and" the person who opens the clause, and no speaker made of the words before', () => {
    assert.strictEqual(speakerOf('Senator Ann Cole criticized the rule and said the industry had agreed to it.', 'said'), 'Ann Cole');
    assert.strictEqual(speakerOf('The rule was unfair and said nothing about prices, a point the lobby pressed.', 'said'), undefined);
  });

  it('takes a company in ticker brackets as the whole subject', () => {
    assert.strictEqual(speakerOf('<Northern Mills Inc> said it would raise its offer.', 'said'), 'Northern Mills Inc');
  });

  it('reads the noun before a relative clause with "which" as the speaker', () => {
    assert.strictEqual(speakerOf('A member of the panel which oversees the lenders predicted further losses.', 'predicted'), 'A member of the panel');
  });

  it('reads a name followed by a bare role whose closing comma is missing', () => {
    assert.strictEqual(speakerOf('Omar Haddad, chief surveyor for the Regional Land Authority charged that maps were altered.', 'charged'), 'Omar Haddad');
  });

  it('does not read a comparison after "than" as a statement', () => {
    assert.deepStrictEqual(statementVerbs('The offer is more than the ten pct first proposed.'), []);
  });

  it('does not read a reporting verb after a determiner or possessive as a verb', () => {
    assert.deepStrictEqual(statementVerbs('Gen. Ivan Petrov offered no evidence for the claim. The ministry\'s estimates were lower.'), []);
    assert.deepStrictEqual(statementVerbs('Officials claim the road is safe.'), ['claim']);
  });

  it('lets the inverted attribution at the sentence end govern a reporting verb inside the reported words', () => {
    assert.deepStrictEqual(statementVerbs('The crisis has underlined the weakness of the plan, said the memorandum.'), ['said']);
  });

  it('reads "concluded" only with reported words', () => {
    assert.strictEqual(speakerOf('The plan is flawed, the study concluded.', 'concluded'), 'the study');
    assert.deepStrictEqual(statementVerbs('The talks concluded Friday in Geneva.'), []);
  });

  it('opens a second statement for any reporting verb whose subject is a named person', () => {
    assert.strictEqual(speakerOf('Traders also said prices would hold after the ban, which Farm Minister Paulo Reis announced Monday.', 'announced'), 'Paulo Reis');
  });

  it('resolves "they" to the last plural source and "it" to a singular one, past a statement by a person', () => {
    const text = 'Private sources said exports would not suffer. "We expect no change," Deputy Minister Tom Hale said.\n\nThey also said the crop was small.';
    assert.strictEqual(speakerOf(text, 'They also said'), 'Private sources');
  });

  it('resolves "it" to the singular subject of the sentence before', () => {
    const text = 'Palestinians complain that the roads divide the towns.\n\nThe memorandum reviewed the policy on land.\n\nIt also noted the budget for roads.';
    assert.strictEqual(speakerOf(text, 'noted'), 'The memorandum');
  });

  it('skips a statement by an inanimate source when resolving "he"', () => {
    const text = 'A company spokesman said the offer came from Ken Ito, head of a trade group. The stake is more than the analysts estimated but less than the 20 pct it holds now, he said.';
    assert.strictEqual(speakerOf(text, 'he said'), 'A company spokesman');
  });

  it('reads the subject of the main verb as the speaker of ", saying"', () => {
    assert.strictEqual(speakerOf('On Monday, Mayor Ruth Engel signed the order, saying the river had to be cleaned.', 'saying'), 'Ruth Engel');
    assert.strictEqual(speakerOf('Gov. Carl Moss praised the court, saying his office hoped for a quick end.', 'saying'), 'Carl Moss');
  });

  it('steps back over a capitalised role after a name', () => {
    assert.strictEqual(speakerOf('Nora Vance, Acme\'s Vice Chairwoman of the Board, said: "We are pleased."', 'said'), 'Nora Vance');
    assert.strictEqual(speakerOf('Earlier, Prime Minister Dan Holt\'s spokesman, speaking on condition of anonymity, said the talks failed.', 'said'), 'spokesman');
  });

  it('gives a quotation paragraph the speaker of the quotation before it, or else after it', () => {
    const before = '"We will look at every report," Ann Ray said on Friday.\n\n"As is usual in such cases, the story was wrong. Nothing is settled."\n\nThe inquiry goes on.';
    assert.strictEqual(speakerOf(before, 'As is usual'), 'Ann Ray');
    const after = 'The board met on Friday.\n\n"As is usual in such cases, the story was wrong."\n\n"Nothing is settled," Ann Ray said.';
    assert.strictEqual(speakerOf(after, 'As is usual'), 'Ann Ray');
  });

  it('resolves a definite description to the person introduced with a fitting title', () => {
    const text = 'Ruritanian President Omar Vell met Foreign Minister Tom Bard on Monday.\n\nThe Ruritanian leader said talks would go on. He added the army would stay.';
    assert.strictEqual(speakerOf(text, 'leader said'), 'Omar Vell');
    assert.strictEqual(speakerOf(text, 'added'), 'Omar Vell');
    assert.strictEqual(speakerOf('Officials met on Monday. The minister said talks would go on.', 'said'), 'The minister');
  });

  it('reads a company with a defined short name and a long description as the subject, not the person in the clause', () => {
    const text = 'Acme Group, LLC ("Acme"), a national leader in making, selling, and servicing tools, pumps, and valves, announced today that Jane Roe has been hired as sales director.';
    assert.strictEqual(speakerOf(text, 'announced'), 'Acme Group');
  });
});
