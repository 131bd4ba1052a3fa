import { Span, Terminator } from '../article';
import { Line, isBlankLine } from './lines';

// Sign-offs that end a wire story, in any spelling a desk has used; rules judge the spelling against the style.
const STANDALONE_TERMINATOR = /^(?:end\s*item|enditem\.?|###|#\s#\s#|-30-|-\s30\s-|ends\.?|\(end\)|end|reuter\.{0,3}|\(more\)|more|nnnn)$/i;
// A terminator may also close the last paragraph's line, as in the seed: `… world stage. Enditem`.
const INLINE_TERMINATOR = /(?:[\s.!?"”'’)](end\s?item|reuter)|(\(end\)))\s*$/i;

/** How many non-blank lines at the end of the story may follow a terminator (transmission junk). */
const MAX_LINES_AFTER_TERMINATOR = 3;

export interface TerminatorScan {
  terminator?: Terminator;
  /** Where the story body ends: the terminator's start, or the end of the last line. */
  bodyEnd: number;
  trailingText?: Span;
}

export function findTerminator(text: string, lines: Line[]): TerminatorScan {
  const nonBlank = lines.filter((line) => !isBlankLine(line));
  if (nonBlank.length === 0) return { bodyEnd: text.length };
  const last = nonBlank[nonBlank.length - 1];

  // A terminator on a line of its own, possibly followed by a few lines of junk.
  const window = nonBlank.slice(Math.max(1, nonBlank.length - 1 - MAX_LINES_AFTER_TERMINATOR));
  for (const line of window) {
    const content = text.slice(line.contentStart, line.contentEnd);
    if (!STANDALONE_TERMINATOR.test(content)) continue;
    const terminator: Terminator = { span: { start: line.contentStart, end: line.contentEnd }, text: content, inline: false };
    const trailing = line === last ? undefined : { start: nextContentStart(nonBlank, line), end: last.contentEnd };
    return { terminator, bodyEnd: line.contentStart, trailingText: trailing };
  }

  const lastContent = text.slice(last.contentStart, last.contentEnd);
  const inline = INLINE_TERMINATOR.exec(lastContent);
  if (inline) {
    const word = inline[1] ?? inline[2];
    const start = last.contentStart + lastContent.lastIndexOf(word);
    return {
      terminator: { span: { start, end: start + word.length }, text: word, inline: true },
      bodyEnd: start,
    };
  }
  return { bodyEnd: text.length };
}

function nextContentStart(lines: Line[], after: Line): number {
  const index = lines.indexOf(after);
  return lines[index + 1].contentStart;
}
