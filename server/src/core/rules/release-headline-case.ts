import { Report } from '../finding';
import { firstCodePoint, inCapitals, looksTitleCased, lowerCaseMajorWords } from './headline-case';
import { Rule } from './rule';
import { releaseOf } from './release-shape';

const LISTED_WORDS = 4;

export const releaseHeadlineCase: Rule = {
  id: 'release/headline-case',
  description: 'The headline is not in the style\'s case: title case (every major word capitalised) or sentence case.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const headline = releaseOf(article).headline;
    const settings = style.release;
    if (!headline || !settings || settings.headlineCase === 'any') return [];
    if (inCapitals(headline.text)) {
      return [{ span: headline, message: `The headline is in capitals: write it in ${settings.headlineCase} case.` }];
    }
    if (settings.headlineCase === 'sentence') {
      if (!looksTitleCased(headline.text, settings.titleCaseMinorWords)) return [];
      return [{ span: headline, message: 'The headline is in title case: the style wants sentence case (capitalise the first word and names only).' }];
    }
    const lower = lowerCaseMajorWords(headline.text, settings.titleCaseMinorWords);
    if (lower.length === 0) return [];
    const listed = lower.slice(0, LISTED_WORDS).map((word) => `\`${word.text}\``).join(', ') + (lower.length > LISTED_WORDS ? ', …' : '');
    const report: Report = {
      span: headline,
      message: `The headline is not in title case: capitalise ${listed}.`,
      fixes: [{
        title: 'Capitalise the major words',
        edits: lower.map((word) => ({ span: { start: headline.start + word.offset, end: headline.start + word.offset + firstCodePoint(word.text).length }, newText: firstCodePoint(word.text).toUpperCase() })),
        safe: false,
      }],
    };
    return [report];
  },
};
