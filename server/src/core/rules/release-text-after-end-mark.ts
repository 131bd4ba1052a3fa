import { Rule } from './rule';
import { releaseOf } from './release-shape';

export const releaseTextAfterEndMark: Rule = {
  id: 'release/text-after-end-mark',
  description: 'Text follows the end mark (`###`): boilerplate and contacts belong above it.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const release = releaseOf(article);
    const after = release.afterEndMark;
    if (!style.release || !release.endMark || !after) return [];
    // A style with a sign-off of its own has `terminator/text-after` report text after that sign-off.
    if (style.terminator && article.terminator?.span.start === release.endMark.start && article.trailingText) return [];
    return [{
      span: after,
      message: `Text after the end mark \`${release.endMark.text}\`: move boilerplate and contacts above it, or remove what does not belong.`,
      fixes: [{ title: 'Remove the text after the end mark', edits: [{ span: { start: release.endMark.end, end: after.end }, newText: '' }], safe: false }],
    }];
  },
};
