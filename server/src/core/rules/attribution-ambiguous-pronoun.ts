import { Article, Mention } from '../article';
import { Report } from '../finding';
import { isEvidentlyPerson } from './people-evidence';
import { Rule } from './rule';

const PRONOUN = /^(?:he|she)$/i;

export const attributionAmbiguousPronoun: Rule = {
  id: 'attribution/ambiguous-pronoun',
  description: 'A pronoun attribution (`he said`) with no person it can refer to, or with two.',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    const pronounAt = new Map<number, Mention>();
    for (const person of article.people) {
      for (const mention of person.mentions) {
        if (mention.kind === 'pronoun' && !pronounAt.has(mention.span.start)) pronounAt.set(mention.span.start, mention);
      }
    }
    const firstNamed = firstNamedOffset(article);
    const speakers = personSpeakersInOrder(article);
    for (const statement of article.statements) {
      const at = statement.speakerSpan;
      if (!at) continue;
      const word = article.text.slice(at.start, at.end);
      if (!PRONOUN.test(word)) continue;
      // `he was told`: the pronoun is not the speaker.
      if (/\b(?:was|were|is|been|being)\b/i.test(article.text.slice(at.end, statement.verb.start))) continue;
      const mention = pronounAt.get(at.start);
      if (statement.speaker.kind !== 'person' && !mention && !(firstNamed < at.start)) {
        reports.push({ span: at, message: `\`${word} ${statement.verb.text}\`: no person named before it can be \`${word}\`; name the speaker.` });
        continue;
      }
      if (!mention) continue;
      const others = mention.alternatives ?? [];
      // Wire copy's `…, Sato said. "…," he said.` goes on with the latest speaker: among the candidates, that settles it.
      const latest = lastSpeaker(speakers, at.start);
      if (others.length === 0 || (latest !== undefined && [mention.person, ...others].includes(latest))) continue;
      // Only a sentence that opens with the pronoun (`He said …`) leaves the reader to pick; after a quote or
      // a clause, wire copy's pronoun goes on with the speaker just quoted. And both must be people for sure.
      if (!opensSentence(article.text, at.start)) continue;
      if (![mention.person, ...others].every((id) => article.people[id] && isEvidentlyPerson(article.people[id]))) continue;
      const names = [mention.person, ...others].map((id) => article.people[id]?.fullName).filter(Boolean);
      reports.push({ span: at, message: `\`${word} ${statement.verb.text}\` could be ${names.join(' or ')}: name the speaker.` });
    }
    return reports;
  },
};

// Role words that name someone a pronoun can stand for without naming a person: `a spokesman`, `President Reagan`.
const ROLE = /\b(?:President|Minister|Secretary|Chancellor|Premier|Governor|Senator|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|chairman|chairwoman|spokesman|spokeswoman|official|analyst|economist|trader|dealer|banker|officer|director|executive|manager|president|minister|leader|man|woman)\b/;

/**
 * Where the first one is named whom a pronoun could stand for: a person, or the speaker of a statement (`a company
 * spokesman said. … he told Reuters` is wire style, not a dangling pronoun). Anyone named before a pronoun will do.
 */
function firstNamedOffset(article: Article): number {
  let first = ROLE.exec(article.text)?.index ?? Infinity;
  for (const person of article.people) {
    for (const mention of person.mentions) if (mention.kind !== 'pronoun') first = Math.min(first, mention.span.start);
  }
  for (const statement of article.statements) {
    const at = statement.speakerSpan;
    if (at !== undefined && !PRONOUN.test(article.text.slice(at.start, at.end))) first = Math.min(first, at.start);
  }
  return first;
}

interface SpokenAt {
  at: number;
  person: number;
}

/** Statements by a named person, by the offset of their verb (the earlier statement first among equals). */
function personSpeakersInOrder(article: Article): SpokenAt[] {
  const spoken: SpokenAt[] = [];
  for (const statement of article.statements) {
    if (statement.speaker.kind === 'person') spoken.push({ at: statement.verb.start, person: statement.speaker.person });
  }
  return spoken.sort((a, b) => a.at - b.at);
}

/** The person who spoke in the latest statement before `offset`: wire copy's `he said` goes on with that speaker. */
function lastSpeaker(spoken: SpokenAt[], offset: number): number | undefined {
  let low = 0;
  let high = spoken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spoken[mid].at < offset) low = mid + 1;
    else high = mid;
  }
  let index = low - 1;
  if (index < 0) return undefined;
  while (index > 0 && spoken[index - 1].at === spoken[index].at) index--;
  return spoken[index].person;
}

/** Whether `offset` opens a sentence: only blanks and quotation marks since the last full stop or line start. */
function opensSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?]['"”’]*\s+|\n\s*)["“`']*$/.test(text.slice(Math.max(0, offset - 8), offset));
}
