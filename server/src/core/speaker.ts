import { Article, Speaker } from './article';

/** The readable name of a statement's speaker. */
export function speakerName(article: Article, speaker: Speaker): string {
  if (speaker.kind === 'person') return article.people[speaker.person]?.fullName ?? 'unknown';
  return speaker.kind === 'source' ? speaker.text : `${speaker.text} (unresolved)`;
}

/** A short excerpt of text: whitespace folded, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, maxLength: number): string {
  // Fold only a bounded head: outline and hover excerpt every statement, and folding a whole 1 MB sentence once
  // per statement in it ran out of memory.
  const trimmed = text.trimStart();
  const head = trimmed.slice(0, maxLength * 4 + 1);
  const folded = head.replace(/\s+/g, ' ').trim();
  if (folded.length <= maxLength && head.length === trimmed.length) return folded;
  const cut = folded.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}…`;
}
