import { Span } from '../article';
import { CAPITALISED, JOINED, POSSESSIVE, TokenStream } from './token-stream';
import { tokenizeSpan } from './tokenizer';

/** One word as an object: for the few words that are read as names; the article's words live in a TokenStream. */
export interface Token {
  /** The word without a possessive ending or a sentence period. */
  text: string;
  start: number;
  end: number;
  /** True for `Castro's`, `Castro’s`, `Jones'`. */
  possessive: boolean;
  capitalised: boolean;
  /** True when only spaces separate this token from the previous one (no punctuation between). */
  joined: boolean;
  /** The lexicon's classes of `text` (bits of word-classes.ts), as the stream read them; no bits but CLASSIFIED without a lexicon. */
  classes: number;
}

/** Words of a span of text, in order. A final period is kept only on short words (`Dr.`, `F.`, `Sen.`). */
export function tokenize(text: string, span: Span): Token[] {
  const stream = tokenizeSpan(text, span);
  const tokens: Token[] = [];
  for (let i = 0; i < stream.count; i++) tokens.push(tokenAt(stream, i));
  return tokens;
}

/** The stream's word at `index` as an object. */
export function tokenAt(stream: TokenStream, index: number): Token {
  const flags = stream.flags[index];
  return {
    text: stream.word(index),
    start: stream.starts[index],
    end: stream.ends[index],
    possessive: (flags & POSSESSIVE) !== 0,
    capitalised: (flags & CAPITALISED) !== 0,
    joined: (flags & JOINED) !== 0,
    classes: stream.classesAt(index),
  };
}

/**
 * The tokens' texts with a space between (`Miguel Diaz-Canel`). A loop, not `map(…).join(' ')`: the array that
 * optimised code's inlined map() makes has another elements kind than the builtin's, and join() then deoptimises
 * the caller (findPeople, looksLikePerson) the first time it meets it.
 */
export function joinTexts(tokens: readonly { text: string }[]): string {
  let joined = '';
  for (let i = 0; i < tokens.length; i++) joined = i === 0 ? tokens[i].text : `${joined} ${tokens[i].text}`;
  return joined;
}

/** The text from a run's first token to its last, each run of white space (a line break too) as one space. */
export function joinTokens(text: string, tokens: readonly { start: number; end: number }[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
}

/** Folds case and diacritics so that `Díaz-Canel` and `Diaz-Canel` compare equal. */
export function foldName(name: string): string {
  // Plain ASCII has no marks to strip and no curly apostrophe (most names): lower case is all. A cache of folded
  // words cost more than it saved here, its look-ups missing the processor's caches across an archive's words.
  if (isAscii(name)) return name.toLowerCase();
  // The Unicode normalisation is costly: a non-ASCII word is folded once and its folded form remembered.
  return name.length >= SLICE_LENGTH ? fold(name) : rememberedFold(name);
}

/**
 * foldName for a word of a name run, remembered even when it is ASCII: the same word comes from the word table as
 * one string, so a run's word is looked up by a hash the string keeps, and no lower-cased copy is made per use.
 */
export function foldWord(word: string): string {
  return word.length >= SLICE_LENGTH ? foldName(word) : rememberedFold(word);
}

/** A short word folded, from the remembered ones or folded now (on a miss only) and remembered. */
function rememberedFold(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(word, (folded = isAscii(word) ? word.toLowerCase() : fold(word)));
  }
  return folded;
}

// V8 slices a string of 13 characters or more as a view of its source: a name that long could keep a whole article
// alive as a key here, so only shorter ones (single words, most of them) are remembered.
const SLICE_LENGTH = 13;
const MAX_FOLDED_WORDS = 1 << 14;
const foldedWords = new Map<string, string>();

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

// Called for every name and word looked up: a loop over char codes, not a regex.
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
