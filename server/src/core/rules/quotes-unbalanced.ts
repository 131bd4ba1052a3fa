import { Article, Quote } from '../article';
import { Report } from '../finding';
import { Rule } from './rule';

const CLOSING_FOR: Record<Quote['mark'], string> = { straight: '"', curly: '”', backtick: "''" };

export const quotesUnbalanced: Rule = {
  id: 'quotes/unbalanced',
  description: 'A quotation mark is opened and never closed in its paragraph (and the next paragraph does not continue the quote), or a closing mark has no opening one.',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    for (const quote of article.quotes) {
      if (quote.closed || continuesIntoNextParagraph(article, quote.paragraph)) continue;
      const paragraph = article.paragraphs[quote.paragraph];
      const closing = CLOSING_FOR[quote.mark];
      reports.push({
        span: { start: quote.span.start, end: quote.inner.start },
        message: 'This quotation is never closed: add the closing mark where the quoted words end (a quote may run on into the next paragraph only if that paragraph opens with a quotation mark).',
        fixes: [{ title: `Close the quote at the end of the paragraph (${closing})`, edits: [{ span: { start: paragraph.span.end, end: paragraph.span.end }, newText: closing }], safe: false }],
      });
    }
    reports.push(...strayClosingMarks(article));
    return reports;
  },
};

/** Wire style: a quote that runs on has no closing mark, and the next paragraph opens with a quotation mark. */
function continuesIntoNextParagraph(article: Article, index: number): boolean {
  const next = article.paragraphs[index + 1];
  if (!next) return false;
  const opening = article.text.slice(next.span.start, next.span.start + 2);
  return opening.startsWith('"') || opening.startsWith('“') || opening === '``' || opening === "''";
}

/** Curly closing marks outside every quotation: the opening mark is missing. */
function strayClosingMarks(article: Article): Report[] {
  const reports: Report[] = [];
  const { text } = article;
  // Many texts have no curly closing mark at all: no quotes to index by paragraph.
  if (!text.includes('”')) return reports;
  const byParagraph = new Map<number, Quote[]>();
  for (const quote of article.quotes) {
    const list = byParagraph.get(quote.paragraph);
    if (list) list.push(quote);
    else byParagraph.set(quote.paragraph, [quote]);
  }
  // The next closing mark at or after where the search stands, carried from paragraph to paragraph: searching
  // afresh from each paragraph ran to the end of a text without one, for every paragraph (quadratic).
  let mark = -1;
  let previousEnd = Infinity;
  for (const paragraph of article.paragraphs) {
    if (paragraph.span.start < previousEnd || (mark >= 0 && mark < paragraph.span.start)) mark = text.indexOf('”', paragraph.span.start);
    previousEnd = paragraph.span.end;
    const quotes = byParagraph.get(paragraph.index) ?? [];
    for (; mark >= 0 && mark < paragraph.span.end; mark = text.indexOf('”', mark + 1)) {
      const i = mark;
      if (quotes.some((quote) => i >= quote.span.start && i < quote.span.end)) continue;
      reports.push({ span: { start: i, end: i + 1 }, message: 'This closing quotation mark has no opening mark before it in the paragraph.' });
    }
  }
  return reports;
}
