import { Rule } from './rule';
import { releaseOf } from './release-shape';

export const releaseHeadlineLength: Rule = {
  id: 'release/headline-length',
  description: 'The headline is longer than the style allows (120 characters by default); wire services cut or reject long ones.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const headline = releaseOf(article).headline;
    const limit = style.release?.headlineMaxLength;
    if (!headline || limit === undefined) return [];
    const length = [...headline.text].length;
    if (length <= limit) return [];
    return [{ span: headline, message: `The headline runs ${length} characters; keep it to ${limit} and move detail to a subheadline.` }];
  },
};
