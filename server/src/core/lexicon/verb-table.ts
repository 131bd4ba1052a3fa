import { isAsciiLetter, isLetterOrMark, lettersEnd } from '../parse/word-scan';
import { REPORTING_PARTICIPLES, REPORTING_VERBS, ReportingVerb, reportingVerb } from './reporting-verbs';

/**
 * The reporting verbs keyed on their first word, lower case, longest first. A word of ASCII letters is found here
 * in place (asciiCandidatesAt); for other words the lexicon marks those whose letter runs hold such a first word (a
 * class bit, see word-classes.ts), so the verb scan looks up only those here.
 */
export class VerbTable {
  private readonly byFirstWord = new Map<string, ReportingVerb[]>();
  readonly maxWordLength: number;
  /**
   * The first words of ASCII letters by shape (first, second and last letters, and length): slot → index + 1 into
   * asciiWords and asciiVerbs (0: empty), open addressing. The verb scan asks for every ASCII word of the article:
   * an empty slot turns most away at once, and a word in a filled one is compared letter by letter, without a
   * slice, a case fold or a look-up in the word table.
   */
  private readonly asciiSlots: Int32Array;
  private readonly asciiMask: number;
  /**
   * A filter before the slots, small enough to stay in cache: by first and last letter (26 × 26), a bit for each
   * length of a first word (31 for any longer). Seven words in eight are turned away by it, without the hash.
   */
  private readonly asciiEnds = new Uint32Array(26 * 26);
  /** A coarser filter before asciiEnds, by last letter alone: the scan reads a word's first letter for two words in five. */
  private readonly asciiLastLengths = new Uint32Array(26);
  private readonly asciiWords: string[] = [];
  private readonly asciiVerbs: ReportingVerb[][] = [];
  /** Whether each of asciiWords is a reporting participle (REPORTING_PARTICIPLES), whatever verbs it opens here. */
  private readonly asciiParticiples: boolean[] = [];

  constructor(verbs: readonly ReportingVerb[]) {
    let longest = 0;
    for (const verb of verbs) {
      const first = verb.words[0];
      const list = this.byFirstWord.get(first) ?? [];
      // A configured verb replaces a built-in one of the same words: it counts wherever it stands.
      const same = list.findIndex((other) => other.words.join(' ') === verb.words.join(' '));
      if (same >= 0) list.splice(same, 1);
      list.push(verb);
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirstWord.set(first, list);
      longest = Math.max(longest, first.length);
    }
    this.maxWordLength = longest;
    const asciiFirstWords = [...this.byFirstWord.keys()].filter((first) => /^[a-z]+$/.test(first));
    // At most a quarter of the slots filled (a long configured list gets more of them): probing stays short.
    let slots = MIN_SHAPE_SLOTS;
    while (slots < asciiFirstWords.length * 4) slots *= 2;
    this.asciiSlots = new Int32Array(slots);
    this.asciiMask = slots - 1;
    for (const first of asciiFirstWords) this.addAsciiWord(first, this.byFirstWord.get(first) ?? []);
  }

  private addAsciiWord(word: string, verbs: ReportingVerb[]): void {
    const length = word.length;
    let slot = shapeOf(word.charCodeAt(0), length > 1 ? word.charCodeAt(1) : 0, word.charCodeAt(length - 1), length) & this.asciiMask;
    while (this.asciiSlots[slot] !== 0) slot = (slot + 1) & this.asciiMask;
    this.asciiWords.push(word);
    this.asciiVerbs.push(verbs);
    this.asciiParticiples.push(REPORTING_PARTICIPLES.has(word));
    this.asciiSlots[slot] = this.asciiWords.length;
    this.asciiEnds[endsIndex(word.charCodeAt(0), word.charCodeAt(word.length - 1))] |= lengthBit(word.length);
    this.asciiLastLengths[word.charCodeAt(word.length - 1) - 0x61] |= lengthBit(word.length);
  }

  /** The verbs whose first word is `text.slice(start, end)` (a letter run) in any letter case. */
  candidatesAt(text: string, start: number, end: number): ReportingVerb[] | undefined {
    return end - start <= this.maxWordLength ? this.byFirstWord.get(text.slice(start, end).toLowerCase()) : undefined;
  }

  /** candidatesAt for `text.slice(start, end)`, a run of ASCII letters (nothing else), read in place. */
  asciiCandidatesAt(text: string, start: number, end: number): ReportingVerb[] | undefined {
    const length = end - start;
    const first = text.charCodeAt(start) | 0x20;
    const last = text.charCodeAt(end - 1) | 0x20;
    // The filter alone, kept small so that the verb scan's loop has it inlined: the slots are read for one word in eight.
    return (this.asciiEnds[endsIndex(first, last)] & lengthBit(length)) === 0 ? undefined : this.asciiSlotsAt(text, start, end, first, last);
  }

  /**
   * asciiCandidatesAt given the run's last letter, lower case (the verb scan has read it already): the first letter
   * is read only when a first word of this length ends with that letter.
   */
  asciiCandidatesEndingIn(text: string, start: number, end: number, last: number): ReportingVerb[] | undefined {
    const length = end - start;
    if ((this.asciiLastLengths[last - 0x61] & lengthBit(length)) === 0) return undefined;
    const first = text.charCodeAt(start) | 0x20;
    return (this.asciiEnds[endsIndex(first, last)] & lengthBit(length)) === 0 ? undefined : this.asciiSlotsAt(text, start, end, first, last);
  }

  private asciiSlotsAt(text: string, start: number, end: number, first: number, last: number): ReportingVerb[] | undefined {
    const entry = this.asciiEntryAt(text, start, end, first, last);
    return entry < 0 ? undefined : this.asciiVerbs[entry];
  }

  /** The index into asciiWords of the run's first word, or -1. */
  private asciiEntryAt(text: string, start: number, end: number, first: number, last: number): number {
    const length = end - start;
    const mask = this.asciiMask;
    for (let slot = shapeOf(first, length > 1 ? text.charCodeAt(start + 1) | 0x20 : 0, last, length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.asciiSlots[slot];
      if (entry === 0) return -1;
      const word = this.asciiWords[entry - 1];
      if (word.length === length && sameLettersAnyCase(word, text, start)) return entry - 1;
    }
  }

  /**
   * Whether the lexicon classes the word `text.slice(start, end)` a reporting participle (lexicon.ts: its lower-case
   * ASCII letters up to the first other character are one), read in place: no slice, no look-up in the word table.
   * Every participle is a verb's first word of lower-case ASCII letters, so it has its entry here.
   */
  opensWithParticiple(text: string, start: number, end: number): boolean {
    let at = start;
    while (at < end && text.charCodeAt(at) >= 0x61 && text.charCodeAt(at) <= 0x7a) at++;
    if (at === start) return false;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(at - 1);
    if ((this.asciiEnds[endsIndex(first, last)] & lengthBit(at - start)) === 0) return false;
    const entry = this.asciiEntryAt(text, start, at, first, last);
    return entry >= 0 && this.asciiParticiples[entry];
  }

  /**
   * holdsFirstWord for `text.slice(start, end)` read in place, in one walk: 1 or 0 for a word of ASCII characters,
   * -1 for a word holding any other (the caller asks the lexicon's class, which folds case as Unicode does).
   */
  asciiFirstWordIn(text: string, start: number, end: number): number {
    let holds = 0;
    let runStart = -1;
    let previous = 0;
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code >= 0x80) return -1;
      if (isAsciiLetter(code)) {
        if (runStart < 0) runStart = at;
      } else if (runStart >= 0) {
        if (holds === 0 && this.asciiCandidatesEndingIn(text, runStart, at, previous | 0x20)) holds = 1;
        runStart = -1;
      }
      previous = code;
    }
    if (runStart >= 0 && holds === 0 && this.asciiCandidatesEndingIn(text, runStart, end, previous | 0x20)) holds = 1;
    return holds;
  }

  /** Whether some letter run of `word` (split at hyphens, apostrophes, periods, …) is a verb's first word. */
  holdsFirstWord(word: string): boolean {
    let at = 0;
    while (at < word.length) {
      while (at < word.length && !isLetterOrMark(word.charCodeAt(at))) at++;
      const end = lettersEnd(word, at, word.length);
      if (end > at && this.candidatesAt(word, at, end)) return true;
      at = end;
    }
    return false;
  }
}

const MIN_SHAPE_SLOTS = 8192;

/** Whether `text` from `start` holds `word` (lower-case ASCII letters) in any letter case; the text there is ASCII letters. */
function sameLettersAnyCase(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

/** A hash of a word's first, second and last letters (lower-case ASCII; 0 for no second) and length. */
function shapeOf(first: number, second: number, last: number, length: number): number {
  return (Math.imul(Math.imul(Math.imul(first, 31) + second, 31) + last, 31) + length) | 0;
}

/** The asciiEnds entry of a word's first and last letters, lower-case ASCII. */
function endsIndex(first: number, last: number): number {
  return (first - 0x61) * 26 + (last - 0x61);
}

function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export const BUILT_IN_VERBS = new VerbTable(REPORTING_VERBS);

/** opensWithParticiple of the built-in verbs (each table answers alike: the participles are built in). */
export function opensWithReportingParticiple(text: string, start: number, end: number): boolean {
  return BUILT_IN_VERBS.opensWithParticiple(text, start, end);
}

// Tables for the configured verb lists met so far: a style's list is the same for every article.
const tables = new Map<string, VerbTable>();
const MAX_TABLES = 32;

/** A table of the built-in verbs plus configured ones (a house style's, `.wirecheckrc.json`'s), which always count. */
export function verbTableWith(extra: readonly string[]): VerbTable {
  if (!extra.length) return BUILT_IN_VERBS;
  const key = extra.join('\n');
  let table = tables.get(key);
  if (!table) {
    if (tables.size >= MAX_TABLES) tables.clear();
    tables.set(key, (table = buildTable(extra)));
  }
  return table;
}

function buildTable(extra: readonly string[]): VerbTable {
  const configured = extra
    .map((verb) => verb.toLowerCase().trim().split(/\s+/))
    .filter((words) => words.length > 0 && words.every((word) => word.length > 0 && [...word].every((char) => isLetterOrMark(char.codePointAt(0) ?? 0))))
    .map((words) => reportingVerb(words, 'phrase', true, false));
  return configured.length ? new VerbTable([...REPORTING_VERBS, ...configured]) : BUILT_IN_VERBS;
}
