import { Span } from '../article';
import { nextWordStart, wordEnd } from './word-scan';

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
}

// `el-Batouti`, `al-Assad`: the article is written small but the name is capitalised.
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u;
const ASCII = /^[\x00-\x7f]*$/;
const KEEPS_PERIOD = /^(?:\p{Lu}|[\p{L}]{1,4})\.$/u;

/** Words of a span of text, in order. A final period is kept only on short words (`Dr.`, `F.`, `Sen.`). */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  // The words of `text.slice(span.start, span.end)`, found in place (a span outside the text is cut to it).
  const limit = Math.min(Math.max(span.end, 0), text.length);
  let previousEnd = -1;
  for (let start = nextWordStart(text, Math.max(span.start, 0), limit); start < limit; start = nextWordStart(text, previousEnd, limit)) {
    const matchEnd = wordEnd(text, start, limit);
    let word = text.slice(start, matchEnd);
    if (word.endsWith('.') && !KEEPS_PERIOD.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const following = matchEnd < limit ? text.charCodeAt(matchEnd) : -1;
    if (endsWithPossessive(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if ((following === 0x27 || following === 0x2019) && word.endsWith('s')) {
      // `Jones'`: a word would have swallowed the apostrophe had a letter followed it, so a plural possessive is
      // all that is left (a closing single quote after a plural cannot be told apart and reads the same way).
      possessive = true;
    }
    const end = start + word.length;
    if (word.includes('\n')) word = word.replace(/-\s+/g, '-');
    tokens.push({
      text: word,
      start,
      end,
      possessive,
      capitalised: startsCapitalised(word),
      joined: previousEnd >= 0 && isShortSpaceGap(text, previousEnd, start),
    });
    previousEnd = matchEnd;
  }
  return tokens;
}

// The checks below run for every word of every sentence, so they read char codes instead of running regexes.

/** `Castro's`, `Castro’s`. */
function endsWithPossessive(word: string): boolean {
  const last = word.length - 1;
  if (last < 1 || word.charCodeAt(last) !== 0x73) return false;
  const apostrophe = word.charCodeAt(last - 1);
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

/** Folds case and diacritics so that `Díaz-Canel` and `Diaz-Canel` compare equal. */
export function foldName(name: string): string {
  // Plain ASCII has no marks to strip and no curly apostrophe: skip the Unicode normalisation (most names).
  if (ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}
