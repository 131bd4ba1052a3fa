import { isDistributionService } from '../parse/release';
import { agencyKey, agencyKeys } from '../styles/pick';
import { Rule } from './rule';

export const datelineAgencyMismatch: Rule = {
  id: 'dateline/agency-mismatch',
  description: 'The dateline names another agency than the house style\'s (`(Reuters)` in a story checked as Xinhua).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const agency = article.dateline?.agency;
    if (!agency || style.anyAgency) return [];
    const keys = agencyKeys(style);
    if (keys.includes(agencyKey(agency.text))) return [];
    if (style.release && isDistributionService(agency.text)) return [];
    const expected = style.agency ? `the ${style.name} style expects \`${style.agency}\`` : `${style.name} datelines name no agency`;
    return [{ span: agency, message: `The dateline names \`${agency.text}\`, but ${expected}. Pick the style that fits the story (or \`auto\`).` }];
  },
};
