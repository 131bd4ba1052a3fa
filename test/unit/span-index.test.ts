// The binary-search look-up behind hover, highlight, definition and rename must pick what a scan from the start did.
import * as assert from 'assert';
import fc from 'fast-check';
import { SpanIndex } from '../../server/src/core/span-index';

interface Item {
  span: { start: number; end: number };
}

/** The scan the index replaces: first in list order. */
function scan(items: Item[], offset: number, touching: boolean): Item | undefined {
  return items.find(({ span }) => span.start <= offset && (touching ? offset <= span.end : offset < span.end));
}

const spans = fc.array(fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]) => ({ span: { start, end: start + length } })), { maxLength: 40 });

describe('SpanIndex', () => {
  it('finds the first item holding an offset, as a scan does, with overlapping, repeated and empty spans', () => {
    fc.assert(fc.property(spans, fc.integer({ min: -2, max: 80 }), (items, offset) => {
      const index = new SpanIndex(items, (item) => item.span);
      assert.strictEqual(index.first(offset), scan(items, offset, false));
      assert.strictEqual(index.first(offset, true), scan(items, offset, true));
    }), { numRuns: 2000 });
  });

  it('prefers the earlier item in list order over the one that starts first', () => {
    const late = { span: { start: 0, end: 10 } };
    const early = { span: { start: 5, end: 8 } };
    assert.strictEqual(new SpanIndex([early, late], (item) => item.span).first(6), early);
  });

  it('counts a cursor just after the words only when asked to', () => {
    const word = { span: { start: 3, end: 5 } };
    const index = new SpanIndex([word], (item) => item.span);
    assert.strictEqual(index.first(5), undefined);
    assert.strictEqual(index.first(5, true), word);
  });
});
