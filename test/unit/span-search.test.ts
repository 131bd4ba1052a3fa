// The binary searches over spans in text order must answer what a scan from the start does.
import * as assert from 'assert';
import fc from 'fast-check';
import { firstStartingAtOrAfter, lastStartingBefore } from '../../server/src/core/span-search';

const sortedSpans = fc
  .array(fc.tuple(fc.nat(60), fc.nat(12)), { maxLength: 30 })
  .map((pairs) => pairs.map(([start, length]) => ({ span: { start, end: start + length } })).sort((a, b) => a.span.start - b.span.start));

describe('span-search by start', () => {
  it('finds the first span starting at or after an offset, and the last starting before it, as a scan does (repeated starts included)', () => {
    fc.assert(fc.property(sortedSpans, fc.integer({ min: -2, max: 80 }), (items, offset) => {
      assert.strictEqual(firstStartingAtOrAfter(items, offset), items.findIndex((item) => item.span.start >= offset));
      let last = -1;
      items.forEach((item, index) => { if (item.span.start < offset) last = index; });
      assert.strictEqual(lastStartingBefore(items, offset), last);
    }), { numRuns: 2000 });
  });

  it('answers -1 on no spans', () => {
    assert.strictEqual(firstStartingAtOrAfter([], 5), -1);
    assert.strictEqual(lastStartingBefore([], 5), -1);
  });
});
