import { Report } from '../finding';
import { articleLines } from '../parse/lines';
import { Rule } from './rule';

export const hygieneTrailingWhitespace: Rule = {
  id: 'hygiene/trailing-whitespace',
  description: 'Spaces or tabs at the end of a line.',
  defaultSeverity: 'info',
  check({ article }) {
    const reports: Report[] = [];
    for (const line of articleLines(article)) {
      // A blank line's indentation is nothing a reader sees or a desk minds; only text lines are checked.
      if (line.contentStart === line.contentEnd || line.contentEnd === line.end) continue;
      const span = { start: line.contentEnd, end: line.end };
      reports.push({
        span,
        message: 'Whitespace at the end of the line.',
        fixes: [{ title: 'Remove the trailing whitespace', edits: [{ span, newText: '' }], safe: true }],
      });
    }
    return reports;
  },
};
