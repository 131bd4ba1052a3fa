// Unicode classes of single UTF-16 code units, as `/\p{L}/u.test(text[i])` would answer, without a regex call
// or a one-character string per test: sentence and quote scanning ask this for every character they meet.

const LETTER = /^\p{L}$/u;
/** Per code unit: 0 not yet known, 1 yes, 2 no. Filled as code units are met. */
const letters = new Uint8Array(0x10000);
const changedByLowerCase = new Uint8Array(0x10000);

/** `/\p{L}/u.test(text[i])`: a letter; never a lone surrogate half. */
export function isLetterUnit(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  let answer = letters[code];
  if (answer === 0) letters[code] = answer = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return answer === 1;
}

/** `char !== char.toLowerCase()` for the one-unit string `char`: an upper-case or title-case letter. */
export function lowersToOther(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  let answer = changedByLowerCase[code];
  if (answer === 0) {
    const char = String.fromCharCode(code);
    changedByLowerCase[code] = answer = char !== char.toLowerCase() ? 1 : 2;
  }
  return answer === 1;
}

/** A straight or curly apostrophe (`'`, `’`). */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** `/[0-9]/.test(text[i])`: an ASCII digit. */
export function isDigitUnit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** `/\s/.test(text[i])`: white space or a line terminator, as regular expressions define them. */
export function isSpaceUnit(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  // U+2000–U+200A as one test that every other unit runs too (see verb-scan's isSpace).
  return code === 0xa0 || code === 0x1680 || Math.abs(code - 0x2005) <= 5 || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const ASTRAL_LETTER = /^\p{L}$/u;

/**
 * How many words of `text` (runs between white space) hold a letter, counting no further than `enough`:
 * `text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length`, capped, without a string per word.
 */
export function countLetterWords(text: string, enough: number): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    let letter: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      letter = low >= 0xdc00 && low <= 0xdfff && ASTRAL_LETTER.test(text.slice(i, i + 2));
    } else letter = isLetterUnit(code);
    if (letter) {
      count++;
      counted = true;
    }
  }
  return count;
}

const WORD_PART = /^[\p{L}\p{M}\p{N}'’.&-]$/u;
const wordParts = new Uint8Array(0x10000);

/** `/[\p{L}\p{M}\p{N}'’.&-]/u.test(text[i])`: a character a speaker phrase's word is made of. */
export function isWordPartUnit(code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27 || code === 0x2e || code === 0x26 || code === 0x2d;
  let answer = wordParts[code];
  if (answer === 0) wordParts[code] = answer = WORD_PART.test(String.fromCharCode(code)) ? 1 : 2;
  return answer === 1;
}
