import { GIVEN_NAME, HEADLINE_VERB, LOWERCASE_TITLE, NOT_NAME_START, PARTICLE_FOLDED, TIME_WORD } from '../lexicon/word-classes';
import { CAPITALISED, JOINED, POSSESSIVE, TokenStream } from './token-stream';

/** Capital initials, with or without full stops. */
const INITIALS = /^(?:\p{Lu}\.?)+$/u;
/** Initials with full stops: `U.S.`, `U.K`. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?$/u;
/** Two capital letters. */
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/**
 * The words of every name run of an article, run after run, in parallel arrays: a run, and each part of its reading,
 * is a range of positions in them. A word's text and classes are copied from the stream once, as the run is found,
 * into arrays that the readings then read in order (no object per word).
 */
export class RunWords {
  count = 0;
  private readonly texts: string[] = [];
  /** The word's index in the stream. */
  private readonly indices: number[] = [];
  private readonly classList: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly capitals: boolean[] = [];

  constructor(readonly stream: TokenStream) {}

  /** Adds the stream's word `index` at the next position. */
  push(index: number): void {
    const { stream } = this;
    this.texts.push(stream.word(index));
    this.indices.push(index);
    this.classList.push(stream.classesAt(index));
    this.starts.push(stream.starts[index]);
    this.ends.push(stream.ends[index]);
    this.capitals.push((stream.flags[index] & CAPITALISED) !== 0);
    this.count++;
  }

  /** The word at position `k` as written (without a possessive ending or a sentence period). */
  text(k: number): string {
    return this.texts[k];
  }

  /** The word at position `k` folded (`foldName`), as the word table keeps it for the stream's word. */
  folded(k: number): string {
    return this.stream.folded(this.indices[k]);
  }

  /** The lexicon's classes of the word at position `k` (bits of word-classes.ts). */
  classes(k: number): number {
    return this.classList[k];
  }

  start(k: number): number {
    return this.starts[k];
  }

  end(k: number): number {
    return this.ends[k];
  }

  capitalised(k: number): boolean {
    return this.capitals[k];
  }

  /** Whether any word at positions `from` to `to - 1` has one of the classes `bits`. */
  anyHas(from: number, to: number, bits: number): boolean {
    for (let k = from; k < to; k++) if (this.classList[k] & bits) return true;
    return false;
  }

  /** The words at positions `from` to `to - 1`, a space between each: `Miguel Diaz-Canel`. */
  joined(from: number, to: number): string {
    let joined = this.text(from);
    for (let k = from + 1; k < to; k++) joined = `${joined} ${this.text(k)}`;
    return joined;
  }
}

/**
 * A run of capitalised words (with name particles and lower-case titles inside), as found in a sentence: the words
 * at positions `from` to `to - 1` of its RunWords.
 */
export interface NameRun {
  from: number;
  to: number;
  sentence: number;
  /** The stream index of the word just before the run in its sentence, when only spaces separate them; else -1. */
  before: number;
  /** True when the run opens its sentence (its capital may be the sentence's, not a name's). */
  sentenceInitial: boolean;
}

/** The name runs of one sentence's words, cleaned of sentence-opening words and trailing dates, added to `runs`. */
export function nameRuns(words: RunWords, sentence: number, runs: NameRun[] = []): NameRun[] {
  const { stream } = words;
  const first = stream.sentenceFirst[sentence];
  const last = stream.sentenceFirst[sentence + 1];
  const { flags } = stream;
  // Word indices of the run being read, `current[0]` to `current[size - 1]` (not contiguous when a nickname is
  // skipped): one array shared by every sentence, and no closure per sentence.
  const current = runWords;
  let size = 0;
  let currentIndex = 0;
  for (let i = first; i < last; i++) {
    // Outside a run, a lower-case word (most words) can only open one as a lower-case title: it is no nickname (a
    // nickname is capitalised), needs no joining test, and a possessive one would be flushed away at once.
    if (size === 0 && (flags[i] & CAPITALISED) === 0) {
      if (stream.mayBeLowercaseTitle(i) && (flags[i] & POSSESSIVE) === 0 && leadsOn(stream, i, last) && (stream.classesAt(i) & LOWERCASE_TITLE) !== 0) {
        currentIndex = i;
        current[size++] = i;
      }
      continue;
    }
    if (isNickname(stream, first, last, i)) continue;
    // A lower-case word of neither a particle's nor a title's shape (most words) is settled before the word after it
    // is read.
    const fits = (flags[i] & CAPITALISED) !== 0 || (((size > 0 && stream.mayBeFoldedParticle(i)) || stream.mayBeLowercaseTitle(i)) && leadsOn(stream, i, last) &&
      ((size > 0 && stream.mayBeFoldedParticle(i) && (stream.classesAt(i) & PARTICLE_FOLDED) !== 0) || (stream.mayBeLowercaseTitle(i) && (stream.classesAt(i) & LOWERCASE_TITLE) !== 0)));
    const joined = (flags[i] & JOINED) !== 0 || (i - first >= 2 && isNickname(stream, first, last, i - 1));
    if (size > 0 && (!fits || !joined)) size = flush(runs, words, current, size, currentIndex, sentence);
    if (fits) {
      if (size === 0) currentIndex = i;
      current[size++] = i;
    }
    if (size > 0 && flags[i] & POSSESSIVE) size = flush(runs, words, current, size, currentIndex, sentence);
  }
  flush(runs, words, current, size, currentIndex, sentence);
  return runs;
}

const runWords: number[] = [];

/** Adds the run read so far, without trailing lower-case words; returns the new size of the run being read (0). */
function flush(runs: NameRun[], words: RunWords, current: number[], size: number, currentIndex: number, sentence: number): number {
  while (size > 0 && !(words.stream.flags[current[size - 1]] & CAPITALISED)) size--;
  if (size > 0) pushCleaned(runs, words, current, 0, size, currentIndex, sentence);
  return 0;
}

/**
 * Whether the word after lower-case word `i` may carry a run on to a capital: joined to it, and capitalised or of a
 * title's or particle's shape. A run ends on a capital (flush trims lower-case words off its end), so a lower-case
 * word that nothing can follow that way changes no run: most are settled here, without a look-up of their classes.
 */
function leadsOn(stream: TokenStream, i: number, last: number): boolean {
  const next = i + 1;
  if (next >= last || (stream.flags[next] & JOINED) === 0) return false;
  return (stream.flags[next] & CAPITALISED) !== 0 || stream.mayBeLowercaseTitle(next) || stream.mayBeFoldedParticle(next);
}

/** `Juan Carlos (JC) Moreno`, `Julio "Julito" Varela`: a nickname between two parts of a name is skipped. */
function isNickname(stream: TokenStream, first: number, last: number, i: number): boolean {
  // A joined word has only white space before it: no bracket or quotation mark (most words end here, unread).
  if (stream.flags[i] & JOINED) return false;
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
function pushCleaned(runs: NameRun[], words: RunWords, run: number[], from: number, to: number, index: number, sentence: number): void {
  const { stream } = words;
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
  const before = first > sentenceStart && flags[first] & JOINED ? first - 1 : -1;
  const runFrom = words.count;
  for (let k = start; k < end; k++) words.push(run[k]);
  runs.push({ from: runFrom, to: words.count, sentence, before, sentenceInitial: first === sentenceStart });
  // What follows may be a name of its own (`Thursday Bill Clinton`, `Appoints Jane Doe`).
  if (end < to) pushCleaned(runs, words, run, end + 1, to, index + (end - from) + 1, sentence);
}

// Month names that are also surnames (`Theresa May`, `Dr. John S. March`, `Pernilla August`).
const MONTH_SURNAMES = new Set(['march', 'april', 'may', 'june', 'august']);
/** The longest of MONTH_SURNAMES. */
const LONGEST_MONTH_SURNAME = 6;

/**
 * `MONTH_SURNAMES.has(word.toLowerCase())`. Lower case never makes a word shorter, so a longer word (most) is no month
 * and needs no lower-case copy.
 */
export function isMonthSurnameWord(word: string): boolean {
  return word.length <= LONGEST_MONTH_SURNAME && MONTH_SURNAMES.has(word.toLowerCase());
}

/**
 * `Theresa May`, `Dr. John S. March`: a month name written in full right after a given name or an initial is the
 * surname, unless a day's number follows it (`Bill Clinton May 5` keeps the date out of the name).
 */
export function isMonthSurname(stream: TokenStream, run: number[], start: number, at: number): boolean {
  if (at <= start || !isMonthSurnameWord(stream.word(run[at]))) return false;
  const previous = run[at - 1];
  if (!(stream.classesAt(previous) & GIVEN_NAME) && !isInitial(stream.word(previous))) return false;
  return !/^\s*\d/.test(stream.text.slice(stream.ends[run[at]], stream.ends[run[at]] + 4));
}

/** `J.`, `O.J`, `C`: initials stand in a name but prove nothing about it. */
export function isInitial(word: string): boolean {
  // Two letters, each with at most one period, fill four characters: a longer word is no initial (most words).
  if (word.length > 4) return false;
  // ASCII read as code units: one or two capitals, each followed by at most one period.
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return INITIALS.test(word) && word.replace(/\./g, '').length <= 2;
    if (code < 0x41 || code > 0x5a) return false;
    capitals++;
    if (i + 1 < word.length && word.charCodeAt(i + 1) === 0x2e) i++;
  }
  return capitals > 0 && capitals <= 2;
}

/**
 * An ASCII letter, then lower-case ASCII letters only: no digit, hyphen or period, no capital after the first letter,
 * so neither an acronym nor a describing compound, a dotted brand or glued words.
 */
export function isPlainWord(word: string): boolean {
  const first = word.charCodeAt(0) | 0x20;
  if (first < 0x61 || first > 0x7a) return false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Written in capitals, two or more of them, and not initials with full stops: `NATO`, `IBM` (not `U.S.`). */
export function isAcronym(word: string): boolean {
  // A lower-case ASCII letter changes in upper case: such a word (most) needs no upper-case copy.
  return word.length > 1 && !hasAsciiLower(word) && word === word.toUpperCase() && TWO_CAPITALS.test(word) && !DOTTED_INITIALS.test(word);
}

function hasAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}
