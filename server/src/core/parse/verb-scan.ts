import { REPORTING_VERBS, ReportingVerb } from '../lexicon/reporting-verbs';
import { AsciiWordMap } from './ascii-word-map';
import { isLetterOrMark } from './word-scan';

/** A reporting verb found in the text, with the row it was read as. */
export interface VerbMatch {
  start: number;
  end: number;
  verb: ReportingVerb;
}

/**
 * The reporting verbs keyed on their first word, lower case, longest first: the scan looks each word up once, so
 * its cost does not grow with the number of verbs.
 */
export class VerbTable {
  private readonly byFirstWord = new Map<string, ReportingVerb[]>();
  readonly maxWordLength: number;
  /** Per first, second and last letter (a-z) of a first word, a bit for each length (below 32) it has. */
  private readonly fingerprints = new Uint32Array(26 * 26 * 26);
  private readonly byAsciiWord: AsciiWordMap<ReportingVerb[]>;

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
      if (first.length < 32 && /^[a-z]+$/.test(first)) this.fingerprints[fingerprint(first, 0, first.length)] |= 1 << first.length;
    }
    this.maxWordLength = longest;
    this.byAsciiWord = new AsciiWordMap(this.byFirstWord);
  }

  /** The verbs whose first word is `text.slice(start, end)` in any letter case: without a string for an ASCII word. */
  candidatesAt(text: string, start: number, end: number): ReportingVerb[] | undefined {
    const found = this.byAsciiWord.get(text, start, end);
    return found === null ? this.byFirstWord.get(text.slice(start, end).toLowerCase()) : found;
  }

  /**
   * False when `text.slice(start, end)` (a letter run) is surely no verb's first word: a word of ASCII letters whose
   * first, second and last letters and length no first word has. Most words are turned away here without a string.
   */
  mayStart(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length >= 32) return true;
    // A word with other characters may lower-case to ASCII (the Kelvin sign to `k`): it is looked up in full.
    for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
    return (this.fingerprints[fingerprint(text, start, end)] & (1 << length)) !== 0;
  }
}

/** Index of a word of ASCII letters (any case) by its first, second and last letters. */
function fingerprint(text: string, start: number, end: number): number {
  const first = (text.charCodeAt(start) | 0x20) - 0x61;
  const second = (text.charCodeAt(end - start > 1 ? start + 1 : start) | 0x20) - 0x61;
  const last = (text.charCodeAt(end - 1) | 0x20) - 0x61;
  return (first * 26 + second) * 26 + last;
}

export const BUILT_IN_VERBS = new VerbTable(REPORTING_VERBS);

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
    .map((words): ReportingVerb => ({ words, form: 'phrase', inverts: true, nounProne: false, needsAs: false }));
  return configured.length ? new VerbTable([...REPORTING_VERBS, ...configured]) : BUILT_IN_VERBS;
}

/** The reporting verbs between `start` and `end`, in text order, each read in context (see `counts`). */
export function findReportingVerbs(text: string, start: number, end: number, table: VerbTable): VerbMatch[] {
  const found: VerbMatch[] = [];
  let at = start;
  while (at < end) {
    while (at < end && !isLetterOrMark(text.charCodeAt(at))) at++;
    if (at >= end) break;
    const wordEnd = lettersEnd(text, at, end);
    const match = wordEnd - at <= table.maxWordLength && table.mayStart(text, at, wordEnd) && !joinedBefore(text, at) ? matchAt(text, at, wordEnd, end, table) : undefined;
    if (match) {
      found.push(match);
      at = match.end;
    } else at = wordEnd;
  }
  return found;
}

function matchAt(text: string, start: number, wordEnd: number, limit: number, table: VerbTable): VerbMatch | undefined {
  const candidates = table.candidatesAt(text, start, wordEnd);
  if (!candidates) return undefined;
  for (const verb of candidates) {
    const end = tailEnd(text, wordEnd, limit, verb.words);
    if (end < 0 || text.charCodeAt(end) === 0x2d) continue;
    if (counts(text, start, end, limit, verb)) return { start, end, verb };
  }
  return undefined;
}

/** Where the verb's further words end after `from` (each after whitespace), or -1 when they do not follow. */
function tailEnd(text: string, from: number, limit: number, words: string[]): number {
  let at = from;
  for (let i = 1; i < words.length; i++) {
    let next = at;
    while (next < limit && isSpace(text.charCodeAt(next))) next++;
    if (next === at) return -1;
    const end = lettersEnd(text, next, limit);
    if (end - next !== words[i].length || text.slice(next, end).toLowerCase() !== words[i]) return -1;
    at = end;
  }
  return at;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const IMPERSONAL_PASSIVE = /(?:^|[^\p{L}])it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\p{Ll}+ly\s+)?$/iu;
// Adverbs that may stand between `is` and `urging`, or between `called` and `for`.
const ADVERBS = new Set(['also', 'still', 'now', 'not', 'already', 'again', 'instead', 'publicly', 'repeatedly', 'even', 'just', 'openly']);
// What a verb that is also a plural noun (`reports`, `states`) is followed by when it is a verb.
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'no']);
const MAX_AS_DISTANCE = 12;

/**
 * Whether the form reports speech where it stands: a base form not after `to` (`would say`, not `declined to say`),
 * a progressive after `be` (`is urging`), a plural-noun form before a clause or quotation, a particle verb with its
 * particle (`called for`, `asked whether`), `described` with its `as`.
 */
function counts(text: string, start: number, end: number, limit: number, verb: ReportingVerb): boolean {
  if (verb.form === 'base' && wordBefore(text, start) === 'to') return false;
  if (verb.form === 'progressive' && !BE.has(wordBefore(text, start, true))) return false;
  // `He will be proclaimed the leader`, `she was told`: the subject of a passive is what was reported, or the listener.
  // An impersonal `It is estimated that …` still attributes, to nobody named.
  if (verb.form === 'past' && !verb.inverts && verb.words[0] !== 'quoted' && PASSIVE_BE.has(wordBefore(text, start, true))
    && !IMPERSONAL_PASSIVE.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (verb.nounProne && !opensClause(text, end, limit)) return false;
  if (verb.particles && !followedByParticle(text, start, end, limit, verb)) return false;
  if (verb.needsAs && !asFollows(text, end, limit)) return false;
  return true;
}

function opensClause(text: string, end: number, limit: number): boolean {
  const next = nextNonSpace(text, end, limit);
  if (next >= limit) return true;
  const code = text.charCodeAt(next);
  if (code === 0x3a || code === 0x22 || code === 0x201c || code === 0x60 || code === 0x27) return true;
  return CLAUSE_OPENERS.has(wordAt(text, next, limit));
}

function followedByParticle(text: string, start: number, end: number, limit: number, verb: ReportingVerb): boolean {
  const particles = verb.particles ?? new Set<string>();
  let next = nextNonSpace(text, end, limit);
  let word = wordAt(text, next, limit);
  if (ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'))) {
    next = nextNonSpace(text, next + word.length, limit);
    word = wordAt(text, next, limit);
  }
  if (particles.has(word)) return true;
  // A question reported with its quotation: `"…?" he asked.`, `"…," asked Lee.`
  return verb.alone === true && (next >= limit || /[.,;!?"”]/.test(text[next]) || closesQuoteBefore(text, start));
}

function asFollows(text: string, end: number, limit: number): boolean {
  let at = end;
  for (let words = 0; words < MAX_AS_DISTANCE; words++) {
    at = nextNonSpace(text, at, limit);
    while (at < limit && !isLetterOrMark(text.charCodeAt(at))) {
      if ('.;:!?'.includes(text[at])) return false;
      at++;
    }
    if (at >= limit) return false;
    const wordEnd = lettersEnd(text, at, limit);
    if (wordEnd - at === 2 && text.slice(at, wordEnd).toLowerCase() === 'as') return true;
    at = wordEnd;
  }
  return false;
}

function closesQuoteBefore(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at > 0 && /["”'’]/.test(text[at - 1]);
}

/** The lower-case word before `start` (skipping adverbs when asked), or '' when punctuation comes first. */
function wordBefore(text: string, start: number, skipAdverbs = false): string {
  let at = start;
  for (let guard = 0; guard < 3; guard++) {
    let end = at;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let begin = end;
    while (begin > 0 && isLetterOrMark(text.charCodeAt(begin - 1))) begin--;
    const word = text.slice(begin, end).toLowerCase();
    if (!skipAdverbs || !(ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly')))) return word;
    at = begin;
  }
  return '';
}

function wordAt(text: string, at: number, limit: number): string {
  return at < limit && isLetterOrMark(text.charCodeAt(at)) ? text.slice(at, lettersEnd(text, at, limit)).toLowerCase() : '';
}

function nextNonSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function lettersEnd(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isLetterOrMark(text.charCodeAt(at))) at++;
  return at;
}

/** `so-called`, `Xi's`, `re-said`: a letter run glued to the word before is not a word of its own. */
function joinedBefore(text: string, at: number): boolean {
  const code = at > 0 ? text.charCodeAt(at - 1) : 0;
  return code === 0x2d || code === 0x27 || code === 0x2019;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}
