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
  const content = lines.filter((line) => !isBlankLine(line));
  if (content.length === 0) return paragraphs;
  const hasBlankSeparators = lines.some((line, i) => isBlankLine(line) && i > 0 && i < lines.length - 1);
  const longest = Math.max(...content.map((line) => line.contentEnd - line.contentStart));
  const endsMidSentence = content.slice(0, -1).some((line) => MID_SENTENCE_END.test(text.slice(line.contentEnd - 1, line.contentEnd)));
  const wrapped = hasBlankSeparators || (longest <= WRAP_WIDTH && endsMidSentence);
  const indented = content.filter((line) => line.contentStart > line.start).length;
  const indentMarksParagraphs = indented > 0 && indented < content.length;
  const deepIndent = content.some((line) => line.contentStart - line.start > 1);

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
 * Teletype copy (Reuters 1987) sometimes indents wrapped lines by a single blank where paragraphs open with
 * several: such a line, after a line broken mid-sentence, carries on the paragraph (`…, the Bank` / ` of England said.`).
 */
function continuesWrappedLine(text: string, line: Line, previous: Line | undefined, deepIndent: boolean): boolean {
  if (!previous || !deepIndent || line.contentStart - line.start !== 1 || text.charCodeAt(line.start) !== 0x20) return false;
  return WRAPPED_WORD_END.test(text.slice(previous.contentEnd - 1, previous.contentEnd)) && WRAPPED_WORD_END.test(text.slice(line.contentStart, line.contentStart + 1));
}
