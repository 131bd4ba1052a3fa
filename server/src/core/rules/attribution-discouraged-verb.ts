import { Report } from '../finding';
import { HouseStyle } from '../styles/style';
import { Rule } from './rule';

// `claimed responsibility`, `claimed the lives of`: the verb is not attributing anything there.
const TAKES_AN_OBJECT = /^\s+(?:responsibility|credit|victory|the lives|lives|a margin|the title|a record|ownership|asylum|damages|a share|the right)\b/i;

export const attributionDiscouragedVerb: Rule = {
  id: 'attribution/discouraged-verb',
  description: 'An attribution verb the house style discourages (AP: `stated`, `claimed`, `exclaimed` → `said`).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const discouraged = discouragedVerbs(style);
    if (discouraged.size === 0 || article.statements.length === 0) return [];
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

// Per style, not per article: a batch checks thousands of articles with one style.
const discouragedByStyle = new WeakMap<HouseStyle, Map<string, string>>();

/** The style's discouraged verbs, lower-cased, with the verb it prefers for each. */
function discouragedVerbs(style: HouseStyle): Map<string, string> {
  let discouraged = discouragedByStyle.get(style);
  if (!discouraged) {
    discouraged = new Map(Object.entries(style.discouragedVerbs).map(([verb, instead]) => [verb.toLowerCase(), instead]));
    discouragedByStyle.set(style, discouraged);
  }
  return discouraged;
}
