import * as assert from 'assert';
import { FoldedWords } from '../../server/src/core/parse/folded-words';

// FoldedWords answers as a Set of lower-case words asked with `word.toLowerCase()`, read in place.

describe('FoldedWords', () => {
  const list = ['and', 'but', 'or', 'also', 'asked', 'in', 'u.s.'];
  const words = new FoldedWords(list);
  const set = new Set(list);
  const samples = ['and', 'AND', 'And', 'anD', 'an', 'ands', 'but', 'Or', 'or', 'o', '', 'ALSO', 'also,', 'asKed',
    'as\u212aed', 'IN', '\u0130n', 'in\u0307', 'U.S.', 'u.s', 'x', 'Xi', '\u00e1', 'a\u00e1', 'él', 'ôr'];

  it('answers as Set.has(word.toLowerCase()), also for the Kelvin sign and a dotted capital I', () => {
    for (const sample of samples) assert.strictEqual(words.has(sample), set.has(sample.toLowerCase()), sample);
  });

  it('reads a word in place, between its offsets', () => {
    const text = 'Xi and Li ALSO asked, but';
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const word = text.slice(start, end);
        assert.strictEqual(words.hasAt(text, start, end), set.has(word.toLowerCase()), word);
        assert.strictEqual(words.hasExactAt(text, start, end), set.has(word), word);
      }
    }
  });

  it('takes only lower-case ASCII words', () => {
    assert.throws(() => new FoldedWords(['And']));
    assert.throws(() => new FoldedWords(['caf\u00e9']));
  });
});
