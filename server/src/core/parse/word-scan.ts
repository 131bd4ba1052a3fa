// A hand-written scanner for the words the tokenizer reads: the same matches as the pattern
//   /[\p{L}\p{M}]+(?:[-'’.][\p{L}\p{M}]+|-[ \t]*\r?\n[ \t]*[\p{L}\p{M}]+)*\.?/gu
// (letters with inner hyphens, apostrophes and periods, a hyphen at a line end joining the word across the
// break, and a final period), without a match object per word: tokenizing is the parser's hottest loop.

/** Where the next word starts at or after `from` (before `limit`), or `limit` when there is none. */
export function nextWordStart(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (isAsciiLetter(unit)) return i;
      i++;
      continue;
    }
    const code = codePointAt(text, i, limit);
    if (isLetterOrMark(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return limit;
}

/** Whether the last word `wordEnd` read went on across a line break (`Diaz-` and `Canel` on the next line). */
export let lastWordCrossedLine = false;

/** Whether the last word `wordEnd` read is ASCII letters alone, bar a final period (no joiner, no other letter). */
export let lastWordAsciiLetters = true;

/**
 * Where a word ends: the pattern's greedy match, within `limit`. `from` is the word's start (a letter or mark), or
 * the end of ASCII letters read from there already (they change none of what is noted of the word, and are not read again).
 */
export function wordEnd(text: string, from: number, limit: number): number {
  lastWordCrossedLine = false;
  lastWordAsciiLetters = true;
  let i = skipLetters(text, from, limit);
  while (i < limit) {
    const code = text.charCodeAt(i);
    const joiner = code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x2e;
    if (joiner && i + 1 < limit && isLetterOrMark(codePointAt(text, i + 1, limit))) {
      lastWordAsciiLetters = false;
      i = skipLetters(text, i + 1, limit);
      continue;
    }
    const across = code === 0x2d ? afterLineBreak(text, i + 1, limit) : -1;
    if (across < 0) break;
    lastWordCrossedLine = true;
    lastWordAsciiLetters = false;
    i = skipLetters(text, across, limit);
  }
  return i < limit && text.charCodeAt(i) === 0x2e ? i + 1 : i;
}

/** After `-`: `[ \t]*\r?\n[ \t]*` then a letter; the offset of that letter, or -1. */
function afterLineBreak(text: string, from: number, limit: number): number {
  let i = skipBlanks(text, from, limit);
  if (i < limit && text.charCodeAt(i) === 0x0d) i++;
  if (i >= limit || text.charCodeAt(i) !== 0x0a) return -1;
  i = skipBlanks(text, i + 1, limit);
  return i < limit && isLetterOrMark(codePointAt(text, i, limit)) ? i : -1;
}

function skipBlanks(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

function skipLetters(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (!isAsciiLetter(unit)) break;
      i++;
      continue;
    }
    const code = codePointAt(text, i, limit);
    if (!isLetterOrMark(code)) break;
    lastWordAsciiLetters = false;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** The code point at `i`, pairing surrogates only within `limit` (as the pattern sees a slice of the text). */
function codePointAt(text: string, i: number, limit: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= limit) return code;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : code;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per BMP code point: 0 not yet known, 1 a letter or mark, 2 neither. Filled as code points are met. */
const known = new Uint8Array(0x10000);

export function isAsciiLetter(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** Where the run of letters and marks from `from` ends, read one UTF-16 unit at a time (no state, no surrogate pairs). */
export function lettersEnd(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isLetterOrMark(text.charCodeAt(at))) at++;
  return at;
}

export function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code);
  if (code > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(code));
  let answer = known[code];
  if (answer === 0) known[code] = answer = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return answer === 1;
}
