import { Article, Span } from '../article';
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
  const text = article.text;
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && text.charAt(start - 1) !== '\n' && text.charAt(start - 1) !== '\r') start--;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  return { start, end };
}

/** The first line with words on it: where a missing opening part (release line, headline) is reported. */
export function firstContentLine(article: Article): Span {
  const text = article.text;
  let start = 0;
  while (start < text.length && /\s/.test(text.charAt(start))) start++;
  let end = start;
  while (end < text.length && text.charAt(end) !== '\n' && text.charAt(end) !== '\r') end++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** The line break the text already uses, so inserted lines match it. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}
