import { Rule } from './rule';
import { hasBody, lastContentLine, lineBreakOf, releaseOf } from './release-shape';

export const releaseEndMarkMissing: Rule = {
  id: 'release/end-mark-missing',
  description: 'The release does not end with an end mark on a line of its own (`###`, `# # #`, `-30-`, `ENDS`).',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const marks = style.release?.endMarks;
    if (!marks?.length || !hasBody(article)) return [];
    const found = releaseOf(article).endMark;
    if (found && marks.includes(found.text)) return [];
    if (found) {
      return [{
        span: found,
        message: `\`${found.text}\` is not an end mark of this style: write \`${marks[0]}\`.`,
        fixes: [{ title: `Write \`${marks[0]}\``, edits: [{ span: found, newText: marks[0] }], safe: true }],
      }];
    }
    const last = lastContentLine(article);
    const breakText = lineBreakOf(article.text);
    return [{
      span: last,
      message: `The release does not end with an end mark: put \`${marks[0]}\` on a line of its own after the last line.`,
      fixes: [{ title: `Add \`${marks[0]}\` at the end`, edits: [{ span: { start: last.end, end: last.end }, newText: `${breakText}${breakText}${marks[0]}` }], safe: true }],
    }];
  },
};
