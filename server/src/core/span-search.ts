import { Span } from './article';

// Binary searches over spans in text order (sentences, paragraphs, quotes): what keeps rules linear in long
// stories, where a scan per finding would make them quadratic.

/** Index of the first span that ends after `offset`, or -1. Needs ends in ascending order. */
export function firstEndingAfter(items: readonly { span: Span }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].span.end > offset) high = mid;
    else low = mid + 1;
  }
  return low < items.length ? low : -1;
}

/** Index of the span that holds `offset` (start ≤ offset < end), or -1. Needs sorted, non-overlapping spans. */
export function indexHolding(items: readonly { span: Span }[], offset: number): number {
  const index = firstEndingAfter(items, offset);
  return index >= 0 && items[index].span.start <= offset ? index : -1;
}

/** Index of the first span that starts at or after `offset`, or -1. Needs starts in ascending order. */
export function firstStartingAtOrAfter(items: readonly { span: Span }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].span.start < offset) low = mid + 1;
    else high = mid;
  }
  return low < items.length ? low : -1;
}

/** Index of the last span that starts before `offset`, or -1. Needs starts in ascending order. */
export function lastStartingBefore(items: readonly { span: Span }[], offset: number): number {
  const next = firstStartingAtOrAfter(items, offset);
  return (next < 0 ? items.length : next) - 1;
}
