// The tokenizer: reads the words of an article's sentences into a TokenStream (token-stream.ts holds them).
import { Sentence, Span } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { NAME_SUFFIX, TITLE } from '../lexicon/word-classes';
import { WordShapes, MAY_BE_ANY } from '../lexicon/word-shapes';
import { isSpaceUnit } from './char-class';
import { ASCII_LETTERS, CAPITALISED, CROSSES_LINE, JOINED, POSSESSIVE, TokenStream } from './token-stream';
import { isAsciiLetter, lastWordAsciiLetters, lastWordCrossedLine, nextWordStart, wordEnd } from './word-scan';

/**
 * The words of every sentence, in order. Words that overlap an `excluded` span (the dateline) are left out;
 * a word after one still counts as joined to it, as it is in the text.
 */
export function tokenizeSentences(text: string, sentences: Sentence[], lexicon: Lexicon, excluded: Span[]): TokenStream {
  const stream = new TokenStream(text, lexicon, sentences.length, Math.ceil(text.length / 5));
  for (let s = 0; s < sentences.length; s++) {
    stream.sentenceFirst[s] = stream.count;
    const span = sentences[s].span;
    appendWords(stream, lexicon.shapes, span, excluded.length === 0 ? NOTHING_EXCLUDED : excludedWithin(excluded, span));
    dropSentencePeriod(stream, lexicon, stream.sentenceFirst[s]);
  }
  stream.sentenceFirst[sentences.length] = stream.count;
  return stream;
}

/** The words of one span (for a mention or a name), unclassified. */
export function tokenizeSpan(text: string, span: Span): TokenStream {
  const stream = new TokenStream(text, undefined, 1, 16);
  appendWords(stream, undefined, span, []);
  stream.sentenceFirst[1] = stream.count;
  return stream;
}

const NOTHING_EXCLUDED: Span[] = [];

/**
 * The excluded spans a sentence crosses: most sentences are clear of the dateline, and no array is made for them
 * (nor a closure per sentence, as `some` and `filter` would take).
 */
function excludedWithin(excluded: Span[], span: Span): Span[] {
  let within = NOTHING_EXCLUDED;
  for (let k = 0; k < excluded.length; k++) {
    if (!crosses(excluded[k], span.start, span.end)) continue;
    if (within === NOTHING_EXCLUDED) within = [];
    within.push(excluded[k]);
  }
  return within;
}

function crosses(span: Span, start: number, end: number): boolean {
  return span.start < end && span.end > start;
}

function crossesAny(spans: Span[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (crosses(spans[k], start, end)) return true;
  return false;
}

// `el-Batouti`, `al-Assad`: the article is written small but the name is capitalised.
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u;
const LETTER = /^\p{L}$/u;

// This loop runs for every word of the article: it reads char codes and stores offsets; no string is made. Each
// character is read once where it can be: a word's stop character and the letter after a single space are kept,
// not read again to find the next word, test the gap or the capital (charCodeAt costs tens of instructions). The
// word's first two letters, read here, give its shape bits (`shapes` undefined: none).
function appendWords(stream: TokenStream, shapes: WordShapes | undefined, span: Span, excluded: Span[]): void {
  const text = stream.text;
  // The words of `text.slice(span.start, span.end)`, found in place (a span outside the text is cut to it).
  const limit = Math.min(Math.max(span.end, 0), text.length);
  let previousEnd = -1;
  /** The code unit at previousEnd (-1 at the limit). */
  let previousStop = -1;
  let start = nextWordStart(text, Math.max(span.start, 0), limit);
  let first = start < limit ? text.charCodeAt(start) : 0;
  // The columns as locals, stored to without a method call per word (they change only when the stream grows).
  let { starts, ends, flags: flagColumn } = stream;
  let count = stream.count;
  while (start < limit) {
    // Most words are ASCII letters ended by a space or punctuation that joins nothing: read here, without a call.
    // Such a word holds no period, hyphen or apostrophe, so it is no possessive and opens with no Arabic article.
    let after = start;
    let stop = first;
    let second = 0;
    if (isAsciiLetter(first)) {
      after++;
      if (after < limit && isAsciiLetter((stop = text.charCodeAt(after)))) {
        second = stop;
        after++;
        while (after < limit && isAsciiLetter((stop = text.charCodeAt(after)))) after++;
      }
    }
    let matchEnd = after;
    let end = after;
    let flags = ASCII_LETTERS;
    const plain = after === limit || (stop < 0x80 && stop !== 0x2d && stop !== 0x27 && stop !== 0x2e);
    if (plain) {
      if (first <= 0x5a) flags |= CAPITALISED;
      if (shapes !== undefined) flags |= shapes.shapeOfUnits(first, second, after - start);
    } else {
      // The ASCII letters read above are not read again.
      matchEnd = end = wordEnd(text, after, limit);
      flags = lastWordCrossedLine ? CROSSES_LINE : 0;
      if (text.charCodeAt(end - 1) === 0x2e && !keepsPeriod(text, start, end)) end--;
      if (lastWordAsciiLetters && text.charCodeAt(end - 1) !== 0x2e) flags |= ASCII_LETTERS;
      stop = matchEnd < limit ? text.charCodeAt(matchEnd) : -1;
      if (endsWithPossessive(text, start, end)) {
        end -= 2;
        flags |= POSSESSIVE;
      } else if ((stop === 0x27 || stop === 0x2019) && text.charCodeAt(end - 1) === 0x73) {
        // `Jones'`: a word would have swallowed the apostrophe had a letter followed it, so a plural possessive is
        // all that is left (a closing single quote after a plural cannot be told apart and reads the same way).
        flags |= POSSESSIVE;
      }
      if (!(flags & CROSSES_LINE) && startsCapitalised(text, start, end)) flags |= CAPITALISED;
      // A word across lines may be anything: its one-line text is not read here.
      if (shapes !== undefined) flags |= flags & CROSSES_LINE ? MAY_BE_ANY : shapes.shapeOf(text, start, end);
    }
    // One space between two words is the common case, answered without a call.
    if (previousEnd >= 0 && ((start - previousEnd === 1 && previousStop === 0x20) || isShortSpaceGap(text, previousEnd, start))) flags |= JOINED;
    previousEnd = matchEnd;
    previousStop = matchEnd < limit ? stop : -1;
    if (excluded.length === 0 || !crossesAny(excluded, start, end)) {
      if (count === starts.length) {
        stream.count = count;
        stream.grow();
        ({ starts, ends, flags: flagColumn } = stream);
      }
      starts[count] = start;
      ends[count] = end;
      flagColumn[count] = flags;
      count++;
      if (flags & CROSSES_LINE) {
        stream.count = count;
        capitaliseAcrossLine(stream, count - 1);
      }
    }
    // The next word right after one space: its first letter is read once, here.
    const next = matchEnd + 1;
    if (previousStop === 0x20 && next < limit && isAsciiLetter((first = text.charCodeAt(next)))) {
      start = next;
    } else {
      start = nextWordStart(text, matchEnd, limit);
      if (start < limit) first = text.charCodeAt(start);
    }
  }
  stream.count = count;
}

/** A word across lines is capitalised as its one-line text is (`al-\nAssad` reads as `al-Assad`). */
function capitaliseAcrossLine(stream: TokenStream, index: number): void {
  const word = stream.word(index);
  if (startsCapitalised(word, 0, word.length)) stream.flags[index] |= CAPITALISED;
}

/** `Alger Hiss.` at a sentence end: the period is the sentence's, not part of a short name (`F.`, `Jr.`, `Sen.`). */
function dropSentencePeriod(stream: TokenStream, lexicon: Lexicon, first: number): void {
  const last = stream.count - 1;
  if (last < first || stream.text.charCodeAt(stream.ends[last] - 1) !== 0x2e) return;
  const start = stream.starts[last];
  const end = stream.ends[last];
  const acrossLine = stream.has(last, CROSSES_LINE);
  if ((acrossLine ? stream.word(last).length : end - start) <= 2) return;
  // Most words here (`said.`) open as no title or suffix does: they are not looked up with their period.
  if ((acrossLine || lexicon.shapes.mayBeTitleOrSuffix(stream.text, start, end)) && (stream.classesAt(last) & (TITLE | NAME_SUFFIX)) !== 0) return;
  stream.dropFinalPeriod(last);
}

/** `Dr.`, `F.`, `Sen.`: one to four letters (no marks, hyphens or apostrophes) before the final period keep it. */
function keepsPeriod(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end - 1; letters++) {
    if (letters === 4) return false;
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (((code | 0x20) < 0x61 || (code | 0x20) > 0x7a)) return false;
      i++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (!LETTER.test(String.fromCodePoint(point))) return false;
    i += point > 0xffff ? 2 : 1;
  }
  return letters > 0;
}

/** `Castro's`, `Castro’s`. */
function endsWithPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 0x73) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/** An upper-case first letter, or a lower-case Arabic article before a capitalised name (`al-Assad`): `text.slice(start, end)`. */
function startsCapitalised(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x61 || code > 0x7a) {
    const first = text.charAt(start);
    if (first !== first.toLowerCase()) return true;
  }
  // Every Arabic article the pattern knows opens with `a` or `e`: other words are not read further.
  if (code !== 0x61 && code !== 0x65) return false;
  const hyphen = (start + 2 < end && text.charCodeAt(start + 2) === 0x2d) || (start + 3 < end && text.charCodeAt(start + 3) === 0x2d);
  return hyphen && ARABIC_ARTICLE.test(text.slice(start, end));
}

/**
 * One to three whitespace characters (as `\s` matches) between two words: nothing else separates them. A name
 * dot alone (`Ljaucu‧Zingrur`, `Avu·Talimaw`) joins the two parts of a name the same way.
 */
function isShortSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && (text.charCodeAt(from) === 0x2027 || text.charCodeAt(from) === 0xb7)) return true;
  if (to - from < 1 || to - from > 3) return false;
  // `Wheat     Corn   Soybeans`: three spaces in a line part a table's columns, not the words of one name.
  if (to - from === 3 && text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === 0x20 && text.charCodeAt(from + 2) === 0x20) return false;
  for (let i = from; i < to; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}
