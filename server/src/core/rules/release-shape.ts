import { Article, Span } from '../article';
import { splitLines } from '../parse/lines';
import { Release } from '../release-model';

const NO_RELEASE: Release = { abouts: [], contacts: [] };

/** The article's release anatomy; an article with no release marks at all is a release with every part missing. */
export function releaseOf(article: Article): Release {
  return article.release ?? NO_RELEASE;
}

/** Whether the text has any words to check: an empty document is not a release missing all its parts. */
export function hasBody(article: Article): boolean {
  return article.paragraphs.length > 0 || article.release?.headline !== undefined;
}

/** The last line with words on it: where a missing closing part (boilerplate, contact, end mark) is reported. */
export function lastContentLine(article: Article): Span {
  return contentLines(article).pop() ?? { start: article.text.length, end: article.text.length };
}

/** The first line with words on it: where a missing opening part (release line, headline) is reported. */
export function firstContentLine(article: Article): Span {
  return contentLines(article)[0] ?? { start: 0, end: 0 };
}

/** Lines with words, without the `[wirecheck-disable …]` lines, which are no part of the release. */
function contentLines(article: Article): Span[] {
  const directives = new Set(article.directives.map((directive) => directive.span.start));
  return splitLines(article.text)
    .filter((line) => line.contentStart < line.contentEnd && !directives.has(line.contentStart))
    .map((line) => ({ start: line.contentStart, end: line.contentEnd }));
}

/** The line break the text already uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}
