import { Article, Mention, Person, Span } from './article';
import { tokenize } from './parse/tokens';
import { SpanIndex, indexedFromSecondUse } from './span-index';

/** A single-letter initial. */
const INITIAL = /^\p{L}\.?$/u;

export interface MentionAt {
  person: Person;
  mention: Mention;
}

/**
 * The person mention under `offset` (a cursor at either edge of the words counts), if any: one within the words
 * before one that ends at the cursor, and among several the first in the order of people, then of their mentions.
 */
export const mentionAt: (article: Article, offset: number) => MentionAt | undefined = indexedFromSecondUse(scanMentions, (article) => {
  const index = new SpanIndex<MentionAt>(article.people.flatMap((person) => person.mentions.map((mention) => ({ person, mention }))), (found) => found.mention.span);
  return (offset) => index.first(offset) ?? index.first(offset, true);
});

function scanMentions(article: Article, offset: number): MentionAt | undefined {
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

/** Whether a mention names the person by surname (`Xi`, `President Xi`) rather than in full. */
export function usesSurname(mention: Mention): boolean {
  return mention.kind === 'surname' || mention.kind === 'title-surname';
}

/** The name words at the end of a mention, after any title: as many words as that form of the name has. */
export function nameSpan(text: string, mention: Mention, person: Person): Span | undefined {
  if (mention.kind === 'pronoun' || mention.kind === 'given-name') return mention.span;
  const nameWords = wordCount(usesSurname(mention) ? person.surname : person.fullName);
  const tokens = tokenize(text, mention.span);
  if (tokens.length < nameWords) return undefined;
  return { start: tokens[tokens.length - nameWords].start, end: tokens[tokens.length - 1].end };
}

/** The word a given-name mention uses, as the parser reads it: the first word that is neither an initial nor the surname. */
export function givenName(fullName: string, surname: string): string {
  const words = fullName.split(' ');
  return words.find((word) => !INITIAL.test(word) && word !== surname) ?? words[0];
}

function wordCount(name: string): number {
  return Math.max(1, tokenize(name, { start: 0, end: name.length }).length);
}
