import { judgeTerminator } from './terminator-kind';
import { Rule } from './rule';

export const terminatorMisspelt: Rule = {
  id: 'terminator/misspelt',
  description: 'The sign-off is the style\'s word spelt another way (`EndItem`, `End item`, `ENDITEM` for `Enditem`).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const found = article.terminator;
    if (!found || !style.terminator || judgeTerminator(found, style) !== 'misspelt') return [];
    return [{
      span: found.span,
      message: `\`${found.text}\` is spelt \`${style.terminator}\` in ${style.name} copy.`,
      fixes: [{ title: `Write \`${style.terminator}\``, edits: [{ span: found.span, newText: style.terminator }], safe: true }],
    }];
  },
};
