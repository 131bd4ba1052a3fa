import { Fix } from '../finding';
import { isBlankChar } from '../parse/lines';
import { isOtherHousesSignOff, judgeTerminator } from './terminator-kind';
import { Rule } from './rule';

export const terminatorMissing: Rule = {
  id: 'terminator/missing',
  description: 'The story does not end with the sign-off its house style requires (`Enditem`, `###`, `-30-`).',
  defaultSeverity: 'error',
  check({ article, style }) {
    if (!style.terminator || article.paragraphs.length === 0) return [];
    const found = article.terminator;
    if (found && judgeTerminator(found, style) !== 'other') return [];
    const last = article.paragraphs[article.paragraphs.length - 1].span;
    let lastLineStart = Math.max(article.text.lastIndexOf('\n', last.end - 1) + 1, last.start);
    // A wrapped line may be indented: the finding marks its words, not the blanks before them.
    while (lastLineStart < last.end && isBlankChar(article.text.charCodeAt(lastLineStart))) lastLineStart++;
    if (found) {
      // Another house's sign-off suggests the wrong style, not a wrong word: no rewrite is offered then.
      const rewrite: Fix | undefined = isOtherHousesSignOff(found.text, style)
        ? undefined
        : { title: `Write \`${style.terminator}\``, edits: [{ span: found.span, newText: style.terminator }], safe: false };
      return [{
        span: found.span,
        message: `The story ends with \`${found.text}\`, not \`${style.terminator}\`, the ${style.name} sign-off.`,
        ...(rewrite ? { fixes: [rewrite] } : {}),
      }];
    }
    return [{
      span: { start: lastLineStart, end: last.end },
      message: `The story does not end with \`${style.terminator}\`, the ${style.name} sign-off.`,
      fixes: [{
        title: `Add \`${style.terminator}\` at the end`,
        edits: [{ span: { start: last.end, end: last.end }, newText: ` ${style.terminator}` }],
        safe: true,
      }],
    }];
  },
};

