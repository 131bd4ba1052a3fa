import { Report } from '../finding';
import { Line, articleLines } from '../parse/lines';
import { Rule } from './rule';

const RUN = / {2,}/g;
// Global, read with test() from lastIndex: the regex skips two characters at a time where indexOf('  ') stops at
// every space (a native call per word), and test() builds no match.
const TWO_SPACES = / {2}/g;
/** A line with a run this long, or several runs, is a table or aligned figures: its spacing is layout. */
const TABLE_RUN = / {3,}/;
/** Prose has lower-case words; a line with fewer than three is a table row or a heading (`TOLEDO  58 LB 35`). */
const PROSE = /(?:\b\p{Ll}{2,}\b.*){3}/u;

export const hygieneDoubleSpace: Rule = {
  id: 'hygiene/double-space',
  description: 'Two spaces between words. Indentation at the start of a line and aligned tables are layout and not flagged.',
  defaultSeverity: 'info',
  check({ article }) {
    const { text } = article;
    // Most texts have no two spaces anywhere.
    let at = twoSpacesFrom(text, 0);
    if (at < 0) return [];
    const reports: Report[] = [];
    const lines = articleLines(article);
    // Only lines that hold two spaces are read.
    let lineIndex = 0;
    while (at >= 0) {
      while (lineIndex < lines.length && lines[lineIndex].end <= at) lineIndex++;
      const line = lines[lineIndex];
      if (!line) break;
      if (at < line.contentStart || at + 2 > line.contentEnd) {
        at = twoSpacesFrom(text, at < line.contentStart ? line.contentStart : line.end);
        continue;
      }
      reportLine(text, line, reports);
      at = twoSpacesFrom(text, line.end);
    }
    return reports;
  },
};

/** Where the first two spaces at or after `from` start, or -1: `text.indexOf('  ', from)`, faster. */
function twoSpacesFrom(text: string, from: number): number {
  TWO_SPACES.lastIndex = from;
  return TWO_SPACES.test(text) ? TWO_SPACES.lastIndex - 2 : -1;
}

function reportLine(text: string, line: Line, reports: Report[]): void {
  const content = text.slice(line.contentStart, line.contentEnd);
  if (TABLE_RUN.test(content) || !PROSE.test(content)) return;
  const runs = [...content.matchAll(RUN)];
  if (runs.length > 1) return;
  for (const run of runs) {
    const start = line.contentStart + (run.index ?? 0);
    const span = { start, end: start + run[0].length };
    reports.push({
      span,
      message: 'Two spaces between words: one is enough.',
      fixes: [{ title: 'Replace with one space', edits: [{ span, newText: ' ' }], safe: true }],
    });
  }
}
