import { Span } from '../article';
import { CAPITALISED, JOINED, POSSESSIVE, TokenStream } from './token-stream';
import { tokenizeSpan } from './tokenizer';

// Folding lives in fold-name.ts (the word table folds too); the parse stages and rules import it from here.
export { foldName } from './fold-name';

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
