import { Sentence, Span } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { CLASSIFIED, NAME_SUFFIX, TITLE } from '../lexicon/word-classes';
import { WordShapes, MAY_BE_ANY, MAY_BE_FOLDED_PARTICLE, MAY_BE_LOWERCASE_TITLE, MAY_BE_PRONOUN } from '../lexicon/word-shapes';
import { WordTable } from '../lexicon/word-table';
import { isSpaceUnit } from './char-class';
import { allocateColumns } from './token-columns';
import { isAsciiLetter, lastWordAsciiLetters, lastWordCrossedLine, nextWordStart, wordEnd } from './word-scan';

/** Flags of a word in a TokenStream. */
export const POSSESSIVE = 1;
export const CAPITALISED = 2;
/** Only spaces separate the word from the previous one (no punctuation between). */
export const JOINED = 4;
/** The word goes on across a line break (`Diaz-` at a line end, `Canel` on the next): its text is not a slice. */
export const CROSSES_LINE = 8;
/** The word is one run of ASCII letters: no hyphen, apostrophe or period inside or kept at its end, no other letter. */
export const ASCII_LETTERS = 16;
// Bits 5 to 7 are the lexicon's MAY_BE_* bits of the word's shape (none without a lexicon).

/**
 * The words of an article's sentences, read once and shared by every stage: parallel arrays indexed by word,
 * instead of an object per word. A word is as `tokenize` reads it (no possessive ending, a final period kept
 * only on short words); the last word of a sentence also loses a period that is the sentence's (`Alger Hiss.`).
 * A word is looked up in the lexicon's word table only when a stage asks for it (most words are never asked).
 */
export class TokenStream {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  /** POSSESSIVE | CAPITALISED | JOINED | CROSSES_LINE | ASCII_LETTERS, and the lexicon's MAY_BE_* bits. */
  flags: Uint8Array;
  /** Sentence `s` holds words `sentenceFirst[s]` to `sentenceFirst[s + 1] - 1`. */
  sentenceFirst: Int32Array;
  /** Filled on demand: the word's id in the word table + 1, and its classes (word-classes.ts); 0 for not looked up yet. */
  private ids: Int32Array;
  private classes: Int32Array;
  private readonly table: WordTable | undefined;
  /** The table's generation the ids belong to (ids of an earlier one name other words). */
  private generation: number;

  constructor(
    readonly text: string,
    private readonly lexicon: Lexicon | undefined,
    sentenceCount: number,
    expectedWords: number,
  ) {
    ({ starts: this.starts, ends: this.ends, ids: this.ids, classes: this.classes, flags: this.flags, sentenceFirst: this.sentenceFirst } =
      allocateColumns(Math.max(16, expectedWords), sentenceCount));
    this.table = lexicon?.words;
    this.generation = this.table ? this.table.generation : 0;
  }

  /** A stream is read from its text, never stored or sent: JSON leaves it out of an article. */
  toJSON(): undefined {
    return undefined;
  }

  has(index: number, flag: number): boolean {
    return (this.flags[index] & flag) !== 0;
  }

  /** The word as written, without a possessive ending or a sentence period, on one line. */
  word(index: number): string {
    const table = this.table;
    if (table === undefined) return this.sliceWord(index);
    if (table.generation !== this.generation) this.forgetIds(table.generation);
    if (this.ids[index] === 0) this.lookUp(index);
    return table.form(this.ids[index] - 1);
  }

  /** The lexicon's classes of the word (bits of word-classes.ts). */
  classesAt(index: number): number {
    const known = this.classes[index];
    if (known !== 0) return known;
    this.lookUp(index);
    return this.classes[index];
  }

  /** Whether the word may be a lower-case person title (`spokesperson`): false for most words, without a look-up. */
  mayBeLowercaseTitle(index: number): boolean {
    return (this.flags[index] & MAY_BE_LOWERCASE_TITLE) !== 0;
  }

  /** Whether the word may be a name particle in any case (`De`, `van`): false for most words, without a look-up. */
  mayBeFoldedParticle(index: number): boolean {
    return (this.flags[index] & MAY_BE_FOLDED_PARTICLE) !== 0;
  }

  /** Whether the word may be a pronoun (`he`, `Her`): false for most words, without a look-up. */
  mayBePronoun(index: number): boolean {
    return (this.flags[index] & MAY_BE_PRONOUN) !== 0;
  }

  /**
   * The last word of a sentence loses a period that is the sentence's, not the word's: a shorter word, another shape,
   * looked up again when a stage asks.
   */
  dropFinalPeriod(index: number): void {
    this.ends[index]--;
    if (this.lexicon !== undefined && !(this.flags[index] & CROSSES_LINE)) {
      this.flags[index] = (this.flags[index] & ~MAY_BE_ANY) | this.lexicon.shapes.shapeOf(this.text, this.starts[index], this.ends[index]);
    }
    this.ids[index] = 0;
    this.classes[index] = 0;
  }

  private lookUp(index: number): void {
    const table = this.table;
    if (table === undefined) {
      this.classes[index] = CLASSIFIED;
      return;
    }
    const id = this.flags[index] & CROSSES_LINE ? table.idOf(this.sliceWord(index)) : table.idOfSlice(this.text, this.starts[index], this.ends[index]);
    // The table may have started again (once in a hundred thousand new words): the ids read before name other words.
    if (table.generation !== this.generation) this.forgetIds(table.generation);
    this.ids[index] = id + 1;
    this.classes[index] = table.classesOf(id);
  }

  /** Classes stay true of the words; only the ids are read again. */
  private forgetIds(generation: number): void {
    this.ids.fill(0);
    this.generation = generation;
  }

  private sliceWord(index: number): string {
    const word = this.text.slice(this.starts[index], this.ends[index]);
    return this.flags[index] & CROSSES_LINE ? word.replace(/-\s+/g, '-') : word;
  }

  /** Twice the room for words; the caller reads the new columns. */
  grow(): void {
    const columns = allocateColumns(this.starts.length * 2, this.sentenceFirst.length - 1);
    columns.starts.set(this.starts);
    columns.ends.set(this.ends);
    columns.ids.set(this.ids);
    columns.classes.set(this.classes);
    columns.flags.set(this.flags);
    columns.sentenceFirst.set(this.sentenceFirst);
    ({ starts: this.starts, ends: this.ends, ids: this.ids, classes: this.classes, flags: this.flags, sentenceFirst: this.sentenceFirst } = columns);
  }
}

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

/** The excluded spans a sentence crosses: most sentences are clear of the dateline, and no array is made for them. */
function excludedWithin(excluded: Span[], span: Span): Span[] {
  const crosses = (other: Span) => other.start < span.end && other.end > span.start;
  return excluded.some(crosses) ? excluded.filter(crosses) : NOTHING_EXCLUDED;
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
      matchEnd = end = wordEnd(text, start, limit);
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
    if (excluded.length === 0 || !excluded.some((other) => other.start < end && other.end > start)) {
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
