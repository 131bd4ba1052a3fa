import { Report } from '../finding';
import { Rule } from './rule';

// `claimed responsibility`, `claimed the lives of`: the verb is not attributing anything there.
const TAKES_AN_OBJECT = /^\s+(?:responsibility|credit|victory|the lives|lives|a margin|the title|a record|ownership|asylum|damages|a share|the right)\b/i;

export const attributionDiscouragedVerb: Rule = {
  id: 'attribution/discouraged-verb',
  description: 'An attribution verb the house style discourages (AP: `stated`, `claimed`, `exclaimed` → `said`).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const discouraged = new Map(Object.entries(style.discouragedVerbs).map(([verb, instead]) => [verb.toLowerCase(), instead]));
    if (discouraged.size === 0) return [];
    const reports: Report[] = [];
    for (const statement of article.statements) {
      const instead = discouraged.get(statement.verb.text.toLowerCase());
      if (!instead || TAKES_AN_OBJECT.test(article.text.slice(statement.verb.end, statement.verb.end + 30))) continue;
      const span = { start: statement.verb.start, end: statement.verb.end };
      reports.push({
        span,
        message: `${style.name} style attributes with \`${instead}\`, not \`${statement.verb.text}\`.`,
        fixes: [{ title: `Write \`${instead}\``, edits: [{ span, newText: instead }], safe: true }],
      });
    }
    return reports;
  },
};
