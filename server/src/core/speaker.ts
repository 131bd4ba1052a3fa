import { Article, Speaker } from './article';

/** The readable name of a statement's speaker. */
export function speakerName(article: Article, speaker: Speaker): string {
  if (speaker.kind === 'person') return article.people[speaker.person]?.fullName ?? 'unknown';
  return speaker.kind === 'source' ? speaker.text : `${speaker.text} (unresolved)`;
}

/** A short excerpt of text: whitespace folded, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, maxLength: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= maxLength) return folded;
  const cut = folded.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}…`;
}
