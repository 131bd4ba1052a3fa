import { Article, Span } from './article';
import { mentionAt } from './mention-at';

export interface DefinitionResult {
  /** The mention the request came from. */
  origin: Span;
  /** Where the person is introduced, title included (`Chinese President Xi Jinping`). */
  target: Span;
}

/** Go to definition: from any mention of a person (surname, pronoun, full name) to their introduction. */
export function definition(article: Article, offset: number): DefinitionResult | undefined {
  const found = mentionAt(article, offset);
  return found && { origin: found.mention.span, target: found.person.introduction };
}
