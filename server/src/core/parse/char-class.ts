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
