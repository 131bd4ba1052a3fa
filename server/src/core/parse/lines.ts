import { Span } from '../article';

export interface Line extends Span {
  /** 0-based line number. */
  number: number;
  /** Offset of the first non-blank character, or `end` for a blank line. */
  contentStart: number;
  /** Offset just after the last non-blank character, or `contentStart` for a blank line. */
  contentEnd: number;
}

/** Whitespace as a copy editor sees it: also no-break spaces and the byte-order mark. */
export function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0xfeff || code === 0x0b || code === 0x0c ||
    code === 0x2007 || code === 0x202f || code === 0x3000;
}

/** Splits text into lines (LF, CRLF or lone CR), with the extent of each line's content. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 0;
  // Each kind of break is found by indexOf, a native scan cheaper per call than a regular expression's: a text
  // without carriage returns looks for one once.
  let nextFeed = text.indexOf('\n');
  let nextReturn = text.indexOf('\r');
  while (nextFeed >= 0 || nextReturn >= 0) {
    const at = nextReturn < 0 || (nextFeed >= 0 && nextFeed < nextReturn) ? nextFeed : nextReturn;
    lines.push(makeLine(text, start, at, number++));
    start = text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
    if (nextFeed >= 0 && nextFeed < start) nextFeed = text.indexOf('\n', start);
    if (nextReturn >= 0 && nextReturn < start) nextReturn = text.indexOf('\r', start);
  }
  lines.push(makeLine(text, start, text.length, number));
  return lines;
}

const linesByArticle = new WeakMap<{ text: string }, Line[]>();
// The article parsed last and its lines: the rules ask for them right after the parse, and a WeakMap entry per
// article costs more than the look-ups it saves.
let lastArticle: { text: string } | undefined;
let lastLines: Line[] = [];

/** The lines of an article's text, split once and shared by every rule that reads line by line: do not modify. */
export function articleLines(article: { text: string }): Line[] {
  if (article === lastArticle) return lastLines;
  let lines = linesByArticle.get(article);
  if (!lines) linesByArticle.set(article, (lines = splitLines(article.text)));
  return lines;
}

/** Lets the rules read the lines the parser split already (the article's own text's, unmodified). */
export function shareLines(article: { text: string }, lines: Line[]): void {
  lastArticle = article;
  lastLines = lines;
}

function makeLine(text: string, start: number, end: number, number: number): Line {
  let contentStart = start;
  while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
  return { start, end, number, contentStart, contentEnd };
}

/** Blank or a line break. */
export function isSpace(code: number): boolean {
  return code === 0x0a || code === 0x0d || isBlankChar(code);
}

export function isBlankLine(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

/** Offsets of the first character of each line, for offset → line/column conversion. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * Offsets just after each line feed of the text, 0 first: the line starts `text.lastIndexOf('\n', at) + 1` finds.
 * For a check that asks for many: each `lastIndexOf` scans back over its line, quadratic in a long one-line text.
 */
export function lineFeedStarts(text: string): number[] {
  const starts = [0];
  for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) starts.push(feed + 1);
  return starts;
}

/** `text.lastIndexOf('\n', at) + 1`, by binary search in the text's `lineFeedStarts`. */
export function lineFeedStartAt(starts: number[], at: number): number {
  // lastIndexOf reads a negative position as 0: a feed at 0 still counts.
  const limit = Math.max(at, 0) + 1;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= limit) low = mid;
    else high = mid - 1;
  }
  return starts[low];
}

/** 0-based line and UTF-16 column of an offset. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}
