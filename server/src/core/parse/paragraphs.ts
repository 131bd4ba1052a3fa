import { Span } from '../article';
import { Line, isBlankLine } from './lines';

// Lines this short or shorter are hard-wrapped copy (Reuters, DUC Xinhua), not one paragraph per line.
const WRAP_WIDTH = 100;
// A hard-wrapped line usually breaks mid-sentence: after a letter, a digit or a comma.
const MID_SENTENCE_END = /[\p{L}\p{N},;-]/u;
// A line broken inside a sentence between words: a word or a comma before the break, a word after it.
const WRAPPED_WORD_END = /[\p{L}\p{N},]/u;

/**
 * Groups lines into paragraph spans. Wire copy comes in three layouts: one paragraph per line (the seed),
 * blank lines between hard-wrapped paragraphs (Xinhua archives), and indented first lines without blank
 * lines (Reuters 1987, AP). The layout is decided for the whole story, not line by line: short lines that
 * all end a sentence are still one paragraph each.
 */
export function groupParagraphs(text: string, lines: Line[]): Span[] {
  const paragraphs: Span[] = [];
  const layout = readLayout(text, lines);
  if (!layout) return paragraphs;
  const { wrapped, indentMarksParagraphs, deepIndent } = layout;

  let current: Span | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    if (isBlankLine(line)) {
      if (current) paragraphs.push(current);
      current = undefined;
      previous = undefined;
      continue;
    }
    const startsParagraph = !wrapped || (indentMarksParagraphs && line.contentStart > line.start && !continuesWrappedLine(text, line, previous, deepIndent));
    previous = line;
    if (current && startsParagraph) {
      paragraphs.push(current);
      current = undefined;
    }
    if (current) current.end = line.contentEnd;
    else current = { start: line.contentStart, end: line.contentEnd };
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * How the story's lines are laid out, read in one pass (undefined when every line is blank). One loop, not
 * filter/map/some over the lines: `Math.max(...widths)` overflowed the stack on a text of 200,000 short lines.
 */
function readLayout(text: string, lines: Line[]): { wrapped: boolean; indentMarksParagraphs: boolean; deepIndent: boolean } | undefined {
  let contentLines = 0;
  let hasBlankSeparators = false;
  let longest = 0;
  let indented = 0;
  let deepIndent = false;
  let lastContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) {
      if (i > 0 && i < lines.length - 1) hasBlankSeparators = true;
      continue;
    }
    contentLines++;
    lastContent = i;
    longest = Math.max(longest, line.contentEnd - line.contentStart);
    if (line.contentStart > line.start) indented++;
    if (line.contentStart - line.start > 1) deepIndent = true;
  }
  if (contentLines === 0) return undefined;
  const wrapped = hasBlankSeparators || (longest <= WRAP_WIDTH && endsMidSentence(text, lines, lastContent));
  return { wrapped, indentMarksParagraphs: indented > 0 && indented < contentLines, deepIndent };
}

/** Whether a line with content before the last one (`lines[lastContent]`) breaks off mid-sentence. */
function endsMidSentence(text: string, lines: Line[], lastContent: number): boolean {
  for (let i = 0; i < lastContent; i++) {
    const line = lines[i];
    if (!isBlankLine(line) && MID_SENTENCE_END.test(text.slice(line.contentEnd - 1, line.contentEnd))) return true;
  }
  return false;
}

/**
 * Teletype copy (Reuters 1987) sometimes indents wrapped lines by a single blank where paragraphs open with
 * several: such a line, after a line broken mid-sentence, carries on the paragraph (`…, the Bank` / ` of England said.`).
 */
function continuesWrappedLine(text: string, line: Line, previous: Line | undefined, deepIndent: boolean): boolean {
  if (!previous || !deepIndent || line.contentStart - line.start !== 1 || text.charCodeAt(line.start) !== 0x20) return false;
  return WRAPPED_WORD_END.test(text.slice(previous.contentEnd - 1, previous.contentEnd)) && WRAPPED_WORD_END.test(text.slice(line.contentStart, line.contentStart + 1));
}
