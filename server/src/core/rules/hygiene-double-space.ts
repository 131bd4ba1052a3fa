import { Report } from '../finding';
import { articleLines } from '../parse/lines';
import { Rule } from './rule';

const RUN = / {2,}/g;
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
    const reports: Report[] = [];
    for (const line of articleLines(article)) {
      const content = text.slice(line.contentStart, line.contentEnd);
      // No two spaces, nothing to report: skip the prose test, which costs far more.
      if (!content.includes('  ')) continue;
      if (TABLE_RUN.test(content) || !PROSE.test(content)) continue;
      const runs = [...content.matchAll(RUN)];
      if (runs.length > 1) continue;
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
    return reports;
  },
};
