import { Article, Mention, Person, Span } from './article';

export interface MentionAt {
  person: Person;
  mention: Mention;
}

/** The person mention under `offset` (a cursor at either edge of the words counts), if any. */
export function mentionAt(article: Article, offset: number): MentionAt | undefined {
  let touching: MentionAt | undefined;
  for (const person of article.people) {
    for (const mention of person.mentions) {
      if (mention.span.start <= offset && offset < mention.span.end) return { person, mention };
      if (offset === mention.span.end) touching ??= { person, mention };
    }
  }
  return touching;
}

/** True when `offset` lies within `span` or touches its end (where a cursor sits after typing a word). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
