import { Article, Span } from './article';
import { mentionAt } from './mention-at';

/** Find all references: every mention of the person under `offset`, in text order. */
export function references(article: Article, offset: number, includeIntroduction = true): Span[] {
  const found = mentionAt(article, offset);
  if (!found) return [];
  return found.person.mentions
    .filter((mention) => includeIntroduction || mention.kind !== 'introduction')
    .map((mention) => mention.span)
    .sort((a, b) => a.start - b.start);
}
