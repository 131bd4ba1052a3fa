import { Article } from '../article';
import { Report } from '../finding';
import { Rule } from './rule';

const PRONOUN = /^(?:he|she)$/i;

export const attributionAmbiguousPronoun: Rule = {
  id: 'attribution/ambiguous-pronoun',
  description: 'A pronoun attribution (`he said`) with no person it can refer to, or with two.',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    for (const statement of article.statements) {
      const at = statement.speakerSpan;
      if (!at) continue;
      const word = article.text.slice(at.start, at.end);
      if (!PRONOUN.test(word)) continue;
      const mention = article.people.flatMap((person) => person.mentions).find((candidate) => candidate.kind === 'pronoun' && candidate.span.start === at.start);
      if (statement.speaker.kind !== 'person' && !mention && !someoneBefore(article, at.start)) {
        reports.push({ span: at, message: `\`${word} ${statement.verb.text}\`: no person named before it can be \`${word}\`; name the speaker.` });
        continue;
      }
      if (!mention) continue;
      const others = mention.alternatives ?? [];
      if (others.length === 0 || lastSpeaker(article, at.start) === mention.person) continue;
      const names = [mention.person, ...others].map((id) => article.people[id]?.fullName).filter(Boolean);
      reports.push({ span: at, message: `\`${word} ${statement.verb.text}\` could be ${names.join(' or ')}: name the speaker.` });
    }
    return reports;
  },
};

/**
 * Whether anyone is named before `offset` that a pronoun could stand for: a person, or the speaker of an earlier
 * statement (`a company spokesman said. … he told Reuters` is wire style, not a dangling pronoun).
 */
function someoneBefore(article: Article, offset: number): boolean {
  if (article.people.some((person) => person.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.start < offset))) return true;
  return article.statements.some((statement) => statement.speakerSpan !== undefined && statement.speakerSpan.start < offset &&
    !PRONOUN.test(article.text.slice(statement.speakerSpan.start, statement.speakerSpan.end)));
}

/** The person who spoke in the latest statement before `offset`: wire copy's `he said` goes on with that speaker. */
function lastSpeaker(article: Article, offset: number): number | undefined {
  let latest: { at: number; person: number } | undefined;
  for (const statement of article.statements) {
    if (statement.speaker.kind !== 'person' || statement.verb.start >= offset) continue;
    if (!latest || statement.verb.start > latest.at) latest = { at: statement.verb.start, person: statement.speaker.person };
  }
  return latest?.person;
}
