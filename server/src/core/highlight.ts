import { Article, Span } from './article';
import { mentionAt } from './mention-at';

export interface Highlight {
  span: Span;
  /** The introduction is where the person is "written"; every later mention "reads" it. */
  kind: 'introduction' | 'mention';
}

/** Document highlight: all mentions of the person under the cursor. */
export function documentHighlights(article: Article, offset: number): Highlight[] {
  const found = mentionAt(article, offset);
  if (!found) return [];
  return found.person.mentions
    .map((mention) => ({ span: mention.span, kind: mention.kind === 'introduction' ? 'introduction' as const : 'mention' as const }))
    .sort((a, b) => a.span.start - b.span.start);
}
