import { ATTRIBUTION_VERBS } from '../lexicon/lexicon';
import { isSpaceUnit } from '../parse/char-class';

// Verbs that say someone holds a view: the reporting verbs, and those the statement finder may not take for an
// attribution. Lower case, one space between the words of a phrase (`point out`).
const HOLDING_VERBS = [...ATTRIBUTION_VERBS, 'ruled', 'criticised', 'criticized', 'labeled', 'labelled', 'think', 'thinks',
  'believe', 'called', 'calls', 'accused', 'described', 'considers', 'considered', 'regards', 'regarded', 'sees', 'saw'];

/** Each verb by its first word: the words that must follow it (none for a one-word verb). */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const verb of HOLDING_VERBS) {
  const [first, ...rest] = verb.split(' ');
  const phrases = BY_FIRST_WORD.get(first);
  if (phrases) phrases.push(rest);
  else BY_FIRST_WORD.set(first, [rest]);
}

/**
 * Whether the text names a verb of holding a view, in any letter case: what `/\b(?:said|point\s+out|…)\b/i` over
 * every verb tests, read word by word. That pattern of about 225 alternatives took 22–28 ms to compile in every CLI
 * worker, for the few paragraphs of opinion that ask. A match starts and ends at a `\b`, and its words stand between
 * blanks, so each of its words is a whole run of `\w` characters (ASCII letters, digits, `_`; a non-Unicode `i` flag
 * matches an ASCII letter only to its other case).
 */
export function namesAHolder(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    if (!isWordChar(text.charCodeAt(start))) {
      start++;
      continue;
    }
    const end = wordEnd(text, start);
    const phrases = BY_FIRST_WORD.get(text.slice(start, end).toLowerCase());
    if (phrases && phrases.some((rest) => followedBy(text, end, rest))) return true;
    start = end;
  }
  return false;
}

/** Whether `words` follow `at`, each after one or more blanks (`\s+`) and each a whole word. */
function followedBy(text: string, at: number, words: string[]): boolean {
  let end = at;
  for (const word of words) {
    let start = end;
    while (start < text.length && isSpaceUnit(text.charCodeAt(start))) start++;
    if (start === end) return false;
    end = wordEnd(text, start);
    if (text.slice(start, end).toLowerCase() !== word) return false;
  }
  return true;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** `\w`: an ASCII letter, digit or `_`. */
function isWordChar(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
