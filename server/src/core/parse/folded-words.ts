/**
 * A list of lower-case ASCII words, asked whether a word of the text is one of them in any case:
 * `hasAt(text, start, end)` answers `list.has(text.slice(start, end).toLowerCase())` and `has(word)` answers
 * `list.has(word.toLowerCase())`, without a slice, a lower-cased copy or a hash of either. The words are grouped by
 * length and first letter and compared unit by unit.
 *
 * Exact: of all characters only ASCII capitals and the Kelvin sign (U+212A → `k`) lower-case to ASCII alone (U+0130
 * gives `i` and a combining dot), so a word that lower-cases to an ASCII word has its length, unit for unit.
 */
export class FoldedWords {
  private readonly words: ReadonlySet<string>;
  /** The words by length * 128 + their first unit (ASCII, so below 128), else undefined. */
  private readonly groups: (string[] | undefined)[] = [];

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    const longest = Math.max(0, ...[...this.words].map((word) => word.length));
    for (let key = 0; key < (longest + 1) * 128; key++) this.groups.push(undefined);
    for (const word of this.words) {
      if (!/^[\x20-\x7e]+$/.test(word) || word !== word.toLowerCase()) throw new Error(`FoldedWords: not lower-case ASCII: ${word}`);
      (this.groups[word.length * 128 + word.charCodeAt(0)] ??= []).push(word);
    }
  }

  /** Whether `word`, lower-cased, is one of the words. */
  has(word: string): boolean {
    return this.hasAt(word, 0, word.length);
  }

  /** Whether text[start, end), lower-cased, is one of the words. */
  hasAt(text: string, start: number, end: number): boolean {
    const group = this.groupOf(foldUnit(text.charCodeAt(start)), end - start);
    if (group === undefined) return false;
    for (let k = 0; k < group.length; k++) if (foldedEquals(text, start, group[k])) return true;
    return false;
  }

  /** Whether text[start, end) is one of the words as it is written (`list.has(text.slice(start, end))`). */
  hasExactAt(text: string, start: number, end: number): boolean {
    const group = this.groupOf(text.charCodeAt(start), end - start);
    if (group === undefined) return false;
    for (let k = 0; k < group.length; k++) if (text.startsWith(group[k], start)) return true;
    return false;
  }

  /** The words of `length` units that open with the unit `first`, or undefined when there are none. */
  private groupOf(first: number, length: number): string[] | undefined {
    const key = length * 128 + first;
    // No word starts with a unit past ASCII; an empty range or a long word falls outside the table.
    if (first >= 0x80 || length <= 0 || key >= this.groups.length) return undefined;
    return this.groups[key];
  }

  /** The words, for code that needs them as a list. */
  values(): IterableIterator<string> {
    return this.words.values();
  }
}

/** The code unit lower-cased when it lower-cases to one ASCII unit; any other unit as it is (it matches no word). */
function foldUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code | 0x20;
  return code === 0x212a ? 0x6b : code;
}

function foldedEquals(text: string, start: number, word: string): boolean {
  for (let i = 1; i < word.length; i++) if (foldUnit(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}
