import { Sentence, Span } from '../article';
import { isLetterUnit, lowersToOther } from './char-class';
import { FoldedWords } from './folded-words';
import { isSpace } from './lines';
import { NeedleScan } from './needle-scan';

// Words whose period does not end a sentence. Months and titles are the usual traps in wire copy.
const ABBREVIATIONS = new FoldedWords([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'cmdr',
  'st', 'mt', 'ft', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'atty', 'messrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vs', 'approx', 'dept', 'est', 'fig', 'vol',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);

const FINAL_MARKS = ['.', '?', '!'];

/** `"`, `”`, `’`, `'`, `)`, `]`: what may follow a sentence's final mark before the space. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x29 || code === 0x5d;
}

/** Splits a paragraph's text range into sentences, aware of abbreviations, initials and quotes. */
export function splitSentences(text: string, range: Span, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipBlanks(text, range.start, range.end);
  // The scan jumps from one final mark to the next; on the paragraph alone it never reads past it.
  const marks = new NeedleScan(text.slice(range.start, range.end), FINAL_MARKS);
  for (let i = start; i < range.end; i++) {
    const mark = marks.next(i - range.start);
    if (mark < 0) break;
    i = range.start + mark;
    const code = text.charCodeAt(i);
    let end = i + 1;
    while (end < range.end && (isCloser(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2e)) end++;
    if (end < range.end && !isSpace(text.charCodeAt(end))) continue;
    const next = skipBlanks(text, end, range.end);
    if (next < range.end && !startsSentence(text.charCodeAt(next))) continue;
    if (code === 0x2e && isAbbreviation(text, range.start, i)) continue;
    sentences.push({ span: { start, end }, paragraph });
    start = next;
    i = next - 1;
  }
  if (start < range.end) {
    let end = range.end;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) sentences.push({ span: { start, end }, paragraph });
  }
  return sentences;
}

function skipBlanks(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** An opening mark or bracket, a digit, or a letter that is not lower case. */
function startsSentence(code: number): boolean {
  if (code === 0x22 || code === 0x201c || code === 0x27 || code === 0x2018 || code === 0x28 || code === 0x60) return true;
  if (code >= 0x30 && code <= 0x39) return true;
  return lowersToOther(code);
}

function isAbbreviation(text: string, paragraphStart: number, period: number): boolean {
  // Read as code units: the word is sliced only when it may be in the list.
  let wordStart = period;
  let holdsPeriod = false;
  for (; wordStart > paragraphStart; wordStart--) {
    const code = text.charCodeAt(wordStart - 1);
    if (code === 0x2e) holdsPeriod = true;
    else if (!isLetterUnit(code)) break;
  }
  const length = period - wordStart;
  if (length === 1 && lowersToOther(text.charCodeAt(wordStart))) return true; // an initial: John F. Kennedy
  if (holdsPeriod) return true; // U.S., a.m., U.N.
  // Compared in place: no slice and lower-cased copy to hash per sentence end.
  return ABBREVIATIONS.hasAt(text, wordStart, period);
}
