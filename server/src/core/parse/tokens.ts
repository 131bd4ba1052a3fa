import { Span } from '../article';

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

// Letters with inner hyphens, apostrophes and periods (`Diaz-Canel`, `O'Brien`, `U.S.`), and a final period.
// A hyphen at a line end joins the word across the break (`el-` / `Batouti` in hard-wrapped copy).
const WORD = /[\p{L}\p{M}]+(?:[-'’.][\p{L}\p{M}]+|-[ \t]*\r?\n[ \t]*[\p{L}\p{M}]+)*\.?/gu;
// `el-Batouti`, `al-Assad`: the article is written small but the name is capitalised.
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
const KEEPS_PERIOD = /^(?:\p{Lu}|[\p{L}]{1,4})\.$/u;

/** Words of a span of text, in order. A final period is kept only on short words (`Dr.`, `F.`, `Sen.`). */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  let previousEnd = -1;
  for (let found = WORD.exec(slice); found; found = WORD.exec(slice)) {
    let word = found[0];
    const start = span.start + found.index;
    if (word.endsWith('.') && !KEEPS_PERIOD.test(word)) word = word.slice(0, -1);
    let possessive = false;
    if (POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if ((slice[found.index + found[0].length] === "'" || slice[found.index + found[0].length] === '’') && word.endsWith('s')) {
      possessive = /\s|$/.test(slice[found.index + found[0].length + 1] ?? '');
    }
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const first = word.charAt(0);
    tokens.push({
      text: word.includes('\n') ? word.replace(/-\s+/g, '-') : word,
      start,
      end: start + word.length,
      possessive,
      capitalised: first !== first.toLowerCase() || ARABIC_ARTICLE.test(word),
      joined: previousEnd >= 0 && /^\s{1,3}$/.test(gap),
    });
    previousEnd = start + found[0].length;
  }
  return tokens;
}

/** Folds case and diacritics so that `Díaz-Canel` and `Diaz-Canel` compare equal. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}
