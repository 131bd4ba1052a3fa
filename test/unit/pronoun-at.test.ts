import * as assert from 'assert';
import { isHeOrSheAt } from '../../server/src/core/parse/pronoun-at';

describe('isHeOrSheAt: `he` or `she` read in place', () => {
  it('answers as /^(?:he|she)$/i does on the slice', () => {
    const words = ['he', 'He', 'HE', 'hE', 'she', 'She', 'SHE', 'sHe', 'the', 'she ', 'h', 'e', '', 'hes', 'shes', 'ше', 'ſhe', 'ꞵhe', 'xhe', 'Xhe', 'the He', 'a she'];
    for (const word of words) {
      const text = `(${word})`;
      assert.strictEqual(isHeOrSheAt(text, 1, 1 + word.length), /^(?:he|she)$/i.test(word), word);
    }
  });
});
