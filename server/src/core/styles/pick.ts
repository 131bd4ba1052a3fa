import { isDistributionService } from '../parse/release';
import { HouseStyle } from './style';

/** Letters only, lower case: `BUSINESS WIRE`, `Business Wire` and `BusinessWire` are one agency. */
export function agencyKey(name: string): string {
  // A name of ASCII letters only (`Xinhua`, `Reuters`) has nothing for the Unicode pattern to drop.
  let lettersOnly = true;
  for (let i = 0; i < name.length && lettersOnly; i++) {
    const code = name.charCodeAt(i) | 0x20;
    lettersOnly = code >= 0x61 && code <= 0x7a;
  }
  return lettersOnly ? name.toLowerCase() : name.toLowerCase().replace(NOT_A_LETTER, '');
}

const NOT_A_LETTER = /[^\p{L}]/gu;

/** Every name a style's agency goes by, as keys. */
export function agencyKeys(style: HouseStyle): readonly string[] {
  // Worked out once per style: two dateline rules ask for every dated article.
  let keys = agencyKeysByStyle.get(style);
  if (!keys) agencyKeysByStyle.set(style, (keys = style.agency ? [style.agency, ...(style.agencyAliases ?? [])].map(agencyKey) : []));
  return keys;
}

const agencyKeysByStyle = new WeakMap<HouseStyle, readonly string[]>();

/** A style `auto` chose, and why, in words for the status bar (`the dateline names Xinhua`). */
export interface StylePick {
  style: HouseStyle;
  reason: string;
}

/** What `auto` reads from an article to pick its style. */
export interface StyleEvidence {
  /** The lead dateline's agency, as written. */
  agency?: string;
  /** Whether the story has a dateline at all. */
  dated: boolean;
  /** The last word of the text (`Reuter`, `Enditem`). */
  lastWord?: string;
  /** The dateline's dash, when it has one. */
  separator?: string;
}

/**
 * The style whose agency the dateline names; for a dateline without an agency, the agency-less style whose
 * sign-off ends the story (Reuters 1987: `NEW YORK, Feb 26 -` … ` Reuter`), or the agency-less style without a sign-off
 * whose dateline dash it is; for an undated story, the style whose sign-off ends it (` Enditem`). Undefined when
 * nothing points to one.
 */
export function pickStyle(styles: HouseStyle[], evidence: StyleEvidence): StylePick | undefined {
  const { agency, lastWord, separator } = evidence;
  if (agency) {
    const key = agencyKey(agency);
    const named = key ? styles.find((style) => agencyKeys(style).includes(key)) : undefined;
    if (named) return { style: named, reason: `the dateline names \`${agency}\`` };
    // A distribution service not listed by name (`/EZ Newswire/`) still marks a press release.
    const release = isDistributionService(agency) ? styles.find((style) => style.release !== undefined) : undefined;
    return release && { style: release, reason: `the dateline names the distribution service \`${agency}\`` };
  }
  const lastKey = lastWord === undefined ? '' : agencyKey(lastWord);
  // Letters only, so that Yonhap's `(END)` is the `END` that ends the text.
  const signsOff = (style: HouseStyle) => lastKey !== '' && style.terminator !== undefined && agencyKey(style.terminator) === lastKey;
  // Under an agency-less dateline only an agency-less style's sign-off counts: `(Xinhua)` would be missing, not implied.
  const bySignOff = styles.find((style) => signsOff(style) && (!evidence.dated || !style.agency));
  if (bySignOff) return { style: bySignOff, reason: `the story ends with \`${bySignOff.terminator}\`` };
  // No agency and no sign-off: a style that has neither and whose dateline dash it is (NYT News Service: `DETROIT _`).
  const byDash = separator === undefined ? undefined : styles.find((style) => !style.agency && !style.terminator && style.separator === separator);
  return byDash && { style: byDash, reason: `the dateline has no agency and ends with ${byDash.name}'s dash \`${separator}\`` };
}

/**
 * The last word of a text (`Reuter` in `… said. Reuter`), read from its 200-character tail: what
 * `/([\p{L}#\d-]+)\W*$/u` captures there. Read backwards by hand: that pattern, tried at every offset of the tail,
 * cost 3 % of analysing a short story.
 */
export function lastWordOf(text: string): string | undefined {
  const tail = text.slice(Math.max(0, text.length - 200));
  // After the word only non-word characters (`\W`: not ASCII letters, digits or `_`) may stand.
  let lastWordChar = tail.length - 1;
  while (lastWordChar >= 0 && !isAsciiWordChar(tail.charCodeAt(lastWordChar))) lastWordChar--;
  // The word is the first run of its characters that reaches past the last ASCII word character.
  let start: number;
  if (lastWordChar >= 0 && tail.charCodeAt(lastWordChar) !== 0x5f) {
    start = lastWordChar;
    for (let width = widthBefore(tail, start); width > 0; width = widthBefore(tail, start)) start -= width;
  } else {
    start = lastWordChar + 1;
    while (start < tail.length && !isWordPart(tail.codePointAt(start)!)) start += tail.codePointAt(start)! > 0xffff ? 2 : 1;
    if (start >= tail.length) return undefined;
  }
  let end = start;
  while (end < tail.length && isWordPart(tail.codePointAt(end)!)) end += tail.codePointAt(end)! > 0xffff ? 2 : 1;
  return tail.slice(start, end);
}

/** `[A-Za-z0-9_]`: what `\w` matches in a pattern without the `i` flag. */
function isAsciiWordChar(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

const LETTER = /^\p{L}$/u;

/** `[\p{L}#\d-]` for one code point. */
function isWordPart(point: number): boolean {
  if (point < 0x80) return ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a) || (point >= 0x30 && point <= 0x39) || point === 0x23 || point === 0x2d;
  return LETTER.test(String.fromCodePoint(point));
}

/** The width (1, or 2 for a surrogate pair) of the word character ending just before `at`, or 0 when there is none. */
function widthBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const unit = text.charCodeAt(at - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordPart(text.codePointAt(at - 2)!) ? 2 : 0;
  }
  return isWordPart(unit) ? 1 : 0;
}
