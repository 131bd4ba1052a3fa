import * as assert from 'assert';
import { NeedleScan } from '../../server/src/core/parse/needle-scan';

/** Every place a NeedleScan reports, asking from one past the last answer, as the parsers do. */
function allFound(text: string, needles: string[]): number[] {
  const scan = new NeedleScan(text, needles);
  const found: number[] = [];
  for (let at = scan.next(0); at >= 0; at = scan.next(at + 1)) found.push(at);
  return found;
}

describe('needle scan', () => {
  it('reports each place any needle starts, in text order, and -1 past the last', () => {
    assert.deepStrictEqual(allFound('Why? Yes. No! Fine.', ['.', '?', '!']), [3, 8, 12, 18]);
    assert.strictEqual(new NeedleScan('abc', ['.']).next(0), -1);
  });

  it('finds a needle of two characters, overlapping runs included', () => {
    assert.deepStrictEqual(allFound("a '' b ''' c", ["''", '"']), [2, 7, 8]);
  });

  it('keeps a needle found ahead while the caller moves up to it, and searches again once passed', () => {
    const scan = new NeedleScan('x.y.z?', ['.', '?']);
    assert.strictEqual(scan.next(0), 1);
    assert.strictEqual(scan.next(1), 1);
    assert.strictEqual(scan.next(2), 3);
    assert.strictEqual(scan.next(4), 5);
    assert.strictEqual(scan.next(6), -1);
  });

  it('finds nothing in an empty text or past its end', () => {
    assert.strictEqual(new NeedleScan('', ['.']).next(0), -1);
    assert.strictEqual(new NeedleScan('a.', ['.']).next(5), -1);
  });
});
