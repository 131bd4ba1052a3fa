import { isLetterOrMark, lettersEnd } from '../parse/word-scan';
import { REPORTING_VERBS, ReportingVerb } from './reporting-verbs';

/**
 * The reporting verbs keyed on their first word, lower case, longest first. The lexicon marks each word of the
 * text whose letter runs hold such a first word (a class bit, see word-classes.ts), so the verb scan looks up
 * only those words here.
 */
export class VerbTable {
  private readonly byFirstWord = new Map<string, ReportingVerb[]>();
  readonly maxWordLength: number;
  /** The shapes (first, second and last letters, and length) of the first words of ASCII letters. */
  private readonly shapes = new Uint8Array(SHAPE_SLOTS);

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
      if (/^[a-z]+$/.test(first)) this.shapes[shapeOf(first, 0, first.length)] = 1;
    }
    this.maxWordLength = longest;
  }

  /** The verbs whose first word is `text.slice(start, end)` (a letter run) in any letter case. */
  candidatesAt(text: string, start: number, end: number): ReportingVerb[] | undefined {
    return end - start <= this.maxWordLength ? this.byFirstWord.get(text.slice(start, end).toLowerCase()) : undefined;
  }

  /**
   * False when `text.slice(start, end)`, a run of ASCII letters, is surely no verb's first word in any case: read
   * from its shape in a small table, without a look-up.
   */
  mayStart(text: string, start: number, end: number): boolean {
    return this.shapes[shapeOf(text, start, end)] === 1;
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

const SHAPE_SLOTS = 8192;

/** A word's first, second and last letters (ASCII, any case) and length in a slot: words in different slots differ. */
function shapeOf(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) | 0x20 : 0;
  const opening = Math.imul(text.charCodeAt(start) | 0x20, 31) + second;
  return (Math.imul(Math.imul(opening, 31) + (text.charCodeAt(end - 1) | 0x20), 31) + (end - start)) & (SHAPE_SLOTS - 1);
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
