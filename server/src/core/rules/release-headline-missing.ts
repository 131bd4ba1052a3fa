import { Rule } from './rule';
import { firstContentLine, hasBody, releaseOf } from './release-shape';

export const releaseHeadlineMissing: Rule = {
  id: 'release/headline-missing',
  description: 'The release has no headline above the dateline.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    if (!style.release || !hasBody(article) || releaseOf(article).headline) return [];
    const at = article.dateline ? { start: article.dateline.span.start, end: article.dateline.span.end } : firstContentLine(article);
    return [{ span: at, message: 'The release has no headline: put one line above the dateline that says what is new.' }];
  },
};
