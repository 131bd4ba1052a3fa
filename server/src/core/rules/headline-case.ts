// Title case and sentence case judged word by word. Words a reader cannot judge are left alone: numbers,
// words with a capital inside (`iPhone`, `DeFi`), domains, and words in capitals (`AI`, `NASDAQ`).

import { STARTS_LOWER, STARTS_UPPER } from '../parse/letter-patterns';

/** A capital after a letter: `iPhone`, `DeFi`. */
const CAPITAL_INSIDE = /\p{L}.*\p{Lu}/u;
/** A full stop then a letter: a domain. */
const DOT_THEN_LETTER = /\.\p{L}/u;
/** A word opening with a letter. */
const STARTS_LETTER = /^\p{L}/u;

export interface HeadlineWord {
  text: string;
  /** Offset of the word in the headline. */
  offset: number;
  /** First word, or first after a colon or question mark: capitalised in either case. */
  opensPhrase: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

export function headlineWords(raw: string): HeadlineWord[] {
  // HTML entities left by a repost (`&amp;`) are one character, not words; the length stays the same.
  const headline = raw.replace(/&#?\w{1,8};/g, (entity) => ' '.repeat(entity.length));
  const words: HeadlineWord[] = [];
  let lastEnd = 0;
  for (const found of headline.matchAll(WORD)) {
    const between = headline.slice(lastEnd, found.index);
    words.push({ text: found[0].replace(/[.'’]+$/, (tail) => (tail === '.' && /\..*\.$/.test(found[0]) ? tail : '')), offset: found.index, opensPhrase: words.length === 0 || /[:?!|]/.test(between) });
    lastEnd = found.index + found[0].length;
  }
  return words;
}

/** Whether a word says nothing about the case convention. */
function unjudgeable(word: string): boolean {
  // A lone letter other than `a` is the rest of a mangled possessive (`NFL s Falcons`), not a word.
  if (word.length === 1 && word !== 'a') return true;
  return /\d/.test(word) || CAPITAL_INSIDE.test(word) || DOT_THEN_LETTER.test(word) || !STARTS_LETTER.test(word);
}

/** Words that title case would capitalise but the headline leaves in lower case. */
export function lowerCaseMajorWords(headline: string, minorWords: string[]): HeadlineWord[] {
  const minor = new Set(minorWords.map((word) => word.toLowerCase()));
  const words = headlineWords(headline);
  return words.filter((word, index) => {
    const first = word.text.split('-')[0];
    if (unjudgeable(word.text) || !STARTS_LOWER.test(first)) return false;
    const last = index === words.length - 1;
    return word.opensPhrase || last || !minor.has(word.text.toLowerCase());
  });
}

/** True when the headline reads as Title Case: most words past the first are capitalised. */
export function looksTitleCased(headline: string, minorWords: string[]): boolean {
  const minor = new Set(minorWords.map((word) => word.toLowerCase()));
  const judged = headlineWords(headline).filter((word) => !word.opensPhrase && !unjudgeable(word.text) && !minor.has(word.text.toLowerCase()));
  const capitalised = judged.filter((word) => STARTS_UPPER.test(word.text));
  return judged.length >= 3 && capitalised.length / judged.length >= 0.75;
}

/** True when the headline is written in capitals throughout. */
export function inCapitals(headline: string): boolean {
  const letters = headline.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function capitalise(word: string): string {
  const first = firstCodePoint(word);
  return first.toUpperCase() + word.slice(first.length);
}

/** The first character as a whole code point: `charAt(0)` would split a letter outside the BMP (`𐓘`). */
export function firstCodePoint(word: string): string {
  const code = word.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}
