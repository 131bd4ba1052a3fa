import { Rule } from './rule';
import { hasBody, lastContentLine, releaseOf } from './release-shape';

export const releaseBoilerplateMissing: Rule = {
  id: 'release/boilerplate-missing',
  description: 'The release has no `About <Company>` boilerplate section.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    if (!style.release || !hasBody(article) || releaseOf(article).abouts.length > 0) return [];
    return [{ span: lastContentLine(article), message: 'The release has no boilerplate: end it with an `About <Company>` section that says who the company is.' }];
  },
};
