import { Finding } from './finding';

/**
 * The most text Wirecheck analyses: about 1 MB, two hundred times a long wire story. Beyond it the editor
 * would freeze on every keystroke, so only the start of the file is checked and one finding says so.
 */
export const MAX_CHECKED_LENGTH = 1_000_000;
/** A NUL character this close to the start means a binary file, as git decides it. */
const BINARY_SNIFF_LENGTH = 8000;

export const BINARY_FILE_ID = 'file/binary';
export const TOO_LARGE_ID = 'file/too-large';

export interface InputScreen {
  /** The part of the text to parse: all of it, the start of a huge file, or nothing for a binary file. */
  checked: string;
  /** The finding that says why less than the whole text is checked. */
  notice?: Finding;
}

/** Decides how much of a text is checked, before any parsing. Linear, never throws. */
export function screenInput(text: string): InputScreen {
  const nul = text.slice(0, BINARY_SNIFF_LENGTH).indexOf('\u0000');
  if (nul >= 0) {
    return {
      checked: '',
      notice: { rule: BINARY_FILE_ID, severity: 'warning', span: { start: 0, end: 0 }, message: `Binary file (a NUL byte at offset ${nul}), not checked.` },
    };
  }
  if (text.length <= MAX_CHECKED_LENGTH) return { checked: text };
  const cut = cutPoint(text);
  const lines = countLines(text, cut);
  return {
    checked: text.slice(0, cut),
    notice: {
      rule: TOO_LARGE_ID,
      severity: 'warning',
      span: { start: 0, end: 0 },
      message: `File too large to check in full (${text.length.toLocaleString('en-US')} characters): only the first ${cut.toLocaleString('en-US')} characters (${lines.toLocaleString('en-US')} lines) are checked, and no fixes are offered.`,
    },
  };
}

/** The end of the last whole line within the limit, never between the halves of a surrogate pair. */
function cutPoint(text: string): number {
  const lineEnd = Math.max(text.lastIndexOf('\n', MAX_CHECKED_LENGTH - 1), text.lastIndexOf('\r', MAX_CHECKED_LENGTH - 1));
  if (lineEnd >= MAX_CHECKED_LENGTH / 2) return lineEnd + 1;
  const code = text.charCodeAt(MAX_CHECKED_LENGTH - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_CHECKED_LENGTH - 1 : MAX_CHECKED_LENGTH;
}

function countLines(text: string, end: number): number {
  // Breaks found by indexOf (a native scan) rather than a test of every character of a megabyte in script.
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  for (let at = text.indexOf('\r'); at >= 0 && at < end; at = text.indexOf('\r', at + 1)) if (text.charCodeAt(at + 1) !== 0x0a) lines++;
  return end > 0 && (text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x0d) ? lines - 1 : lines;
}
