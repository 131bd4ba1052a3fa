import * as assert from 'assert';
import { holdsThan, inComparison } from '../../server/src/core/parse/verb-context';

describe('verb context: a comparison before the verb', () => {
  it('finds the letters of `than` in any case wherever they stand in the range, as a test of every offset does', () => {
    const naive = (text: string, start: number, end: number) => /than/i.test(text.slice(start, end));
    const letters = 'tThHaAnN x';
    let seed = 7;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = round % 23;
      for (let i = 0; i < length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        text += letters[seed % letters.length];
      }
      for (let start = 0; start <= Math.min(2, length); start++) {
        assert.strictEqual(holdsThan(text, start, length), naive(text, start, length), JSON.stringify([text, start]));
      }
    }
  });

  it('reads a comparison only with the word `than` and no punctuation after it', () => {
    assert.strictEqual(inComparison('prices rose more than analysts estimated', 0, 32), true);
    assert.strictEqual(inComparison('prices rose more THAN analysts estimated', 0, 32), true);
    for (const text of ['more thab analysts estimated', 'more tha n analysts estimated', 'more thhan, analysts estimated', 'than, he estimated']) {
      assert.strictEqual(inComparison(text, 0, text.indexOf('estimated')), false, text);
    }
  });
});
