import * as assert from 'assert';
import { verbsAndSpeakers } from '../helpers/recognition';

// A reporting verb coordinated after another verb of its clause (`… and said`, `… but has said`) shares the subject
// that opens the clause, and is never read as inverted. Synthetic sentences, positives and negatives.

describe('statements: a verb after a coordinator shares the clause subject', () => {
  it('takes a source noun phrase before the clause verb as the subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministry rejected the offer and said talks would go on.'), ['said: The ministry']);
    assert.deepStrictEqual(verbsAndSpeakers('Borvia is aiming at four pct growth and has said this target is firm.'), ['said: Borvia']);
    assert.deepStrictEqual(verbsAndSpeakers('The company did not give a date but said the plant would close.'), ['said: The company']);
  });

  it('skips an opening participle phrase to find the subject', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Welcoming the guests, Premier Ann Moss praised the talks and said the visit would help.'), ['said: Ann Moss']);
  });

  it('does not read the words after the verb as an inverted speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('If prices fall in the spring and has said nothing.'), []);
  });

  it('takes no subject from reported words or a clause opened by a conjunction', () => {
    assert.deepStrictEqual(verbsAndSpeakers('If the firm closed the plant and said so, workers would leave.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('He said the Premier Ann Moss was tired and said the talks would go on.').map((each) => each.split(': ')[1]), ['He (unresolved)']);
  });

  it('does not read "said nothing" or "told no one" as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The ministry said nothing about prices.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The mayor told no one of the plan.'), []);
  });
});

describe('statements: a source right after "which"', () => {
  it('reads the source between "which" and the verb as the speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The bill would cut the deficit, which experts say is too large.'), ['say: experts']);
    assert.deepStrictEqual(verbsAndSpeakers('The firm sold its mill, which analysts said could fetch 30 mln dlrs.'), ['said: analysts']);
  });

  it('still reads a relative clause with "which" as part of the subject before it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('A member of the panel which oversees the mills predicted losses.'), ['predicted: A member of the panel']);
  });
});

describe('statements: a name with its role after a quotation', () => {
  it('reads the name before its role as the speaker when the quotation closes with a comma', () => {
    assert.deepStrictEqual(verbsAndSpeakers('"The mill will close," Ann Moss, a lawyer for the firm, said.'), ['said: Ann Moss']);
    assert.deepStrictEqual(verbsAndSpeakers('``Prices will rise,\'\' Bo Tan, chief economist at Borvia Bank, told reporters.'), ['told reporters: Bo Tan']);
  });

  it('still reads no speaker from inside the quotation', () => {
    assert.deepStrictEqual(verbsAndSpeakers('"The mill, the plant, and the yard will close," said Ann Moss.'), ['said: Ann Moss']);
  });
});
