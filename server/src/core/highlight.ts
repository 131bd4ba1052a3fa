import { Article, Span } from './article';
import { mentionAt, touches } from './mention-at';

export interface Highlight {
  span: Span;
  /** The introduction is where the person is "written"; every later mention "reads" it. */
  kind: 'introduction' | 'mention';
}

/**
 * Document highlight: all mentions of the person under the cursor. On an attribution verb, the verb and the
 * words that name its speaker (`he` … `added`), so the pair a statement hangs on stands out.
 */
export function documentHighlights(article: Article, offset: number): Highlight[] {
  const found = mentionAt(article, offset);
  if (found) {
    return found.person.mentions
      .map((mention) => ({ span: mention.span, kind: mention.kind === 'introduction' ? 'introduction' as const : 'mention' as const }))
      .sort((a, b) => a.span.start - b.span.start);
  }
  const statement = article.statements.find((candidate) => touches(candidate.verb, offset));
  if (!statement) return [];
  const spans: Span[] = [statement.verb, ...(statement.speakerSpan ? [statement.speakerSpan] : [])];
  return spans.sort((a, b) => a.start - b.start).map((span) => ({ span: { start: span.start, end: span.end }, kind: 'mention' as const }));
}
