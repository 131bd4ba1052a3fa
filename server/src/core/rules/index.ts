import { attributionAmbiguousPronoun } from './attribution-ambiguous-pronoun';
import { attributionDiscouragedVerb } from './attribution-discouraged-verb';
import { attributionNoAttribution } from './attribution-no-attribution';
import { attributionUnattributedQuote } from './attribution-unattributed-quote';
import { datelineAgencyMismatch } from './dateline-agency-mismatch';
import { datelineImpossibleDate } from './dateline-impossible-date';
import { datelineMalformed } from './dateline-malformed';
import { datelineMissing } from './dateline-missing';
import { datelineMonthFormat } from './dateline-month-format';
import { datelineNotFirstLine } from './dateline-not-first-line';
import { datelineWeekdayMismatch } from './dateline-weekday-mismatch';
import { hygieneDoubleSpace } from './hygiene-double-space';
import { hygieneEmptyParagraph } from './hygiene-empty-paragraph';
import { hygieneQuoteStyle } from './hygiene-quote-style';
import { hygieneTrailingWhitespace } from './hygiene-trailing-whitespace';
import { peopleInconsistentSpelling } from './people-inconsistent-spelling';
import { peopleRepeatedIntroduction } from './people-repeated-introduction';
import { peopleSurnameBeforeIntroduction } from './people-surname-before-introduction';
import { quotesUnbalanced } from './quotes-unbalanced';
import { releaseLineMissing } from './release-line-missing';
import { releaseEmbargoUnreadable } from './release-embargo-unreadable';
import { releaseEmbargoPast } from './release-embargo-past';
import { releaseHeadlineMissing } from './release-headline-missing';
import { releaseHeadlineCase } from './release-headline-case';
import { releaseHeadlineLength } from './release-headline-length';
import { releaseDatelineState } from './release-dateline-state';
import { releaseLedeLength } from './release-lede-length';
import { releaseQuoteSpeaker } from './release-quote-speaker';
import { releaseBoilerplateMissing } from './release-boilerplate-missing';
import { releaseContactMissing } from './release-contact-missing';
import { releaseContactEmail } from './release-contact-email';
import { releaseContactPhone } from './release-contact-phone';
import { releaseEndMarkMissing } from './release-end-mark-missing';
import { releaseTextAfterEndMark } from './release-text-after-end-mark';
import { Rule } from './rule';
import { terminatorMissing } from './terminator-missing';
import { terminatorMisspelt } from './terminator-misspelt';
import { terminatorTextAfter } from './terminator-text-after';

export type { Rule, RuleContext } from './rule';

/** Every rule, in the order findings are reported. An explicit list: no rule runs by accident. */
export const RULES: Rule[] = [
  datelineMissing,
  datelineMalformed,
  datelineMonthFormat,
  datelineImpossibleDate,
  datelineWeekdayMismatch,
  datelineAgencyMismatch,
  datelineNotFirstLine,
  terminatorMissing,
  terminatorMisspelt,
  terminatorTextAfter,
  quotesUnbalanced,
  hygieneDoubleSpace,
  hygieneTrailingWhitespace,
  hygieneEmptyParagraph,
  hygieneQuoteStyle,
  attributionUnattributedQuote,
  attributionNoAttribution,
  attributionDiscouragedVerb,
  attributionAmbiguousPronoun,
  peopleSurnameBeforeIntroduction,
  peopleRepeatedIntroduction,
  peopleInconsistentSpelling,
  // Press releases: these check only under a style with `release` settings.
  releaseLineMissing,
  releaseEmbargoUnreadable,
  releaseEmbargoPast,
  releaseHeadlineMissing,
  releaseHeadlineCase,
  releaseHeadlineLength,
  releaseDatelineState,
  releaseLedeLength,
  releaseQuoteSpeaker,
  releaseBoilerplateMissing,
  releaseContactMissing,
  releaseContactEmail,
  releaseContactPhone,
  releaseEndMarkMissing,
  releaseTextAfterEndMark,
];

export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
