import { Report } from '../finding';
import { namesAHolder } from './held-by';
import { Rule } from './rule';

// Words that make a sentence a judgement or a claim rather than a reported fact. `best ever` and `worst ever`
// are left out too: in business and sports copy they report a record (`its best ever performance`).
// `must`, `should`, `unfair` and `greatest` are left out: in news copy they mostly report rules and terms
// (`land must be enrolled by 1990`, `unfair trade practices`, `its greatest challenge`).
// unacceptable, undoubtedly, unquestionably, outrageous, obviously, shameful, disgraceful, reckless, ridiculous,
// irresponsible, absurd, a mistake, a disaster, clearly wrong, the right thing: grouped by first letter, so the search
// turns most positions away at one character (in V8, twice as fast as a lookahead on those letters on an ASCII text like
// the seed, and as fast on the corpus's paragraphs).
const OPINION = /\b(?:u(?:nacceptable|ndoubtedly|nquestionably)|o(?:utrageous|bviously)|shameful|disgraceful|r(?:eckless|idiculous)|irresponsible|a(?:bsurd| mistake| disaster)|clearly wrong|the right thing)\b/i;

const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-•*▪])\s/u;

export const attributionNoAttribution: Rule = {
  id: 'attribution/no-attribution',
  description: 'A paragraph of opinion or claim (`should`, `must`, `unacceptable`, …) with no attribution: whose view is it?',
  defaultSeverity: 'info',
  check({ article }) {
    const reports: Report[] = [];
    // 1 for a paragraph with a statement or a quotation: flags by index, not two sets built from mapped arrays.
    const attributed = new Uint8Array(article.paragraphs.length);
    for (const statement of article.statements) attributed[statement.paragraph] = 1;
    for (const quote of article.quotes) attributed[quote.paragraph] = 1;
    for (const paragraph of article.paragraphs) {
      if (attributed[paragraph.index] === 1) continue;
      const text = article.text.slice(paragraph.span.start, paragraph.span.end);
      // An item of a numbered or bulleted list (`4. Supervisors who overlook unacceptable behavior.`) quotes the
      // list's source, named where the list is introduced.
      if (LIST_ITEM.test(text)) continue;
      const found = OPINION.exec(text);
      // Someone holds the view in the paragraph: a reporting verb the statement finder may not take for an attribution.
      if (!found || namesAHolder(text)) continue;
      // `the SEC, which is obviously already aware of its own probe`: an aside in a relative clause, not the claim.
      if (/\b(?:which|who)\s+(?:is|are|was|were)\s$/i.test(text.slice(Math.max(0, found.index - 16), found.index))) continue;
      const start = paragraph.span.start + found.index;
      reports.push({
        span: { start, end: start + found[0].length },
        message: `\`${found[0]}\` makes this paragraph a judgement, and nobody is said to hold it: attribute it, or report it as fact.`,
      });
    }
    return reports;
  },
};
