import { Article, Speaker } from './article';

/** The readable name of a statement's speaker. */
export function speakerName(article: Article, speaker: Speaker): string {
  if (speaker.kind === 'person') return article.people[speaker.person]?.fullName ?? 'unknown';
  return speaker.kind === 'source' ? speaker.text : `${speaker.text} (unresolved)`;
}

/**
 * The outline's ellipsis: three dots, not `…`. One character above U+00FF makes a whole reply a two-byte string for
 * V8 and takes Node's UTF-8 encoding and decoding off their ASCII fast path (about 40% more CPU on either side of
 * the outline of an ASCII story, which is sent again for every version).
 */
export const OUTLINE_ELLIPSIS = '...';

/** Any whitespace but a lone space: what folding would change. */
const FOLDABLE_SPACE = /[^\S ]| {2}/;

/** A short excerpt of text: whitespace folded, cut at a word boundary with an ellipsis (`…` unless told). */
export function excerpt(text: string, maxLength: number, ellipsis = '…'): string {
  const trimmed = text.trimStart();
  // The common case, on every version for every paragraph and statement in the outline: a long text whose head
  // needs no folding. Cut it directly instead of folding a head four times longer than what is shown.
  if (trimmed.length > maxLength) {
    const head = trimmed.slice(0, maxLength + 1);
    if (head.charCodeAt(maxLength) !== 32 && !FOLDABLE_SPACE.test(head)) return cutWithEllipsis(head.slice(0, maxLength), maxLength, ellipsis);
  }
  // Fold only a bounded head: outline and hover excerpt every statement, and folding a whole 1 MB sentence once
  // per statement in it ran out of memory.
  const head = trimmed.slice(0, maxLength * 4 + 1);
  const folded = head.replace(/\s+/g, ' ').trim();
  if (folded.length <= maxLength && head.length === trimmed.length) return folded;
  return cutWithEllipsis(folded.slice(0, maxLength), maxLength, ellipsis);
}

function cutWithEllipsis(cut: string, maxLength: number, ellipsis: string): string {
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}${ellipsis}`;
}
