import { parseDateline } from './parse/dateline';
import { parseDirective } from './parse/directive';
import { isBlankLine, splitLines } from './parse/lines';

// Only the edges of a file decide: the top for a dateline, the bottom for a sign-off.
const EDGE_LENGTH = 1500;
const TERMINATOR_LINE = /(?:^|[\s.!?"”'’)])(?:Enditem|###|# # #|-30-)$/;

/**
 * Whether a plain-text file looks like a wire article: its first non-blank line (after a markdown headline or a
 * release line) is a dateline, or its last non-blank line ends with a terminator. Cheap on any file size.
 */
export function looksLikeWireArticle(text: string): boolean {
  const head = text.slice(0, EDGE_LENGTH).replace(/^\uFEFF/, '');
  // A `[wirecheck-disable …]` line above the dateline does not hide it.
  const lines = splitLines(head)
    .filter((line) => !isBlankLine(line) && !parseDirective(head.slice(line.contentStart, line.contentEnd)))
    .slice(0, 3);
  for (const line of lines) {
    const dateline = parseDateline(head, line.contentStart, line.contentEnd, line.number);
    // A capitalised word and a dash (`TODO - fix`) is not enough: a detected article names an agency or a date.
    if (dateline && (dateline.agency || dateline.date)) return true;
    const content = head.slice(line.contentStart, line.contentEnd);
    if (!/^(?:#\s|FOR IMMEDIATE RELEASE|EMBARGOED)/i.test(content)) break;
  }
  const tail = text.slice(-200).trimEnd();
  const lastLine = tail.slice(tail.search(/[^\r\n]*$/));
  return TERMINATOR_LINE.test(lastLine.trim());
}
