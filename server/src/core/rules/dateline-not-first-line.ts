import { Article } from '../article';
import { Line, articleLines, isBlankChar } from '../parse/lines';
import { Rule } from './rule';

// A byline stands above the dateline in every wire's copy: `By JANE DOE`, `JANE DOE, Associated Press Writer`,
// `AP Science Writer` (also cut short by the feed: `*Associated Press Write`).
const BYLINE = /^[\s*]*By\s+\p{Lu}|\b(?:Associated Press|AP)\s+(?:[\p{L}-]{1,20}\s+)?Write(?:r|rs)?\b/u;

function isBylineLine(content: string): boolean {
  return content.length <= 80 && BYLINE.test(content);
}

export const datelineNotFirstLine: Rule = {
  id: 'dateline/not-first-line',
  description: 'Text stands above the dateline where the house style starts the story with it.',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const dateline = article.dateline;
    if (!dateline || style.headlineBeforeDateline) return [];
    const first = firstLineAbove(article, dateline.span.start);
    if (!first) return [];
    if (first.number >= dateline.line) {
      // A headline run into the dateline's own line (`… chairmanship SEOUL, Dec. 29 (Yonhap) --`).
      if (first.contentStart >= dateline.span.start) return [];
      return [{
        span: { start: first.contentStart, end: dateline.span.start },
        message: `Text stands before the dateline on its line: a ${style.name} story starts with the dateline.`,
      }];
    }
    return [{
      span: { start: first.contentStart, end: first.contentEnd },
      message: `The dateline is on line ${dateline.line + 1}: a ${style.name} story starts with it, so this line above it is out of place.`,
    }];
  },
};

/**
 * The first line of text above `end` (the dateline's start) that is not a directive or a byline, its content cut at
 * `end`: the article's lines are read, not the text above the dateline split again.
 */
function firstLineAbove(article: Article, end: number): Line | undefined {
  const { text } = article;
  for (const line of articleLines(article)) {
    if (line.start >= end) break;
    const contentStart = Math.min(line.contentStart, end);
    let contentEnd = Math.min(line.contentEnd, end);
    while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    if (contentStart === contentEnd || article.directives.some((directive) => directive.span.start === contentStart)) continue;
    if (isBylineLine(text.slice(contentStart, contentEnd))) continue;
    return { start: line.start, end: Math.min(line.end, end), number: line.number, contentStart, contentEnd };
  }
  return undefined;
}
