import { Span, Terminator } from '../article';
import { isSpaceUnit } from './char-class';
import { Line, isBlankLine } from './lines';

// Sign-offs that end a wire story, in any spelling a desk has used; rules judge the spelling against the style.
const STANDALONE_TERMINATOR = /^(?:end\s*item|enditem\.?|###|#\s#\s#|-30-|-\s30\s-|ends\.?|\(end\)|end|reuters?\.{0,3}|\(more\)|more)$/i;
// The telex end-of-message mark: the sign-off only when the story has no other.
const END_OF_MESSAGE = /^nnnn$/i;
// A line without a lower-case word (`NNNN`, `=08221026`, `18:27 g # PAB`) is transmission noise, not copy.
const NOISE_LINE = /^[^a-z]*(?:\b[a-z]{1,3}\b[^a-z]*)*$/;
// A terminator may also close the last paragraph's line, as in the seed: `… world stage. Enditem`. Yonhap's
// `(END)` and `(MORE)` are glued to the last word (`… 2.84(END)`).
const INLINE_TERMINATOR = /(?:[\s.!?"”'’)](end\s?item|reuter)|(\((?:end|more)\)))\s*$/i;

// Transmission noise that may trail a sign-off on its line: control characters and their caret notation (`^M`).
const LINE_NOISE = /(?:\^[A-Z@[\]^_]|[\u0000-\u001f\u007f])+$/;

/** A sign-off line is short even with telex noise after it; longer lines are copy and are not scanned for noise. */
const MAX_STANDALONE_LINE = 80;
/** How many non-blank lines at the end of the story may follow a terminator (transmission junk). */
const MAX_LINES_AFTER_TERMINATOR = 3;
/** How many lines of transmission noise may follow a sign-off that closes a paragraph. */
const MAX_NOISE_LINES = 6;

export interface TerminatorScan {
  terminator?: Terminator;
  /** Where the story body ends: the terminator's start, or the end of the last line. */
  bodyEnd: number;
  trailingText?: Span;
}

export function findTerminator(text: string, lines: Line[]): TerminatorScan {
  const nonBlank = lastNonBlankLines(lines);
  if (nonBlank.length === 0) return bodyToEnd(text);
  const last = nonBlank[nonBlank.length - 1];

  // A terminator on a line of its own, possibly followed by a few lines of junk.
  const window = nonBlank.slice(Math.max(1, nonBlank.length - 1 - MAX_LINES_AFTER_TERMINATOR));
  const standalone = findStandalone(text, window, nonBlank, STANDALONE_TERMINATOR);
  if (standalone) return standalone;

  // A terminator closing a paragraph's last line (the seed's ` Enditem`), on the last line or before transmission noise.
  // The first line counts too: a story sent as one line (feeds that drop the line breaks) ends on it.
  for (let index = nonBlank.length - 1; index >= Math.max(0, nonBlank.length - 1 - MAX_NOISE_LINES); index--) {
    const line = nonBlank[index];
    const content = text.slice(line.contentStart, line.contentEnd);
    const inline = INLINE_TERMINATOR.exec(content.slice(inlineTerminatorReach(content)));
    if (inline) {
      const word = inline[1] ?? inline[2];
      const start = line.contentStart + content.lastIndexOf(word);
      const trailing = line === last ? undefined : { start: nextContentStart(nonBlank, line), end: last.contentEnd };
      return { terminator: { span: { start, end: start + word.length }, text: word, inline: true }, bodyEnd: start, trailingText: trailing };
    }
    if (!isNoise(content)) break;
  }
  return findStandalone(text, window, nonBlank, END_OF_MESSAGE) ?? bodyToEnd(text);
}

/** How many of the story's last non-blank lines the searches read: the window after a sign-off, the noise below one. */
const LINES_READ = Math.max(MAX_LINES_AFTER_TERMINATOR, MAX_NOISE_LINES) + 1;

/**
 * The text's last LINES_READ + 1 non-blank lines, in order: found from the end, so a long story's lines are not all
 * copied. The searches count from the end and never read the list's first line (the window leaves it out, the
 * noise search stops short of it), so they read these as they would the whole list; a shorter text gives all.
 */
function lastNonBlankLines(lines: Line[]): Line[] {
  const found: Line[] = [];
  for (let index = lines.length - 1; index >= 0 && found.length <= LINES_READ; index--) {
    if (!isBlankLine(lines[index])) found.push(lines[index]);
  }
  return found.reverse();
}

/** The most characters INLINE_TERMINATOR's match has before its trailing white space: ` end item`. */
const INLINE_TERMINATOR_LENGTH = 9;

/** Where INLINE_TERMINATOR's match may start on a line: near its end, so the rest of a long paragraph is not searched. */
function inlineTerminatorReach(content: string): number {
  let end = content.length;
  while (end > 0 && isSpaceUnit(content.charCodeAt(end - 1))) end--;
  return Math.max(0, end - INLINE_TERMINATOR_LENGTH);
}

/** No terminator: the body runs to the text's end. Every scan has all three fields, so that its reader meets one hidden class. */
function bodyToEnd(text: string): TerminatorScan {
  return { terminator: undefined, bodyEnd: text.length, trailingText: undefined };
}

function isNoise(content: string): boolean {
  return content.length < 80 && (END_OF_MESSAGE.test(content) || NOISE_LINE.test(content));
}

function findStandalone(text: string, window: Line[], nonBlank: Line[], pattern: RegExp): TerminatorScan | undefined {
  const last = nonBlank[nonBlank.length - 1];
  for (const line of window) {
    if (line.contentEnd - line.contentStart > MAX_STANDALONE_LINE) continue;
    const raw = text.slice(line.contentStart, line.contentEnd);
    const content = (mayEndInNoise(raw) ? raw.replace(LINE_NOISE, '') : raw).trimEnd();
    if (!pattern.test(content)) continue;
    const terminator: Terminator = { span: { start: line.contentStart, end: line.contentStart + content.length }, text: content, inline: false };
    const trailing = line === last ? undefined : { start: nextContentStart(nonBlank, line), end: last.contentEnd };
    return { terminator, bodyEnd: line.contentStart, trailingText: trailing };
  }
  return undefined;
}

/** Whether LINE_NOISE can match at the end: a control character last, or a caret before the last character. */
function mayEndInNoise(content: string): boolean {
  const last = content.charCodeAt(content.length - 1);
  return last < 0x20 || last === 0x7f || content.charCodeAt(content.length - 2) === 0x5e;
}

function nextContentStart(lines: Line[], after: Line): number {
  const index = lines.indexOf(after);
  return lines[index + 1].contentStart;
}
