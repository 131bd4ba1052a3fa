import { Span } from './article';

/**
 * What lies at an offset, found by binary search instead of a scan of every item: hover, highlight, definition and
 * rename ask on every cursor move, and a long story has thousands of mentions. Spans may overlap or repeat; among
 * several at the offset the first in the list's own order wins, exactly as a scan from the start would pick.
 */
export class SpanIndex<T> {
  /** Positions in `items`, sorted by span start (ties in list order). */
  private readonly byStart: number[];
  /** The furthest end among byStart[0..i]: where a scan back to the left may stop. */
  private readonly reach: number[];

  constructor(private readonly items: readonly T[], private readonly spanOf: (item: T) => Span) {
    this.byStart = items.map((_, index) => index).sort((a, b) => spanOf(items[a]).start - spanOf(items[b]).start || a - b);
    let furthest = -1;
    this.reach = this.byStart.map((index) => (furthest = Math.max(furthest, spanOf(items[index]).end)));
  }

  /** The first item with start ≤ offset < end; with `touching`, start ≤ offset ≤ end (a cursor just after a word). */
  first(offset: number, touching = false): T | undefined {
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spanOf(this.items[this.byStart[mid]]).start <= offset) low = mid + 1;
      else high = mid;
    }
    let best = -1;
    for (let i = low - 1; i >= 0 && (touching ? this.reach[i] >= offset : this.reach[i] > offset); i--) {
      const index = this.byStart[i];
      const end = this.spanOf(this.items[index]).end;
      if ((touching ? end >= offset : end > offset) && (best < 0 || index < best)) best = index;
    }
    return best < 0 ? undefined : this.items[best];
  }
}

/**
 * A look-up on a model object (an article) that scans on its first use and builds an index from the second on. After
 * each keystroke the editor asks once for the new version (document highlights), and one scan costs less than a
 * sort; hovers and navigation on a version ask again and again. The index is dropped with the object.
 */
export function indexedFromSecondUse<K extends object, T>(
  scan: (key: K, offset: number) => T | undefined,
  build: (key: K) => (offset: number) => T | undefined,
): (key: K, offset: number) => T | undefined {
  const indexes = new WeakMap<K, ((offset: number) => T | undefined) | 'scanned'>();
  return (key, offset) => {
    let index = indexes.get(key);
    if (index === undefined) {
      indexes.set(key, 'scanned');
      return scan(key, offset);
    }
    if (index === 'scanned') indexes.set(key, (index = build(key)));
    return index(offset);
  };
}
