import { ROLE_NOUNS } from '../lexicon/people-words';
import { isSpaceUnit } from './char-class';
import { foldName } from './tokens';

/** One capitalised word. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

// What follows a firm's name and never a person's (past a closing parenthesis: `J.H. Rayner (Mincing Lane) Ltd`): `Morgan Stanley and Co`, `Samuel Montagu and Sons Ltd`,
// `Jim Walter Corp`, `<Honeywell Bull Inc>`, `Jacobs common shares`.
export const FIRM_AFTER = /^\)?(?:,?\s*(?:and|&)\s+(?:Co\b(?!-)|Company|Sons|Partners|Associates|Brothers)|,?\s+(?:Inc|Corp|Co|Ltd|LLC|LLP|LP|Plc|PLC|AG|SA|NV|GmbH|SpA)\b(?!-)|\s+(?:Group|Brothers|Bros|Holdings|Securities|Partners|Associates|Capital)\b|\s+(?:common\s+|preferred\s+)?(?:shares|stock|stockholders|shareholders)\b)/;
/** FIRM_AFTER on the 30 characters after `end`: a firm's suffix or its shares follow the name there. */
export function firmWordsAfter(text: string, end: number): boolean {
  return mayOpenFirmWords(text, end) && FIRM_AFTER.test(text.slice(end, end + 30));
}

/**
 * False where FIRM_AFTER cannot match after `end`: past an optional `)`, an optional comma and white space, each of
 * its branches goes on with `and`, `&`, the capital of a suffix or a firm's word, `common`, `preferred` or `sh`/`st`
 * (shares, stock). Most names are followed by a verb or punctuation, and need no slice and no pattern.
 */
function mayOpenFirmWords(text: string, end: number): boolean {
  let at = end;
  if (text.charCodeAt(at) === 0x29) at++; // ')'
  if (text.charCodeAt(at) === 0x2c) at++; // ','
  while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  if (code === 0x26) return true; // '&'
  if (code === 0x61) return text.startsWith('and', at);
  if (code === 0x63) return text.startsWith('common', at);
  if (code === 0x70) return text.startsWith('preferred', at);
  if (code === 0x73) return text.charCodeAt(at + 1) === 0x68 || text.charCodeAt(at + 1) === 0x74;
  // The capitals that open a suffix or a firm's word: Inc, Corp, Ltd, Plc, AG, SA, NV, GmbH, Group, Brothers, Holdings.
  return code === 0x41 || code === 0x42 || code === 0x43 || code === 0x47 || code === 0x48 || code === 0x49 || code === 0x4c ||
    code === 0x4e || code === 0x50 || code === 0x53;
}

// The same markers' words, found anywhere; what stands before each is read without a regex (no backtracking). Two
// patterns, the capitalised words and the lower-case ones: V8 scans a text for each set about three times faster
// than for their union in one pattern (measured on the corpus: ≈5 ns a character for both, ≈17 for the union).
const FIRM_MARKER_WORDS = [
  /\b(?:Co|Company|Sons|Partners|Associates|Brothers|Inc|Corp|Ltd|LLC|LLP|LP|Plc|PLC|AG|SA|NV|GmbH|SpA|Group|Bros|Holdings|Securities|Capital)\b/g,
  /\bs(?:hares|tock|tockholders|hareholders)\b/g,
];
const CONNECTORS = new Set(['and', '&', 'common', 'preferred']);
// Suffixes set off by a comma (`Acme, Inc`); `Jane Doe, Group CEO` is a person and her title.
const AFTER_COMMA = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'LLC', 'LLP', 'LP', 'Plc', 'PLC', 'AG', 'SA', 'NV', 'GmbH', 'SpA']);
// `Prosper Water, a technology innovator`, `Acme, the Miami-based maker`: an appositive that calls the name a firm.
const FIRM_APPOSITIVE = /^,\s*(?:a|an|the|two|three|both)\s+((?:[\p{L}'’-]+\s+){0,4}?)(company|firm|maker|manufacturer|producer|provider|developer|innovator|operator|supplier|retailer|distributor|lender|bank|insurer|brokerage|startup|start-up|platform|brand|group|agency|subsidiary|subsidiaries|unit|units|division|chain|network|publisher|conglomerate|utility|carrier|airline|fund|partnership|consultancy)(?=\s*[,.;:)]|\s+(?:in|of|for|that|which|based|with|from|and|specializing|focused|serving|headquartered)\b)/u;

// Roles that a firm's appositive uses of the firm itself (`a global leader in`, `a partner to`) are not evidence.
const FIRM_ROLES = new Set(['leader', 'partner', 'owner', 'producer', 'designer', 'architect', 'player', 'investor', 'artist', 'head', 'chief']);
const PERSON_ROLES = new Set(ROLE_NOUNS.filter((role) => !FIRM_ROLES.has(role)));

/**
 * The folded names (two words or more) that the article writes as a firm's somewhere: whatever a firm's suffix
 * or its shares follow. A person's name is in this set only when a firm bears it, and then the firm is what the
 * story is about. Linear in the length of the text.
 */
export function namesWrittenAsFirms(text: string): ReadonlySet<string> {
  // The parser and a rule both ask for the same text: it is read once.
  if (text !== lastText) {
    lastNames = readFirmNames(text);
    lastText = text;
  }
  return lastNames;
}

let lastText: string | undefined;
let lastNames: ReadonlySet<string> = new Set<string>();

/** Forgets the last text's firm names: see `forgetLastText` in parse/index.ts. */
export function forgetFirmNames(): void {
  lastText = undefined;
}

/**
 * The names an article writes as a firm's: those its text marks (`namesWrittenAsFirms`), read only when a name first
 * asks (over half the stories settle every name before that question), and those a firm's appositive follows.
 */
export class FirmNames {
  private written: ReadonlySet<string> | undefined;
  private readonly byAppositive = new Set<string>();

  constructor(private readonly text: string) {}

  /** `John Morrell, a subsidiary of United Brands`: one appositive that calls the name a firm holds for every use. */
  addByAppositive(folded: string): void {
    this.byAppositive.add(folded);
  }

  has(folded: string): boolean {
    return this.byAppositive.has(folded) || (this.written ??= namesWrittenAsFirms(this.text)).has(folded);
  }

  /** Whether a firm's name opens with the folded word (`jax fashions` for `jax`, of `Mr. Jax Fashions Inc`). */
  opensWith(word: string): boolean {
    const prefix = `${word} `;
    for (const name of this.byAppositive) if (name.startsWith(prefix)) return true;
    for (const name of (this.written ??= namesWrittenAsFirms(this.text))) if (name.startsWith(prefix)) return true;
    return false;
  }
}

function readFirmNames(text: string): Set<string> {
  const names = new Set<string>();
  // The names are a set, asked only whether they hold a name: the order they are found in does not matter.
  for (const marker of FIRM_MARKER_WORDS) readNamesBeforeMarkers(text, marker, names);
  readNamesAfterFirmNouns(text, names);
  return names;
}

/** Adds the capitalised words before each of the marker's words (a firm's suffix or its shares) as a firm's name. */
function readNamesBeforeMarkers(text: string, marker: RegExp, names: Set<string>): void {
  marker.lastIndex = 0;
  for (let found = marker.exec(text); found; found = marker.exec(text)) {
    if (text[found.index + found[0].length] === '-') continue; // `Co-founder`
    const from = Math.max(0, found.index - 80);
    if (!mayEndName(text, from, found.index)) continue;
    const words = text.slice(from, found.index).split(/\s+/);
    if (words.length && words[words.length - 1] === '') words.pop();
    if (words.length && CONNECTORS.has(words[words.length - 1])) words.pop();
    // `James Capel (Far East) Ltd`: a place in parentheses between the name and its suffix.
    if (words.length && words[words.length - 1].endsWith(')')) {
      let open = words.length - 1;
      while (open > words.length - 4 && open > 0 && !words[open].startsWith('(')) open--;
      if (words[open].startsWith('(')) words.length = open;
    }
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0 && name.length < 5; i--) {
      const word = i === words.length - 1 && AFTER_COMMA.has(found[0]) ? words[i].replace(/,$/, '') : words[i];
      if (!CAPITALISED_WORD.test(word)) break;
      name.unshift(word);
      // `said lead manager Morgan Stanley and Co`: every tail of the capitalised words may be the name.
      if (name.length >= 2) names.add(foldName(name.join(' ')));
    }
  }
}

/**
 * Whether the word that the words of `text.slice(from, at)` (split at white space) would end a firm's name with, past
 * a connector (`and`, `common`), may be one: capitalised, or closing a parenthesis. Read back by hand, without a
 * slice and a split: most markers follow a lower-case word (`the shares`, `of stock`) and name no firm.
 */
function mayEndName(text: string, from: number, at: number): boolean {
  let { start, end } = wordEndingBefore(text, from, at);
  if (start === end) return false;
  if (isConnector(text, start, end)) {
    // The connector opens the window (no word before it), or only white space does (an empty first word).
    if (start === from) return false;
    ({ start, end } = wordEndingBefore(text, from, start));
    if (start === end) return false;
  }
  const first = text.charCodeAt(start);
  return (first >= 0x41 && first <= 0x5a) || first >= 0x80 || text.charCodeAt(end - 1) === 0x29;
}

/** The last run of non-space characters of `text.slice(from, at)` (empty, at `from`, when there is none). */
export function wordEndingBefore(text: string, from: number, at: number): { start: number; end: number } {
  let end = at;
  while (end > from && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
  return { start, end };
}

function isConnector(text: string, start: number, end: number): boolean {
  for (const connector of CONNECTORS) if (connector.length === end - start && text.startsWith(connector, start)) return true;
  return false;
}

// Plural or collective nouns for firms right before a name (`brokers James Capel`, `brokerage Kidder Peabody`): a
// person's role before a name is singular (`broker John Doe`), so these call the name a firm's.
const FIRM_NOUN_BEFORE = /\b(?:stockbrokers|brokers|brokerage|brokerage\s+firm|brokerage\s+house|securities\s+house|securities\s+firm|investment\s+bank|merchant\s+bank|merchant\s+bankers)\s+(?=\p{Lu})/gu;

function readNamesAfterFirmNouns(text: string, names: Set<string>): void {
  FIRM_NOUN_BEFORE.lastIndex = 0;
  for (let found = FIRM_NOUN_BEFORE.exec(text); found; found = FIRM_NOUN_BEFORE.exec(text)) {
    const words = text.slice(found.index + found[0].length, found.index + found[0].length + 60).split(/\s+/);
    const name: string[] = [];
    for (const word of words) {
      const bare = word.replace(/[,.;:]$/, '');
      if (name.length >= 4 || !CAPITALISED_WORD.test(bare)) break;
      name.push(bare);
      if (name.length >= 2) names.add(foldName(name.join(' ')));
      if (bare !== word) break;
    }
  }
}

// Trades that a firm and a person alike may be called (`Alcoa, the producer of aluminium`; `Jonathan Doe, the producer
// of "Some Film"`): after a known given name they call the name a person's, unless the words before rank a firm.
const PERSON_OR_FIRM_TRADES = new Set(['producer', 'publisher', 'developer', 'designer']);
// `the largest producer`, `a leading developer`, `the world's biggest publisher`: a rank among firms.
const FIRM_RANK = /^(?:\p{L}+est|leading|top|major|premier|global|international|(?:world|nation|country|industry)['’]s)$/u;

/**
 * Whether the words right after a name make it a firm: `, a technology innovator`, `, the Miami-based maker`.
 * `givenFirst`: the name opens with a known given name, which outweighs a trade that persons also have.
 */
export function hasFirmAppositive(text: string, end: number, givenFirst = false): boolean {
  // The appositive opens with a comma: most names are followed by anything else, and need no slice and no regex.
  if (text.charCodeAt(end) !== 0x2c) return false;
  const found = FIRM_APPOSITIVE.exec(text.slice(end, end + 80));
  if (found === null) return false;
  // `Janet Nudelman, a director at the company`: a role before the firm's noun describes a person who works there.
  if (found[0].toLowerCase().split(/[\s,]+/).some((word) => PERSON_ROLES.has(word))) return false;
  if (!givenFirst || !PERSON_OR_FIRM_TRADES.has(found[2])) return true;
  return found[1].toLowerCase().split(/\s+/).some((word) => FIRM_RANK.test(word));
}

/** A capital then lower-case letters only. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const FIRM_SUFFIXES = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'LLP', 'Plc', 'PLC', 'AG', 'SA', 'NV', 'GmbH']);

/** `Merrill Lynch Pierce, Fenner and Smith Inc`: more partners' names after a comma, then a firm's suffix. */
export function firmPartnersAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2c) return false; // ','
  // The words (runs between white space) of the next 59 characters, sliced one at a time: most names are settled by
  // the first (`, president of`), and need no array of them all.
  const limit = Math.min(text.length, end + 60);
  // The last partner follows `and` (`Fenner and Smith Inc`); `Nissan Motor Manufacturing Corp. president` is a role.
  let joined = false;
  for (let at = end + 1; ; ) {
    while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
    if (at === limit) return false;
    const start = at;
    while (at < limit && !isSpaceUnit(text.charCodeAt(at))) at++;
    const word = withoutTrailing(text.slice(start, at));
    if (FIRM_SUFFIXES.has(word)) return joined;
    if (word === 'and' || word === '&') joined = true;
    else if (!TITLE_CASE_WORD.test(word)) return false;
  }
}

/** `Smith,` → `Smith`, `Inc's` → `Inc`: the word without a closing comma, quote or possessive. */
function withoutTrailing(written: string): string {
  let end = written.length;
  while (end > 0 && (written[end - 1] === ',' || written[end - 1] === "'")) end--;
  const word = written.slice(0, end);
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}
