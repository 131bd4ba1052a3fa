// Small readers over parseArticle for the recognition tests: who the people are, how each is mentioned, and who
// said a given verb.
import * as assert from 'assert';
import { Article, parseArticle, speakerName } from '../../server/src/core';

/** Full names of the people found in `text`, in order. */
export function people(text: string): string[] {
  return parseArticle(text).people.map((person) => person.fullName);
}

/** The text of every mention of the person called `fullName`; fails when there is no such person. */
export function mentionTexts(article: Article, fullName: string): string[] {
  const person = article.people.find((candidate) => candidate.fullName === fullName);
  assert.ok(person, `${fullName} not found among ${article.people.map((each) => each.fullName).join(', ')}`);
  return person.mentions.map((mention) => article.text.slice(mention.span.start, mention.span.end));
}

/** The speaker of the statement whose verb (else whose span) holds the `occurrence`-th `verb` in `text`. */
export function speakerOf(text: string, verb: string, occurrence = 0): string | undefined {
  const article = parseArticle(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(verb, at + 1);
  assert.ok(at >= 0, `"${verb}" not in the text`);
  const statement = article.statements.find((candidate) => candidate.verb.start <= at && at < candidate.verb.end)
    ?? article.statements.find((candidate) => candidate.span.start <= at && at < candidate.span.end);
  return statement && speakerName(article, statement.speaker);
}

/** Each statement of `text` as `verb: speaker`, in order. */
export function verbsAndSpeakers(text: string): string[] {
  const article = parseArticle(text);
  return article.statements.map((statement) => `${statement.verb.text}: ${speakerName(article, statement.speaker)}`);
}
