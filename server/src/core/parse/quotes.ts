import { Quote, Span } from '../article';
import { isLetterUnit } from './char-class';
import { HAS_LETTER_OR_DIGIT } from './letter-patterns';
import { NeedleScan } from './needle-scan';

/**
 * What may open or close a quotation: the scan jumps from one to the next. An apostrophe or a backtick counts only
 * doubled (`''`, ``` `` ```): alone it is no mark, and apostrophes are common.
 */
const MARKS = ['"', '“', '”', "''", '``'];

/**
 * Finds quotations in one paragraph. A quote left open at the paragraph's end is kept with `closed: false`:
 * wire style continues a quote into the next paragraph without a closing mark.
 */
export function findQuotes(text: string, range: Span, paragraph: number): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; mark: Quote['mark'] } | undefined;
  // Most characters are no quotation mark: searched for on the paragraph and the one character after it (where a
  // doubled mark may end), the scan never reads further.
  const marks = new NeedleScan(text.slice(range.start, range.end + 1), MARKS);
  for (let i = range.start; i < range.end; i++) {
    const mark = marks.next(i - range.start);
    if (mark < 0 || mark >= range.end - range.start) break;
    i = range.start + mark;
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code === 0x201c || (code === 0x60 && next === 0x60)) {
      if (!open) open = { at: i, mark: code === 0x60 ? 'backtick' : 'curly' };
      if (code === 0x60) i++;
    } else if (code === 0x27 && next === 0x27 && !open && opensTwoApostrophes(text, i, range.start)) {
      // AP copy also opens with two apostrophes (`''The bodies are…''`): read like the `` … '' pair.
      open = { at: i, mark: 'backtick' };
      i++;
    } else if (code === 0x201d || (code === 0x27 && next === 0x27 && open?.mark === 'backtick')) {
      // A curly closing mark closes any quote: copy pasted together often opens straight and closes curly.
      if (open && (open.mark !== 'straight' || code === 0x201d)) {
        const width = code === 0x27 ? 2 : 1;
        quotes.push(closeQuote(open, i, width, paragraph));
        open = undefined;
        i += width - 1;
      }
    } else if (code === 0x22 && !betweenLetters(text, i)) {
      if (open?.mark === 'straight' || (open && closesHere(text, i))) {
        quotes.push(closeQuote(open, i, 1, paragraph));
        open = undefined;
      } else if (!open) {
        open = { at: i, mark: 'straight' };
      }
    }
  }
  if (open) {
    const width = open.mark === 'backtick' ? 2 : 1;
    quotes.push({ span: { start: open.at, end: range.end }, inner: { start: open.at + width, end: range.end }, paragraph, closed: false, mark: open.mark });
  }
  return quotes;
}

function closeQuote(open: { at: number; mark: Quote['mark'] }, closeAt: number, closeWidth: number, paragraph: number): Quote {
  const openWidth = open.mark === 'backtick' ? 2 : 1;
  return {
    span: { start: open.at, end: closeAt + closeWidth },
    inner: { start: open.at + openWidth, end: closeAt },
    paragraph,
    closed: true,
    mark: open.mark,
  };
}

/** Two apostrophes at a word's start (after a space, a bracket or the paragraph start), before a letter or digit. */
function opensTwoApostrophes(text: string, at: number, rangeStart: number): boolean {
  const before = at > rangeStart ? text.charAt(at - 1) : ' ';
  return /[\s(\[—–-]/u.test(before) && HAS_LETTER_OR_DIGIT.test(text.charAt(at + 2));
}

/** `India"s`: a straight double mark between two letters is a mangled apostrophe, never a quotation mark. */
function betweenLetters(text: string, at: number): boolean {
  return at > 0 && isLetterUnit(text.charCodeAt(at - 1)) && at + 1 < text.length && isLetterUnit(text.charCodeAt(at + 1));
}

/** A straight mark after a word and before a space or punctuation closes even a curly quote (`“Yes," he said`). */
function closesHere(text: string, at: number): boolean {
  return /[^\s(\[]/u.test(text.charAt(at - 1)) && /^(?:\s|[.,;:!?)\]]|$)/u.test(text.charAt(at + 1));
}
