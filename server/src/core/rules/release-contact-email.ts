import { Report } from '../finding';
import { Rule } from './rule';
import { releaseOf } from './release-shape';

// A practical check, not RFC 5322: one @, a local part, and a domain with a dot and a letters-only ending.
const VALID_EMAIL = /^[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}$/u;

export const releaseContactEmail: Rule = {
  id: 'release/contact-email',
  description: 'An e-mail address in the contact block is not a valid address (`jane.doe@acme` has no domain ending, `jane@@acme.com`).',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    if (!style.release) return [];
    const reports: Report[] = [];
    for (const block of releaseOf(article).contacts) {
      for (const email of block.emails) {
        if (VALID_EMAIL.test(email.text) && !email.text.includes('..')) continue;
        reports.push({ span: email, message: `\`${email.text}\` is not a valid e-mail address.` });
      }
    }
    return reports;
  },
};
