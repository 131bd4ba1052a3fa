import { Rule } from './rule';
import { releaseOf } from './release-shape';
import { HAS_LETTER_OR_DIGIT } from '../parse/letter-patterns';

export const releaseLedeLength: Rule = {
  id: 'release/lede-length',
  description: 'The lede (first sentence after the dateline) runs longer than the style\'s word count (50 by default).',
  defaultSeverity: 'info',
  releaseOnly: true,
  check({ article, style }) {
    const lede = releaseOf(article).lede;
    const limit = style.release?.ledeMaxWords;
    if (!lede || limit === undefined) return [];
    const words = article.text.slice(lede.start, lede.end).split(/\s+/).filter((word) => HAS_LETTER_OR_DIGIT.test(word)).length;
    if (words <= limit) return [];
    return [{ span: lede, message: `The lede runs ${words} words: say who did what, and when, in ${limit} or fewer, and let the next sentences carry the rest.` }];
  },
};
