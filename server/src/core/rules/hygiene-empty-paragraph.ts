import { Report } from '../finding';
import { Line, articleLines } from '../parse/lines';
import { Rule } from './rule';

export const hygieneEmptyParagraph: Rule = {
  id: 'hygiene/empty-paragraph',
  description: 'More than one blank line between paragraphs: an empty paragraph.',
  defaultSeverity: 'warning',
  check({ article }) {
    const first = article.paragraphs[0];
    const last = article.paragraphs[article.paragraphs.length - 1];
    if (!first || first === last) return [];
    const reports: Report[] = [];
    // One array for every run of blank lines, emptied after each (not a new array after every line of text).
    const blankRun: Line[] = [];
    // The lines between the first paragraph's start and the last one's, read in place (no copy of every line).
    for (const line of articleLines(article)) {
      if (line.start < first.span.start || line.end > last.span.start) continue;
      if (line.contentStart === line.contentEnd) {
        blankRun.push(line);
        continue;
      }
      if (blankRun.length >= 2) reports.push(report(blankRun));
      // Setting an array's length is a call into V8's runtime: only when there is something to empty.
      if (blankRun.length > 0) blankRun.length = 0;
    }
    if (blankRun.length >= 2) reports.push(report(blankRun));
    return reports;
  },
};

function report(blankRun: { start: number; end: number }[]): Report {
  // Keep the first blank line (the paragraph break) and remove the others with their line breaks.
  const span = { start: blankRun[1].start, end: blankRun[blankRun.length - 1].end };
  const removal = { start: blankRun[0].end, end: blankRun[blankRun.length - 1].end };
  return {
    span,
    message: `${blankRun.length} blank lines between paragraphs: one separates them, the others make an empty paragraph.`,
    fixes: [{ title: 'Remove the extra blank lines', edits: [{ span: removal, newText: '' }], safe: true }],
  };
}
