import { Lexicon } from '../lexicon/lexicon';
import { COMMON_SURNAME, GIVEN_NAME, HEADLINE_VERB, LOWERCASE_TITLE, NOT_NAME_START, PARTICLE_FOLDED, ROLE_NOUN, ROLE_ONLY, TIME_WORD, TITLE } from '../lexicon/word-classes';
import { CAPITALISED, JOINED, POSSESSIVE, TokenStream } from './token-stream';
import { Token, tokenAt } from './tokens';
import { HAS_LETTER, STARTS_UPPER } from './letter-patterns';

/** Capital initials, with or without full stops. */
const INITIALS = /^(?:\p{Lu}\.?)+$/u;

/** A run of capitalised words (with name particles and lower-case titles inside), as found in a sentence. */
export interface NameRun {
  tokens: Token[];
  sentence: number;
  /** The word just before the run in its sentence, when only spaces separate them. */
  before?: Token;
  /** True when the run opens its sentence (its capital may be the sentence's, not a name's). */
  sentenceInitial: boolean;
}

/** A run read as title words and name words: `Cuban President` + `Miguel Diaz-Canel`. */
export interface Reading {
  titleTokens: Token[];
  nameTokens: Token[];
  /** A person's office stands before the run and its `of`: `Director of` + `Planning Kang'ethe Gitu`. */
  afterOffice: boolean;
}

const MAX_NAME_WORDS = 5;
const OFFICE_LINKS = new Set(['of', 'for']);

/** The name runs of one sentence's words, cleaned of sentence-opening words and trailing dates, added to `runs`. */
export function nameRuns(stream: TokenStream, sentence: number, runs: NameRun[] = []): NameRun[] {
  const first = stream.sentenceFirst[sentence];
  const last = stream.sentenceFirst[sentence + 1];
  const { flags } = stream;
  // Word indices of the run being read, `current[0]` to `current[size - 1]` (not contiguous when a nickname is
  // skipped): one array shared by every sentence, and no closure per sentence.
  const current = runWords;
  let size = 0;
  let currentIndex = 0;
  for (let i = first; i < last; i++) {
    if (isNickname(stream, first, last, i)) continue;
    const fits = (flags[i] & CAPITALISED) !== 0 || (size > 0 && stream.mayBeFoldedParticle(i) && (stream.classesAt(i) & PARTICLE_FOLDED) !== 0) ||
      (stream.mayBeLowercaseTitle(i) && (stream.classesAt(i) & LOWERCASE_TITLE) !== 0);
    const joined = (flags[i] & JOINED) !== 0 || (i - first >= 2 && isNickname(stream, first, last, i - 1));
    if (size > 0 && (!fits || !joined)) size = flush(runs, stream, current, size, currentIndex, sentence);
    if (fits) {
      if (size === 0) currentIndex = i;
      current[size++] = i;
    }
    if (size > 0 && flags[i] & POSSESSIVE) size = flush(runs, stream, current, size, currentIndex, sentence);
  }
  flush(runs, stream, current, size, currentIndex, sentence);
  return runs;
}

const runWords: number[] = [];

/** Adds the run read so far, without trailing lower-case words; returns the new size of the run being read (0). */
function flush(runs: NameRun[], stream: TokenStream, current: number[], size: number, currentIndex: number, sentence: number): number {
  while (size > 0 && !(stream.flags[current[size - 1]] & CAPITALISED)) size--;
  if (size > 0) pushCleaned(runs, stream, current, 0, size, currentIndex, sentence);
  return 0;
}

/** `Juan Carlos (JC) Moreno`, `Julio "Julito" Varela`: a nickname between two parts of a name is skipped. */
function isNickname(stream: TokenStream, first: number, last: number, i: number): boolean {
  const { text, starts, ends } = stream;
  // Not read before the text (charCodeAt(-1) is NaN, a miss that deoptimises nameRuns): 0 opens no nickname.
  const opening = starts[i] > 0 ? text.charCodeAt(starts[i] - 1) : 0;
  // Cheap exit for almost every word: a nickname opens right after `(` or a quotation mark.
  if (opening !== 0x28 && opening !== 0x22 && opening !== 0x201c && opening !== 0x2018 && opening !== 0x27) return false;
  if (i <= first || i + 1 >= last) return false;
  if (!stream.has(i - 1, CAPITALISED) || !stream.has(i + 1, CAPITALISED) || !stream.has(i, CAPITALISED)) return false;
  const before = text.slice(ends[i - 1], starts[i]);
  const after = text.slice(ends[i], starts[i + 1]);
  return (/^\s*\(\s*$/.test(before) && /^\s*\)\s*$/.test(after)) || (/^\s*[“"‘']\s*$/.test(before) && /^\s*[”"’']\s*$/.test(after));
}

/**
 * Adds the run of word indices `run[from]` to `run[to - 1]` (whose first word is `index`), without the words that
 * open no name and cut at a date or a headline verb: `Bill Clinton Thursday`, `Acme Appoints Jane Doe`.
 */
function pushCleaned(runs: NameRun[], stream: TokenStream, run: number[], from: number, to: number, index: number, sentence: number): void {
  const { flags } = stream;
  let start = from;
  while (start < to && (stream.classesAt(run[start]) & (NOT_NAME_START | TIME_WORD | HEADLINE_VERB)) !== 0) start++;
  let end = start;
  while (end < to && ((stream.classesAt(run[end]) & (TIME_WORD | HEADLINE_VERB)) === 0 || isMonthSurname(stream, run, start, end))) end++;
  while (end > start && !(flags[run[end - 1]] & CAPITALISED)) end--;
  if (end <= start) return;
  // Counted from `index` as if the run had no gap (a skipped nickname shifts it; kept as the parser has read it).
  const first = index + (start - from);
  const sentenceStart = stream.sentenceFirst[sentence];
  const before = first > sentenceStart && flags[first] & JOINED ? tokenAt(stream, first - 1) : undefined;
  // Most runs are one word: a literal holds it in one slot, where push() into `[]` reserves seventeen.
  let tokens: Token[];
  if (end - start === 1) tokens = [tokenAt(stream, run[start])];
  else {
    tokens = [];
    for (let k = start; k < end; k++) tokens.push(tokenAt(stream, run[k]));
  }
  runs.push({ tokens, sentence, before, sentenceInitial: first === sentenceStart });
  // What follows may be a name of its own (`Thursday Bill Clinton`, `Appoints Jane Doe`).
  if (end < to) pushCleaned(runs, stream, run, end + 1, to, index + (end - from) + 1, sentence);
}

// Month names that are also surnames (`Theresa May`, `Dr. John S. March`, `Pernilla August`).
export const MONTH_SURNAMES = new Set(['march', 'april', 'may', 'june', 'august']);

/**
 * `Theresa May`, `Dr. John S. March`: a month name written in full right after a given name or an initial is the
 * surname, unless a day's number follows it (`Bill Clinton May 5` keeps the date out of the name).
 */
export function isMonthSurname(stream: TokenStream, run: number[], start: number, at: number): boolean {
  if (at <= start || !MONTH_SURNAMES.has(stream.word(run[at]).toLowerCase())) return false;
  const previous = run[at - 1];
  if (!(stream.classesAt(previous) & GIVEN_NAME) && !isInitial(stream.word(previous))) return false;
  return !/^\s*\d/.test(stream.text.slice(stream.ends[run[at]], stream.ends[run[at]] + 4));
}

/** Splits a run into its title part and its name part, from the classes its words were read with. */
export function readRun(tokens: Token[]): Reading | undefined {
  let lastTitle = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (tokens[i].classes & TITLE) lastTitle = i;
  let nameStart = lastTitle + 1;
  // `Investor Sumner Redstone`, `Singer Bob Dylan`: a capitalised role noun opening a longer run is the title.
  if (nameStart === 0 && tokens.length > 2 && tokens[0].classes & ROLE_NOUN && !(tokens[0].classes & (GIVEN_NAME | COMMON_SURNAME))) nameStart = 1;
  // Organisation or descriptive words before a known given name belong to the title: `Grand Wizard David Duke`,
  // `Federal Minister for Science and Technology Peter McGauran`.
  for (let i = tokens.length - 2; i > nameStart; i--) {
    if (tokens[i].classes & GIVEN_NAME && !(tokens[nameStart].classes & GIVEN_NAME) && !isInitial(tokens[nameStart].text)) {
      nameStart = i;
      break;
    }
  }
  // `Names Carla Mendel Editor of the Year`: an office after a full name is not part of it.
  let nameEnd = tokens.length;
  while (nameEnd - nameStart > 2 && tokens[nameStart].classes & GIVEN_NAME && tokens[nameEnd - 1].classes & ROLE_ONLY) nameEnd--;
  let first = nameStart;
  while (first < nameEnd && tokens[first].classes & PARTICLE_FOLDED && !tokens[first].capitalised) first++;
  if (first === nameEnd || nameEnd - first > MAX_NAME_WORDS) return undefined;
  // Most runs are one name and nothing else: they share the run's array (nobody changes a reading's arrays).
  const nameTokens = first === 0 && nameEnd === tokens.length ? tokens : tokens.slice(first, nameEnd);
  // Every reading has the same fields and arrays of the same kind (an empty slice, not an empty literal, which V8
  // keeps as an array of small integers): code optimised on one reading then runs on all without deoptimising.
  return { titleTokens: nameStart === 0 ? NO_TITLE : tokens.slice(0, nameStart), nameTokens, afterOffice: false };
}

// The title of the many runs without one: one shared empty array (nobody changes a reading's arrays), sliced from
// an array of objects so that it has the elements kind of every other title (an empty literal has another).
const NO_TITLE: Token[] = [{} as Token].slice(0, 0);

/**
 * `Director of Planning Kang'ethe Gitu`: the run after a capitalised office's `of` (or `for`) opens with the
 * department, which belongs to the title. Without a given name to mark where the name starts (`readRun` finds those),
 * the name is taken as the last two words. A lower-case office (`chairman of Shearson Lehman Brothers`) or one set off
 * after a name is followed by its organisation instead.
 */
export function readAfterOffice(run: NameRun, reading: Reading | undefined, text: string, lexicon: Lexicon): Reading | undefined {
  if (!reading || reading.titleTokens.length > 0 || reading.nameTokens.length < 3 || !run.before) return reading;
  if (!OFFICE_LINKS.has(run.before.text) || lexicon.givenNameGender(reading.nameTokens[0].text)) return reading;
  const office = wordBefore(text, run.before.start);
  if (!office || !STARTS_UPPER.test(office.word) || !lexicon.isPersonTitle(office.word) || inAppositive(text, office.start)) return reading;
  const split = reading.nameTokens.length - 2;
  return { titleTokens: reading.nameTokens.slice(0, split), nameTokens: reading.nameTokens.slice(split), afterOffice: true };
}

/** The word (letters only) that ends right before `at`, white space between. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && isBlank(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 40 && HAS_LETTER.test(text[start - 1])) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

/**
 * `Roger Hemminghaus, President of Diamond Shamrock Refining`, `Lee, new head coach for Suwon …`: an office set off
 * by a comma after a name describes that name, and the run after its `of` is the organisation.
 */
function inAppositive(text: string, officeStart: number): boolean {
  let at = officeStart;
  // Back over the capitalised words of the office (`Senior Managing Director`, `Mongolian Minister`).
  for (let words = 0; words < 4; words++) {
    const previous = wordBefore(text, at);
    if (!previous || !STARTS_UPPER.test(previous.word)) break;
    at = previous.start;
  }
  while (at > 0 && isBlank(text[at - 1])) at--;
  // `…," Director of Planning Kang'ethe Gitu said`: the comma closes a quotation, not a name.
  return text.charCodeAt(at - 1) === 0x2c && !/["”'’]/.test(text[at - 2] ?? '');
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

/** `J.`, `O.J`, `C`: initials stand in a name but prove nothing about it. */
export function isInitial(word: string): boolean {
  // Two letters, each with at most one period, fill four characters: a longer word is no initial (most words).
  if (word.length > 4) return false;
  return INITIALS.test(word) && word.replace(/\./g, '').length <= 2;
}
