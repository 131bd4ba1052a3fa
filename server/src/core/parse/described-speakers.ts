import { Mention, Person, Statement } from '../article';
import { ROLE_NOUNS, TITLE_WORDS } from '../lexicon/people-words';
import { firstEndingAfter } from '../span-search';
import { STARTS_UPPER } from './letter-patterns';
import { isSpaceUnit } from './char-class';

/** The word at the start of the text. */
const LEADING_WORD = /^[\p{L}.-]+/u;
/** Letters only. */
const ONLY_LETTERS = /^\p{L}+$/u;

// Role nouns a definite description can end in (`the Palestinian leader`, `the minister`), with the title words
// each can stand for: `leader` covers presidents, premiers and chairmen.
// A Map, not an object: a word met in the text (`the constructor`) must not find an inherited property.
const ROLE_WORDS = new Map<string, string[]>(Object.entries({
  leader: ['leader', 'president', 'premier', 'prime', 'chairman', 'chairwoman', 'king', 'chief', 'secretary-general'],
  president: ['president'], premier: ['premier', 'prime'], minister: ['minister'], chairman: ['chairman'],
  chairwoman: ['chairwoman'], spokesman: ['spokesman', 'spokesperson'], spokeswoman: ['spokeswoman', 'spokesperson'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'], secretary: ['secretary'], senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'], mayor: ['mayor'], general: ['general', 'gen.'], ambassador: ['ambassador'], envoy: ['envoy'],
  judge: ['judge'], chancellor: ['chancellor'], king: ['king'], queen: ['queen'], director: ['director'],
}));
const DESCRIPTION = /^the\s+((?:[\p{L}-]+\s+){0,2})([\p{L}-]+)$/iu;
const ROLES = new Set(ROLE_NOUNS);
const TITLES = new Set(TITLE_WORDS);
const APPOSITIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her']);
const MAX_APPOSITIVE = 60;
const OFFICE_LINKS = new Set(['of', 'for', 'and', 'the']);
// `Barry Levitt, official of Carter Center told`: a bare role after a name and its comma, up to the speaker read.
const ROLE_AFTER_NAME = /^,\s*(?:(?:a|an)\s+)?([\p{Ll}-]+)(?:\s+[\p{L}-]+){0,5}\s*$/u;
// `On Jae-gyu, the director explained`: a name after a preposition is what is spoken about, not who speaks.
const PREPOSITION_BEFORE = /(?:^|\s)(?:on|about|of|for|to|with|from|by|at|in|against|regarding|like)\s+$/i;
const MAX_ROLE_GAP = 60;
const NOT_ROLE_OPENERS = new Set(['then', 'is', 'was', 'has', 'had', 'will', 'would', 'became', 'becomes', 'remains', 'said', 'says', 'as']);
// Where the role noun of an appositive ends: a preposition or a clause.
const ROLE_BOUNDARIES = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to', 'on', 'who', 'whose', 'which', 'that', 'and']);

/**
 * `The Palestinian leader said`: a definite description refers to the person introduced earlier with a fitting
 * title (`Palestinian National Authority President Yasser Arafat`). Words of the description shared with the
 * title weigh most; among equals the person mentioned last before the statement wins.
 */
export function resolveDescribedSpeakers(text: string, statements: Statement[], people: Person[], mentions: Mention[]): void {
  // Built on the first description: most articles have none.
  let byRole: PeopleByRole | undefined;
  for (const statement of statements) {
    if (statement.speaker.kind !== 'source' || !statement.speakerSpan) continue;
    const named = namedBeforeRole(text, statement.speakerSpan.start, statement.speakerSpan.end, mentions);
    if (named !== undefined) {
      statement.speaker = { kind: 'person', person: named };
      continue;
    }
    const match = opensWithThe(statement.speaker.text) ? DESCRIPTION.exec(statement.speaker.text.trim()) : null;
    const described = match && ROLE_WORDS.get(match[2].toLowerCase());
    if (!match || !described) continue;
    const modifiers = match[1].toLowerCase().split(/\s+/).filter(Boolean);
    const at = statement.speakerSpan.start;
    let best: { person: number; score: number; last: number } | undefined;
    byRole ??= new PeopleByRole(text, people, mentions);
    for (const position of byRole.sharing(described)) {
      const person = people[position];
      if (person.introduction.start >= at) continue;
      const title = byRole.roles[position];
      if (modifiers.some((word) => !titleHas(title, word) && !isRoleModifier(word))) continue;
      const score = modifiers.filter((word) => titleHas(title, word)).length;
      const last = byRole.lastMentionBefore(person.id, at);
      if (!best || score > best.score || (score === best.score && last > best.last)) best = { person: person.id, score, last };
    }
    if (best) statement.speaker = { kind: 'person', person: best.person };
  }
}

/** Whether `the` (any case) opens the text after white space: DESCRIPTION is run only then. */
function opensWithThe(text: string): boolean {
  let at = 0;
  while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
  return (text.charCodeAt(at) | 0x20) === 0x74 && (text.charCodeAt(at + 1) | 0x20) === 0x68 && (text.charCodeAt(at + 2) | 0x20) === 0x65;
}

/** The words of a person's title and of the role an appositive after their introduction gives, in lower case. */
function roleWords(text: string, person: Person): string[] {
  const words = (person.title ?? '').toLowerCase().split(/[\s()]+/).filter(Boolean);
  words.push(...roleBefore(text, person.introduction.start));
  const appositive = appositiveAfter(text, person.introduction.end);
  if (appositive) {
    // `the Minister of Forestry`, `deputy chief of the Kremlin staff`: the role is the head noun and what stands
    // before it; a relative clause (`a Republican who is running for president`) describes something else.
    const role: string[] = [];
    for (const word of appositive) {
      if (ROLE_BOUNDARIES.has(word)) break;
      role.push(word);
    }
    // `Bill Clinton, then governor of Arkansas`: a past role is not what `the governor` now refers to.
    // `Jeb Bush, is governor`: a verb after the comma makes a clause, not an appositive.
    if (role.length && ROLES.has(role[role.length - 1]) && !NOT_ROLE_OPENERS.has(role[0])) words.push(...role);
  }
  return words;
}

/**
 * `the Kenyan Minister for Health Joshua Angatia`: a role written before the name, with words a name run does not
 * take (`for`, `of`), is the person's title too. The words back to the clause's punctuation, when one is a role noun.
 */
function roleBefore(text: string, start: number): string[] {
  let from = start;
  const limit = Math.max(0, start - MAX_APPOSITIVE);
  while (from > limit) {
    const char = text[from - 1];
    if (',;:.!?()"“”'.includes(char) || (char === '\n' && text[from - 2] === '\n')) break;
    from--;
  }
  const words = text.slice(from, start).split(/\s+/).filter(Boolean);
  // The capitalised office right before the name (`Kenyan Minister for Health`), or one lower-case role noun
  // (`the minister Zhang Wei`); not `The minister met John Smith`.
  let at = words.length;
  while (at > 0 && (STARTS_UPPER.test(words[at - 1]) || OFFICE_LINKS.has(words[at - 1]))) at--;
  if (at > 0 && ROLES.has(words[at - 1])) at--;
  let office = words.slice(at).map((word) => word.toLowerCase());
  // `Senator Sam Brownback of Kansas and Representative Chris Smith`: before `and` stands someone else's office.
  const opening = LEADING_WORD.exec(text.slice(start, start + 30))?.[0].toLowerCase() ?? '';
  if (office[office.length - 1] === 'and' && (ROLES.has(opening) || TITLES.has(opening))) return [];
  // `… and Representative Chris Smith`, when the introduction leaves the title out: the office after `and` is this one's.
  const and = office.lastIndexOf('and');
  if (and >= 0 && (ROLES.has(office[and + 1]) || TITLES.has(office[and + 1]))) office = office.slice(and + 1);
  return office.some((word) => ROLES.has(word)) ? office : [];
}

/** `Xu Youfang, the Minister of Forestry,`: the words (lower case, no determiner) of what a comma sets off after a name. */
function appositiveAfter(text: string, end: number): string[] | undefined {
  if (text.charCodeAt(end) !== 0x2c) return undefined; // ','
  let close = end + 1;
  const limit = Math.min(text.length, end + 1 + MAX_APPOSITIVE);
  while (close < limit && !',;.()"“”'.includes(text[close])) close++;
  if (close >= limit || !',;.'.includes(text[close])) return undefined;
  const words = text.slice(end + 1, close).trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length && APPOSITIVE_DETERMINERS.has(words[0])) words.shift();
  return words.length ? words : undefined;
}

/**
 * `Barry Levitt, official of Carter Center told press`: a source phrase that is the role of the person named just
 * before it (a name, a comma, a bare role noun, no closing comma) names that person.
 */
function namedBeforeRole(text: string, start: number, end: number, mentions: Mention[]): number | undefined {
  // Mentions do not overlap, so their ends ascend: the last one ending before the phrase is found by bisection.
  const after = firstEndingAfter(mentions, start);
  const name = mentions[(after < 0 ? mentions.length : after) - 1];
  // The role follows the name's own comma: without one nothing else is read.
  if (!name || name.kind === 'pronoun' || start - name.span.end > MAX_ROLE_GAP || text.charCodeAt(name.span.end) !== 0x2c) return undefined;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, name.span.start - 12), name.span.start))) return undefined;
  const role = ROLE_AFTER_NAME.exec(text.slice(name.span.end, end));
  return role && ROLES.has(role[1]) ? name.person : undefined;
}

/**
 * Whether a modifier of a description names a word of the title, also shortened: `the Fed chairman` for `Federal
 * Reserve Chairman`, `the NRC chairman` for `Nuclear Regulatory Commission Chairman` (initials of adjacent words).
 */
function titleHas(title: string[], word: string): boolean {
  if (title.includes(word)) return true;
  const bare = word.replace(/\./g, '');
  if (bare.length < 3 || !ONLY_LETTERS.test(bare)) return false;
  if (title.some((titleWord) => titleWord.length > bare.length + 1 && titleWord.startsWith(bare))) return true;
  return title.filter((titleWord) => !OFFICE_LINKS.has(titleWord)).map((titleWord) => titleWord[0]).join('').includes(bare);
}

/** Modifiers that describe the role, not whose it is (`the former president`, `the deputy minister` excepted). */
function isRoleModifier(word: string): boolean {
  return ['former', 'veteran', 'new', 'top', 'senior', 'embattled', 'late'].includes(word);
}

/**
 * The people (positions in the list) by the words of their roles, and each one's mention starts: a description is
 * checked against those who share a word with it, not against everyone named in a long text.
 */
class PeopleByRole {
  readonly roles: string[][];
  private readonly byWord = new Map<string, number[]>();
  private readonly mentionStarts = new Map<number, number[]>();

  constructor(text: string, people: Person[], mentions: Mention[]) {
    this.roles = people.map((person) => roleWords(text, person));
    this.roles.forEach((words, position) => {
      for (const word of new Set(words)) {
        const list = this.byWord.get(word);
        if (list) list.push(position);
        else this.byWord.set(word, [position]);
      }
    });
    // Mentions are in text order, so each person's starts ascend.
    for (const mention of mentions) {
      const starts = this.mentionStarts.get(mention.person);
      if (starts) starts.push(mention.span.start);
      else this.mentionStarts.set(mention.person, [mention.span.start]);
    }
  }

  /** Positions, ascending, of the people whose roles hold one of `words`. */
  sharing(words: string[]): number[] {
    const positions = new Set<number>();
    for (const word of words) for (const position of this.byWord.get(word) ?? []) positions.add(position);
    return [...positions].sort((a, b) => a - b);
  }

  /** Where the person was last mentioned before `at`, or -1. */
  lastMentionBefore(person: number, at: number): number {
    const starts = this.mentionStarts.get(person) ?? [];
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < at) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? starts[low - 1] : -1;
  }
}
