import { Article, Mention, Sentence, Span } from '../article';
import { Report } from '../finding';
import { isEvidentlyPerson } from './people-evidence';
import { Rule } from './rule';
import { isHeOrSheAt } from '../parse/pronoun-at';

/** One capitalised word: a surname. */
const SINGLE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

export const attributionAmbiguousPronoun: Rule = {
  id: 'attribution/ambiguous-pronoun',
  description: 'A pronoun attribution (`he said`) with no person it can refer to, or with two.',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    // Read only once a pronoun speaker is met: most stories have none.
    let pronounAt: Map<number, Mention> | undefined;
    let firstNamed: number | undefined;
    let speakers: SpokenAt[] | undefined;
    for (const statement of article.statements) {
      const at = statement.speakerSpan;
      if (!at || !isHeOrSheAt(article.text, at.start, at.end)) continue;
      // `he was told`: the pronoun is not the speaker. Shorter than `is` between them (`he said`), no such word fits.
      if (statement.verb.start - at.end >= 2 && PASSIVE_AUXILIARY.test(article.text.slice(at.end, statement.verb.start))) continue;
      // `the pen she writes with`: a verb whose preposition is left at the end reports no words.
      if (STRANDED_PREPOSITION.test(article.text.slice(statement.verb.end, statement.verb.end + 12))) continue;
      const mention = (pronounAt ??= pronounMentions(article)).get(at.start);
      if (statement.speaker.kind !== 'person' && !mention && !((firstNamed ??= firstNamedOffset(article)) < at.start)) {
        const word = article.text.slice(at.start, at.end);
        reports.push({ span: at, message: `\`${word} ${statement.verb.text}\`: no person named before it can be \`${word}\`; name the speaker.` });
        continue;
      }
      if (!mention) continue;
      const others = mention.alternatives ?? [];
      if (others.length === 0) continue;
      // Wire copy's `…, Sato said. "…," he said.` goes on with the latest speaker: among the candidates, that settles it.
      const latest = lastSpeaker((speakers ??= personSpeakersInOrder(article)), at.start);
      if (latest !== undefined && [mention.person, ...others].includes(latest)) continue;
      // Only a sentence that opens with the pronoun (`He said …`) leaves the reader to pick; after a quote or
      // a clause, wire copy's pronoun goes on with the speaker just quoted. And both must be people for sure.
      if (!opensSentence(article.text, at.start)) continue;
      const sentences = article.sentences;
      const index = sentenceIndexAt(sentences, at.start);
      // `He said Bass pushed for the sale`: whoever is named in the pronoun's own sentence is not the pronoun.
      const candidates = [mention.person, ...others].filter((id) => !namedWithin(article, id, sentences[index]?.span, at.start));
      if (candidates.length < 2) continue;
      if (index > 0 && subjectGoesOn(article, sentences[index - 1].span, candidates)) continue;
      if (!candidates.every((id) => article.people[id] && isEvidentlyPerson(article.people[id]))) continue;
      const word = article.text.slice(at.start, at.end);
      const names = candidates.map((id) => article.people[id]?.fullName).filter(Boolean);
      reports.push({ span: at, message: `\`${word} ${statement.verb.text}\` could be ${names.join(' or ')}: name the speaker.` });
    }
    return reports;
  },
};

/** The pronoun mentions of the article's people, by where they start (the first where two start at one place). */
function pronounMentions(article: Article): Map<number, Mention> {
  const pronounAt = new Map<number, Mention>();
  for (const person of article.people) {
    for (const mention of person.mentions) {
      if (mention.kind === 'pronoun' && !pronounAt.has(mention.span.start)) pronounAt.set(mention.span.start, mention);
    }
  }
  return pronounAt;
}

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
    if (at === undefined) continue;
    if (isHeOrSheAt(article.text, at.start, at.end)) continue;
    const speaker = article.text.slice(at.start, at.end);
    // `Kivelson stood by her statement. … Kivelson said`: a speaker known by surname alone is named where it first stands.
    first = Math.min(first, SINGLE_NAME.test(speaker) ? firstUseBefore(article.text, speaker, Math.min(first, at.start)) : at.start);
  }
  return first;
}

/**
 * Where `word` first stands in the text, when that is before `bound`; else `bound`. Looked for only before the
 * bound: searching a long text (many stories in one file) from the start for every speaker was quadratic.
 */
function firstUseBefore(text: string, word: string, bound: number): number {
  const before = text.lastIndexOf(word, bound - 1);
  return before >= 0 && before < bound ? text.indexOf(word) : bound;
}

const PASSIVE_AUXILIARY = /\b(?:was|were|is|been|being)\b/i;

const STRANDED_PREPOSITION = /^\s+(?:with|on|about|for|in|at|from|by|to)\s*(?:[.,;:!?]|$)/;

/** The index of the sentence holding `offset` (sentences are in text order). */
function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid].span.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Whether the person is named (not by a pronoun) in `span`, apart from the mention at `except`. */
function namedWithin(article: Article, id: number, span: Span | undefined, except: number): boolean {
  if (!span) return false;
  return (article.people[id]?.mentions ?? []).some((mention) => mention.kind !== 'pronoun' && mention.span.start !== except &&
    mention.span.start >= span.start && mention.span.end <= span.end);
}

/**
 * Whether the sentence before names one subject that a sentence-opening pronoun goes on with: `Waxman complained
 * to Burton. He said …` is Waxman; `Lord Catto also said … Sir Peter Carey …. He also said` is the speaker. Two
 * people joined by `and` or `or` at its head (`Smith and Jones met.`) leave the reader to pick.
 */
function subjectGoesOn(article: Article, previous: Span, candidates: number[]): boolean {
  const named: { start: number; end: number; person?: number }[] = [];
  for (const person of article.people) {
    for (const mention of person.mentions) {
      if (mention.kind !== 'pronoun' && mention.span.start >= previous.start && mention.span.end <= previous.end) named.push({ ...mention.span, person: person.id });
    }
  }
  for (const statement of article.statements) {
    const at = statement.speakerSpan;
    if (!at || statement.speaker.kind === 'person') continue;
    if (at.start >= previous.start && at.end <= previous.end && !isHeOrSheAt(article.text, at.start, at.end)) named.push({ ...at });
  }
  named.sort((a, b) => a.start - b.start);
  const subject = named[0];
  if (!subject) return false;
  if (subject.person !== undefined && !candidates.includes(subject.person)) return false;
  // A speaker whose words the sentence reports is who goes on talking (`Hauptman said he believes Evans …`).
  const spoke = subject.person === undefined || article.statements.some((statement) => statement.speaker.kind === 'person' &&
    statement.speaker.person === subject.person && statement.verb.start >= previous.start && statement.verb.end <= previous.end);
  const others = named.filter((other) => other.person !== undefined && other.person !== subject.person && candidates.includes(other.person));
  // Otherwise only when the others stand aside: after a preposition (`complained to Burton`) or as an owner (`Ali's genes`).
  return spoke ? !others.some((other) => coordinatedWith(article.text, subject, other)) : others.every((other) => standsAside(article.text, other));
}

function coordinatedWith(text: string, subject: Span, other: Span): boolean {
  if (other.start < subject.end || other.start - subject.end > 8) return false;
  const between = text.slice(subject.end, other.start).replace(',', '').trim();
  return between === 'and' || between === 'or';
}

function standsAside(text: string, mention: Span): boolean {
  const before = text.slice(Math.max(0, mention.start - 12), mention.start).split(/\s+/);
  const word = before[before.length - 1] === '' ? before[before.length - 2] : before[before.length - 1];
  return PREPOSITIONS.has((word ?? '').toLowerCase()) || /^['’]s?\b/.test(text.slice(mention.end, mention.end + 3));
}

const PREPOSITIONS = new Set(['to', 'with', 'from', 'for', 'by', 'of', 'at', 'on', 'against', 'about', 'over', 'toward', 'towards']);

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
