import { Rule } from './rule';

export const terminatorTextAfter: Rule = {
  id: 'terminator/text-after',
  description: 'Text follows the sign-off: the story ends at `Enditem` (or the style\'s terminator).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const trailing = article.trailingText;
    // A style without a sign-off of its own (press releases: contacts follow `###`) has its own rules for the tail.
    if (!style.terminator || !article.terminator || !trailing) return [];
    return [{
      span: trailing,
      message: `Text after the sign-off \`${article.terminator.text}\`: everything after it is not part of the story.`,
      fixes: [{ title: 'Remove the text after the sign-off', edits: [{ span: { start: article.terminator.span.end, end: trailing.end }, newText: '' }], safe: false }],
    }];
  },
};
