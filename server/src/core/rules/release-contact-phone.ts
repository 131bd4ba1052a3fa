import { Report } from '../finding';
import { Rule } from './rule';
import { releaseOf } from './release-shape';
import { HAS_LETTER } from '../parse/letter-patterns';

/** An extension is not part of the number: `+1 617 555 0100 ext. 12`. */
const EXTENSION = /\s*(?:ext\.?|x|extension)\s*\d{1,6}$/i;
// E.164 allows at most 15 digits; no real number has fewer than 7.
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

export const releaseContactPhone: Rule = {
  id: 'release/contact-phone',
  description: 'A phone number in the contact block has too few or too many digits, or letters where digits belong.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    if (!style.release) return [];
    const reports: Report[] = [];
    for (const block of releaseOf(article).contacts) {
      for (const phone of block.phones) {
        const number = phone.text.replace(EXTENSION, '');
        const digits = number.replace(/\D/g, '').length;
        const problem = HAS_LETTER.test(number) ? 'has letters in it' : digits < MIN_DIGITS ? `has only ${digits} digits` : digits > MAX_DIGITS ? `has ${digits} digits, more than any phone number` : undefined;
        if (problem) reports.push({ span: phone, message: `The phone number \`${phone.text}\` ${problem}.` });
      }
    }
    return reports;
  },
};
