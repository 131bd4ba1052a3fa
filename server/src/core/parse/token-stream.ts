import { Sentence, Span } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { NAME_SUFFIX, TITLE } from '../lexicon/word-classes';
import { lastWordCrossedLine, nextWordStart, wordEnd } from './word-scan';

/** Flags of a word in a TokenStream. */
export const POSSESSIVE = 1;
export const CAPITALISED = 2;
/** Only spaces separate the word from the previous one (no punctuation between). */
export const JOINED = 4;

/**
 * The words of an article's sentences, read once and shared by every stage: parallel arrays indexed by word,
 * instead of an object per word. A word is as `tokenize` reads it (no possessive ending, a final period kept
 * only on short words); the last word of a sentence also loses a period that is the sentence's (`Alger Hiss.`).
 */
export class TokenStream {
  count = 0;
  /** The word as written (without a possessive ending or a sentence period), one line for a word hyphenated across lines. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** POSSESSIVE | CAPITALISED | JOINED. */
  flags: Uint8Array;
  /** The lexicon's classes of each word (word-classes.ts). */
  classes: Int32Array;
  /** Sentence `s` holds words `sentenceFirst[s]` to `sentenceFirst[s + 1] - 1`. */
  readonly sentenceFirst: Int32Array;

  constructor(
    readonly text: string,
    sentenceCount: number,
    expectedWords: number,
  ) {
    const capacity = Math.max(16, expectedWords);
    this.words = new Array<string>(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.classes = new Int32Array(capacity);
    this.sentenceFirst = new Int32Array(sentenceCount + 1);
  }

  has(index: number, flag: number): boolean {
    return (this.flags[index] & flag) !== 0;
  }

  push(word: string, start: number, end: number, flags: number, classes: number): void {
    if (this.count === this.starts.length) this.grow();
    const index = this.count++;
    this.words[index] = word;
    this.starts[index] = start;
    this.ends[index] = end;
    this.flags[index] = flags;
    this.classes[index] = classes;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.classes = grown(this.classes, new Int32Array(size));
  }
}

/**
 * The words of every sentence, in order. Words that overlap an `excluded` span (the dateline) are left out;
 * a word after one still counts as joined to it, as it is in the text.
 */
export function tokenizeSentences(text: string, sentences: Sentence[], lexicon: Lexicon, excluded: Span[]): TokenStream {
  const stream = new TokenStream(text, sentences.length, Math.ceil(text.length / 5));
  for (let s = 0; s < sentences.length; s++) {
    stream.sentenceFirst[s] = stream.count;
    const span = sentences[s].span;
    const cut = excluded.filter((other) => other.start < span.end && other.end > span.start);
    appendWords(stream, span, lexicon, cut);
    dropSentencePeriod(stream, stream.sentenceFirst[s], lexicon);
  }
  stream.sentenceFirst[sentences.length] = stream.count;
  return stream;
}

/** The words of one span (for a mention or a name), unclassified. */
export function tokenizeSpan(text: string, span: Span): TokenStream {
  const stream = new TokenStream(text, 1, 16);
  appendWords(stream, span, undefined, []);
  stream.sentenceFirst[1] = stream.count;
  return stream;
}

// `el-Batouti`, `al-Assad`: the article is written small but the name is capitalised.
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u;
const KEEPS_PERIOD = /^(?:\p{Lu}|[\p{L}]{1,4})\.$/u;

// This loop runs for every word of the article: it reads char codes, and slices the text once per word.
function appendWords(stream: TokenStream, span: Span, lexicon: Lexicon | undefined, excluded: Span[]): void {
  const text = stream.text;
  // The words of `text.slice(span.start, span.end)`, found in place (a span outside the text is cut to it).
  const limit = Math.min(Math.max(span.end, 0), text.length);
  let previousEnd = -1;
  for (let start = nextWordStart(text, Math.max(span.start, 0), limit); start < limit; start = nextWordStart(text, previousEnd, limit)) {
    const matchEnd = wordEnd(text, start, limit);
    // A word hyphenated across lines is read as one line: `Diaz-\nCanel` is `Diaz-Canel`.
    const crossesLine = lastWordCrossedLine;
    let end = matchEnd;
    if (text.charCodeAt(end - 1) === 0x2e && !KEEPS_PERIOD.test(text.slice(start, end))) end--;
    let flags = 0;
    const following = matchEnd < limit ? text.charCodeAt(matchEnd) : -1;
    if (endsWithPossessive(text, start, end)) {
      end -= 2;
      flags |= POSSESSIVE;
    } else if ((following === 0x27 || following === 0x2019) && text.charCodeAt(end - 1) === 0x73) {
      // `Jones'`: a word would have swallowed the apostrophe had a letter followed it, so a plural possessive is
      // all that is left (a closing single quote after a plural cannot be told apart and reads the same way).
      flags |= POSSESSIVE;
    }
    const table = lexicon?.words;
    const id = table && !crossesLine ? table.idOfSlice(text, start, end) : -1;
    const word = id >= 0 ? table!.form(id) : crossesLine ? text.slice(start, end).replace(/-\s+/g, '-') : text.slice(start, end);
    if (startsCapitalised(word)) flags |= CAPITALISED;
    if (previousEnd >= 0 && isShortSpaceGap(text, previousEnd, start)) flags |= JOINED;
    previousEnd = matchEnd;
    if (excluded.length && excluded.some((other) => other.start < end && other.end > start)) continue;
    const classes = id >= 0 ? table!.classesOf(id) : lexicon ? lexicon.classOf(word) : 0;
    stream.push(word, start, end, flags, classes);
  }
}

/** `Alger Hiss.` at a sentence end: the period is the sentence's, not part of a short name. */
function dropSentencePeriod(stream: TokenStream, first: number, lexicon: Lexicon): void {
  const last = stream.count - 1;
  if (last < first) return;
  const word = stream.words[last];
  if (!word.endsWith('.') || word.length <= 2 || (stream.classes[last] & (TITLE | NAME_SUFFIX)) !== 0) return;
  const cut = word.slice(0, -1);
  stream.words[last] = cut;
  stream.ends[last]--;
  stream.classes[last] = lexicon.classOf(cut);
}

/** `Castro's`, `Castro’s`. */
function endsWithPossessive(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 0x73) return false;
  const apostrophe = text.charCodeAt(end - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

/** An upper-case first letter, or a lower-case Arabic article before a capitalised name (`al-Assad`). */
function startsCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x61 || code > 0x7a) {
    const first = word.charAt(0);
    if (first !== first.toLowerCase()) return true;
  }
  return (word.charCodeAt(2) === 0x2d || word.charCodeAt(3) === 0x2d) && ARABIC_ARTICLE.test(word);
}

/**
 * One to three whitespace characters (as `\s` matches) between two words: nothing else separates them. A name
 * dot alone (`Ljaucu‧Zingrur`, `Avu·Talimaw`) joins the two parts of a name the same way.
 */
function isShortSpaceGap(text: string, from: number, to: number): boolean {
  if (to - from === 1 && (text.charCodeAt(from) === 0x2027 || text.charCodeAt(from) === 0xb7)) return true;
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

function isWhitespace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
