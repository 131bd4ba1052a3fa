import { Mention, Person, Sentence, Speaker, Statement } from '../article';
import { firstEndingAfter, indexHolding } from '../span-search';
import { NON_PERSON_WORDS, PLACE_NAMES } from '../lexicon/non-person-words';
import { NOT_NAME_START, PLURAL_SOURCE_NOUNS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/people-words';
import { STARTS_LOWER } from './letter-patterns';
import { isSpaceUnit } from './char-class';
import { pluralSourceBefore } from './plural-antecedents';

// Source nouns that `he` or `she` can refer back to: `A company spokesman said … He said …`.
const PERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'official', 'source', 'diplomat',
  'expert', 'lawyer', 'attorney', 'leader', 'minister', 'chairman', 'chairwoman', 'president', 'director', 'executive',
  'officer', 'general', 'investigator', 'economist', 'trader', 'dealer', 'banker', 'member', 'adviser', 'advisor',
  'aide', 'witness', 'resident', 'doctor', 'scientist', 'engineer', 'counselor', 'judge', 'prosecutor', 'negotiator',
  'envoy', 'ambassador', 'secretary', 'governor', 'mayor', 'chief', 'head', 'manager', 'woman', 'man', 'teacher',
  'businessman', 'businesswoman', 'congressman', 'congresswoman', 'actor', 'actress', 'widow', 'mother', 'father',
  'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'researcher', 'professor', 'author', 'owner', 'farmer',
  'worker', 'employee', 'student', 'nurse', 'driver', 'passenger', 'traveller', 'traveler', 'passer-by', 'shopper',
  'villager', 'soldier', 'victim', 'survivor', 'vendor', 'customer', 'girl', 'boy', 'lady', 'patient', 'pilot']);
const FEMALE_NOUNS = new Set(['spokeswoman', 'chairwoman', 'woman', 'businesswoman', 'congresswoman', 'actress', 'widow', 'mother', 'daughter', 'wife', 'sister', 'girl', 'lady']);
const MALE_NOUNS = new Set(['spokesman', 'chairman', 'man', 'businessman', 'congressman', 'actor', 'father', 'son', 'husband', 'brother', 'boy']);
const HEAD_ENDS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'to', 'close', 'who']);
const NOT_NAMES = new Set([...NON_PERSON_WORDS, ...TITLE_WORDS, ...ROLE_NOUNS, ...NOT_NAME_START]);
const PLACES = new Set(PLACE_NAMES);
// How far back (in paragraphs) a pronoun may reach for the previous statement's speaker.
const PERSON_REACH = 2;
const SOURCE_REACH = 3;

/**
 * `He said`, `she added`, `it said`, `they said`: in wire copy a pronoun speaker nearly always continues the
 * previous statement's speaker, which may be a person or an unnamed source (`a company spokesman`, `the report`).
 * A pronoun whose own sentence names a fitting person first keeps its mention's reading.
 */
export function resolveReferringSpeakers(text: string, statements: Statement[], people: Person[], mentions: Mention[], sentences: Sentence[] = []): void {
  // Where people are named (not by a pronoun): read at the first `he` or `she` speaker; most stories quote none.
  let namedStarts: number[] | undefined;
  const named = () => (namedStarts ??= namedMentionStarts(mentions));
  const recent: Statement[] = [];
  for (const statement of statements) {
    trailingPronoun(text, statement);
    const said = pronounSpoken(text, statement);
    const previous = recent[0];
    const opening = said === 'he' || said === 'she' ? openingPersonNoun(text, statement, said === 'he' ? 'male' : 'female', named()) : undefined;
    if (opening) {
      statement.speaker = opening;
    } else if ((said === 'he' || said === 'she') && previous) {
      const gender = said === 'he' ? 'male' : 'female';
      // The nearest earlier statement whose speaker fits: a statement by an inanimate source in between is skipped.
      // `Baldrige and Yeutter have expressed opposition, he said.`: whoever is reported on in a closing attribution's
      // own sentence is not the `he` reporting it, and names there do not stand between him and his last statement.
      const closing = closingPronoun(text, statement);
      const inReach = (candidate: Statement) => statement.paragraph - candidate.paragraph <= PERSON_REACH && !(closing && candidate.span.start === statement.span.start && candidate.verb.start < statement.verb.start);
      // Someone known by one name or initials (`Jasray said`) only when nothing else fits and the pronoun is unlinked.
      const antecedent = recent.find((candidate) => inReach(candidate) && fitsPronoun(candidate.speaker, gender, people))
        ?? (statement.speaker.kind === 'person' ? undefined : recent.find((candidate) => inReach(candidate) && candidate.speaker.kind === 'source' && looksLikeName(candidate.speaker.text.split(/\s+/))));
      // Someone named since that statement is likelier the `he` (`McGinn was convicted … He has denied …`).
      const namedSince = antecedent !== undefined && statement.speakerSpan !== undefined && anyBetween(named(), antecedent.span.end, closing ? statement.span.start : statement.speakerSpan.start);
      if (antecedent && !(namedSince && statement.speaker.kind === 'person')) statement.speaker = antecedent.speaker;
    } else if ((said === 'it' || said === 'they') && !isPassive(text, statement)) {
      const plural = said === 'they';
      const subject = plural ? undefined : previousSentenceSubject(text, sentences, statement, recent);
      // `The paper quoted industry sources as saying … It said …`: `it` is the paper that quoted them.
      const referent = (candidate: Statement) => (!plural && candidate.quotedBy?.kind === 'source' && !isBarePronoun(candidate.quotedBy) && !looksPlural(candidate.quotedBy.text) ? candidate.quotedBy : candidate.speaker);
      const antecedent = recent.find((candidate) => statement.paragraph - candidate.paragraph <= SOURCE_REACH && (plural && speaksForGroup(text, candidate) || (referent(candidate).kind === 'source' && looksPlural(sourceText(referent(candidate))) === plural)))
        // `They` may stand for a government or a company; `it` never for officials.
        ?? recent.find((candidate) => statement.paragraph - candidate.paragraph <= SOURCE_REACH && referent(candidate).kind === 'source' && (plural || !looksPlural(sourceText(referent(candidate)))));
      // `U.S. officials have cited a sample that they say …`: people named as a subject since the last statement.
      const people = plural && statement.speakerSpan ? pluralSourceBefore(text, windowStart(sentences, statement.speakerSpan.start, antecedent), statement.speakerSpan.start) : undefined;
      // `Donna Taylor and Belinda Durham said … They said`: the two people of the statement before.
      const pair = plural && previous && statement.paragraph - previous.paragraph <= PERSON_REACH ? coordinatedPeople(text, previous, mentions) : undefined;
      if (subject) statement.speaker = subject;
      else if (people) statement.speaker = { kind: 'source', text: people.text };
      else if (pair) statement.speaker = { kind: 'source', text: pair };
      else if (antecedent) statement.speaker = referent(antecedent);
    }
    if (!isBarePronoun(statement.speaker)) remember(recent, statement);
  }
}

/** The speaker's words in lower case when short enough to be `he`, `she`, `it` or `they` (the only ones compared), else ''. */
function pronounSpoken(text: string, statement: Statement): string {
  const span = statement.speakerSpan;
  return span && span.end - span.start <= 4 ? text.slice(span.start, span.end).toLowerCase() : '';
}

/** Puts `statement` first among the three most recent (in place: `unshift` is a slow builtin call on so short a list). */
function remember(recent: Statement[], statement: Statement): void {
  if (recent.length < 3) recent.push(statement);
  for (let i = recent.length - 1; i > 0; i--) recent[i] = recent[i - 1];
  recent[0] = statement;
}

function namedMentionStarts(mentions: Mention[]): number[] {
  const starts: number[] = [];
  for (const mention of mentions) if (mention.kind !== 'pronoun') starts.push(mention.span.start);
  return starts;
}

const MAX_CLOSING_TAIL_WORDS = 5;

/** `…, he said.`, `…," he told reporters, adding …`: a pronoun speaker after the words it reports, set off by a comma. */
function closingPronoun(text: string, statement: Statement): boolean {
  if (!statement.speakerSpan) return false;
  let at = statement.speakerSpan.start;
  while (at > statement.span.start && statement.speakerSpan.start - at < 6 && opensPronoun(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at - 1) !== 0x2c) return false; // ','
  // A few words after the verb, then punctuation or the end: not a clause of its own (`he emphasized that …`).
  const tail = text.slice(statement.verb.end, Math.min(statement.span.end, statement.verb.end + 80));
  const stop = tail.search(/[,.;:!?"“”]/);
  const words = (stop < 0 ? tail : tail.slice(0, stop)).split(/\s+/).filter(Boolean);
  return words.length <= MAX_CLOSING_TAIL_WORDS && (stop >= 0 || statement.verb.end + 80 >= statement.span.end);
}

/** `"”'’ \t\n\r`: the quotation marks and white space that may stand between a comma and a closing pronoun. */
function opensPronoun(code: number): boolean {
  return code === 0x20 || code === 0x22 || code === 0x201d || code === 0x27 || code === 0x2019 || code === 0x09 || code === 0x0a || code === 0x0d;
}

const PASSIVE_GAP = /^\s+(?:is|was|are|were|(?:has|have|had) been|will be|would be)\s+(?:also\s+|widely\s+|generally\s+)?$/i;
const OBJECT_MARKERS = new Set(['for', 'of', 'to', 'by', 'with', 'from', 'about', 'on', 'in', 'at', 'against', 'than']);
// Sentences before a `they` in which the people it refers to may be named, when no statement stands closer.
const PLURAL_REACH_SENTENCES = 2;

/** `Donna Taylor and Belinda Durham`: the names of a statement's person speaker and the person coordinated before them. */
function coordinatedPeople(text: string, statement: Statement, mentions: Mention[]): string | undefined {
  if (statement.speaker.kind !== 'person' || !statement.speakerSpan) return undefined;
  // `Lee, Reed and Cole said`: a list read as its first person keeps the whole list as the speaker's span.
  const named = text.slice(statement.speakerSpan.start, statement.speakerSpan.end);
  if (/\sand\s/.test(named)) return named.replace(/\s+/g, ' ');
  const start = statement.speakerSpan.start;
  if (!/\sand\s+$/.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  const after = firstEndingAfter(mentions, start - 1);
  const first = mentions[(after < 0 ? mentions.length : after) - 1];
  if (!first || first.kind === 'pronoun' || first.person === statement.speaker.person || !/^\s+and\s+$/.test(text.slice(first.span.end, start))) return undefined;
  return text.slice(first.span.start, statement.speakerSpan.end).replace(/\s+/g, ' ');
}

/** `It is estimated that …`, `it was announced`: no one is named as the speaker, so there is nothing to refer to. */
function isPassive(text: string, statement: Statement): boolean {
  if (!statement.speakerSpan || statement.speakerSpan.end > statement.verb.start || !/ed$/i.test(statement.verb.text)) return false;
  return PASSIVE_GAP.test(text.slice(statement.speakerSpan.end, statement.verb.start));
}

/** Where to look for the people a `they` refers to: after the last statement, at most a few sentences back. */
function windowStart(sentences: Sentence[], at: number, antecedent: Statement | undefined): number {
  const index = indexHolding(sentences, at);
  const earliest = index < 0 ? Math.max(0, at - 400) : sentences[Math.max(0, index - PLURAL_REACH_SENTENCES)].span.start;
  return antecedent ? Math.max(earliest, antecedent.span.end) : earliest;
}

/**
 * `the evidence they say they had`, `one day after they announced`: a speaker phrase read back to a clause's
 * opening words ends in the pronoun that is the real subject; the statement's speaker becomes that pronoun.
 */
function trailingPronoun(text: string, statement: Statement): void {
  if (statement.speaker.kind !== 'source' || !statement.speakerSpan) return;
  if (statement.speakerSpan.end > statement.verb.start) return;
  // Only a source whose last word is `it` or `they` is read: most are turned away before a slice and a split.
  if (!endsWithWord(text, statement.speakerSpan.start, statement.speakerSpan.end, 'it') && !endsWithWord(text, statement.speakerSpan.start, statement.speakerSpan.end, 'they')) return;
  const words = text.slice(statement.speakerSpan.start, statement.speakerSpan.end).split(/\s+/);
  const pronoun = words[words.length - 1];
  if (words.length < 2 || !/^(?:they|it)$/i.test(pronoun)) return;
  // `responsibility for it`: after a preposition the pronoun is an object; `it was announced` is passive.
  if (OBJECT_MARKERS.has(words[words.length - 2].toLowerCase())) return;
  if (/^\s+(?:was|were|is|are|been|being)\s/.test(text.slice(statement.speakerSpan.end, statement.verb.start + 1))) return;
  const start = statement.speakerSpan.end - pronoun.length;
  statement.speaker = { kind: 'source', text: pronoun };
  statement.speakerSpan = { start, end: statement.speakerSpan.end };
}

/** Whether white space, then `word` (lower-case ASCII, matched in any case), ends [start, end). */
function endsWithWord(text: string, start: number, end: number, word: string): boolean {
  const wordStart = end - word.length;
  if (wordStart - 1 < start || !isSpaceUnit(text.charCodeAt(wordStart - 1))) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(wordStart + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

// A sentence that opens with a determined singular noun as its subject (`The memorandum reviewed …`).
const OPENING_SUBJECT = /^\s*["“`']*((?:The|This|That)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*))\s+(?:\p{Ll}+ed|has|had|is|was|\p{Ll}+s)\b/u;

/**
 * `The memorandum reviewed … . It also noted …`: `it` continues the subject of the sentence before, when that
 * sentence has no statement of its own and its subject is a singular thing, not a person.
 */
function previousSentenceSubject(text: string, sentences: Sentence[], statement: Statement, recent: Statement[]): Speaker | undefined {
  const index = indexHolding(sentences, statement.span.start);
  if (index <= 0) return undefined;
  const before = sentences[index - 1];
  if (recent.some((candidate) => candidate.span.start >= before.span.start)) return undefined;
  const match = OPENING_SUBJECT.exec(text.slice(before.span.start, Math.min(before.span.end, before.span.start + 120)));
  if (!match || looksPlural(match[2]) || PERSON_NOUNS.has(match[2].toLowerCase())) return undefined;
  return { kind: 'source', text: match[1].replace(/\s+/g, ' ') };
}

// A sentence opened by a determined noun phrase and its verb: `A government office worker was …`.
const OPENING_NOUN_PHRASE = /^\s*((?:A|An|The|One)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:was|is|had|has|\p{Ll}+ed|\p{Ll}+s)\b/u;

/**
 * `A government office worker was another beneficiary: "…," she remarked.`: a pronoun speaker whose own sentence
 * opens with a singular person noun of its gender, and names nobody before it, refers to that noun.
 */
function openingPersonNoun(text: string, statement: Statement, gender: 'male' | 'female', namedStarts: number[]): Speaker | undefined {
  if (!statement.speakerSpan || statement.speakerSpan.start <= statement.span.start) return undefined;
  const match = OPENING_NOUN_PHRASE.exec(text.slice(statement.span.start, Math.min(statement.speakerSpan.start, statement.span.start + 120)));
  if (!match) return undefined;
  const head = match[2].toLowerCase();
  if (!PERSON_NOUNS.has(head) || (FEMALE_NOUNS.has(head) ? 'female' : MALE_NOUNS.has(head) ? 'male' : gender) !== gender) return undefined;
  if (anyBetween(namedStarts, statement.span.start, statement.speakerSpan.start)) return undefined;
  return { kind: 'source', text: match[1].replace(/\s+/g, ' ') };
}

// Nouns for a body of people that `they` may refer to (`The research team said … They noted`).
const COLLECTIVE_NOUNS = /(?:^|\s)(?:team|group|panel|committee|delegation|couple|family|crew|staff|squad|band|jury|board)$/i;
const LED_BY = /(?:team|group|panel|committee|delegation|coalition|consortium|crew|squad)\s+(?:led|headed)\s+by\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;

/** `The research team said`, `a group led by Dr. Ann Lowe said`: a statement made by a body of people. */
function speaksForGroup(text: string, statement: Statement): boolean {
  if (statement.speaker.kind === 'source') return COLLECTIVE_NOUNS.test(statement.speaker.text);
  if (statement.speaker.kind !== 'person' || !statement.speakerSpan) return false;
  return LED_BY.test(text.slice(Math.max(0, statement.speakerSpan.start - 60), statement.speakerSpan.start));
}

function looksPlural(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const written = words[words.length - 1] ?? '';
  const head = written.toLowerCase();
  if (/^(?:people|police|officials|sources)$/.test(head)) return true;
  // `E-Systems`, `Houston Metals`, `General Partners`: a name ending in -s is one firm, not a plural of people
  // (`Analysts`, `Dealers` opening a sentence and `U.S. officials` are).
  if (/^\p{Lu}/u.test(written) && !PLURAL_SOURCE_NOUNS.has(head) && (words.length > 1 ? (words.length > 2 || words[0] !== 'The') && words.every((word) => /^(?:\p{Lu}|&$|and$|of$)/u.test(word)) : /\p{Lu}/u.test(written.slice(1)) || /-/.test(written))) return false;
  return /[^s]s$/.test(head);
}

/** Whether a sorted list holds a value in [from, to): binary search, so the whole pass stays linear-logarithmic. */
function anyBetween(sorted: number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] < to;
}

function fitsPronoun(speaker: Speaker, gender: 'male' | 'female', people: Person[]): boolean {
  if (speaker.kind === 'person') return (people[speaker.person]?.gender ?? gender) === gender;
  if (speaker.kind !== 'source') return false;
  const words = speaker.text.split(/\s+/);
  // `A spokeswoman for Kent Police`: the head noun stands before the first preposition.
  const cut = words.findIndex((word, index) => index > 0 && HEAD_ENDS.has(word.toLowerCase()));
  // `a Council for Economic Planning and Development spokesman`: a name with its preposition modifies the last word.
  const nameThenNoun = cut > 0 && words.slice(cut - 1, -1).every((word, index) => index === 1 || /^(?:\p{Lu}|and$|of$|&$)/u.test(word)) && STARTS_LOWER.test(words[words.length - 1]);
  const head = (cut > 0 && !nameThenNoun ? words[cut - 1] : words[words.length - 1]).toLowerCase();
  return PERSON_NOUNS.has(head) && (FEMALE_NOUNS.has(head) ? 'female' : MALE_NOUNS.has(head) ? 'male' : gender) === gender;
}

/**
 * `Jasray`, `J. Mati`, `S.K. Shariff`: a short capitalised source that names no place, firm or office is someone
 * known by one name or by initials, whom a later `he` or `she` continues.
 */
function looksLikeName(words: string[]): boolean {
  if (words.length > 3 || !words.every((word) => /^\p{Lu}[\p{Ll}'’-]|^(?:\p{Lu}\.)+$/u.test(word))) return false;
  const last = words[words.length - 1];
  if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
  // Not `Authorities` or `Generally`: a plural of people or an adverb that opened the clause.
  if (words.length === 1 && (PLURAL_SOURCE_NOUNS.has(last.toLowerCase()) || /ly$/.test(last))) return false;
  return !words.some((word) => NOT_NAMES.has(word.toLowerCase())) && !PLACES.has(words.join(' ').toLowerCase());
}

function sourceText(speaker: Speaker): string {
  return speaker.kind === 'source' ? speaker.text : '';
}

function isBarePronoun(speaker: Speaker): boolean {
  return speaker.kind !== 'person' && speaker.text.length <= 4 && /^(?:he|she|it|they|we|i)$/i.test(speaker.text);
}
