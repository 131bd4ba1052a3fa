import { Lexicon } from '../lexicon/lexicon';
import { PLACE_PLURALS as PLACE_PLURAL_LIST, SAINT_PREFIXES as SAINT_PREFIX_LIST, US_STATE_WORDS, VESSEL_NOUNS } from '../lexicon/non-person-words';
import { wordEndingBefore } from './firm-evidence';
import { isLetterUnit } from './char-class';
import { HAS_LETTER, STARTS_UPPER } from './letter-patterns';

// What the text right around a name run says it names: a thing (quoted, branded, a body's modifier), a place (in a
// list of places, before a state, after a saint's abbreviation) or a workplace (`a partner at Oliver Wyman`).

/** the lower-case word (group 1) after spaces */
const NEXT_LOWER_WORD = /^ +(\p{Ll}+)/u;
/** 'the' ending the text as a whole word */
const ENDS_WITH_THE = /(?:^|[^\p{L}])the\s+$/iu;
const PLACE_PLURALS = new Set(PLACE_PLURAL_LIST);
const VESSELS = new Set(VESSEL_NOUNS);
const SAINT_PREFIXES = new Set(SAINT_PREFIX_LIST);
const OPENING_QUOTES = new Set(['"', '“', '`', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);
const BRAND_MARKS = new Set(['®', '™', '©', '℠']);
// Plural nouns for the people of an organisation, which a name before them modifies (`Sydney Olympic officials`).
const BODIES_OF_PEOPLE = new Set(['officials', 'authorities', 'executives', 'organizers', 'organisers', 'employees',
  'workers', 'members', 'officers', 'players', 'fans', 'students', 'residents', 'shareholders', 'investors', 'staff']);

/** The lower-cased word right before `at` when it is capitalised (`Association` before `of`), else ''. */
export function capitalisedWordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x09)) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isLetterUnit(text.charCodeAt(start - 1))) start--;
  const word = text.slice(start, end);
  return STARTS_UPPER.test(word) ? word.toLowerCase() : '';
}

/**
 * `New Jersey towns - including Cherry Hill and Ocean City`: a name in a list that follows a plural of places and
 * `including` (`such as`, `like`) is a place. Read back over capitalised words, commas and `and` to the cue.
 */
export function inPlaceList(text: string, start: number): boolean {
  const floor = Math.max(0, start - 160);
  let at = start;
  for (let words = 0; words < 12; words++) {
    const previous = wordEndingAt(text, floor, at, ' \t\r\n,');
    if (!previous) return false;
    // A period ends the list's sentence (`including Iowa and New Hampshire. Alicia Claypool, …`).
    if (previous.word.endsWith('.')) return false;
    at = previous.start;
    if (previous.word === 'and' || STARTS_UPPER.test(previous.word)) continue;
    let cue = previous;
    if (cue.word === 'as' || cue.word === 'them') {
      const first = wordEndingAt(text, floor, cue.start, ' \t\r\n');
      if (!first || first.word !== (cue.word === 'as' ? 'such' : 'among')) return false;
      cue = first;
    } else if (cue.word !== 'including' && cue.word !== 'like') {
      return false;
    }
    const places = wordEndingAt(text, floor, cue.start, ' \t\r\n,:-–—');
    return places !== undefined && PLACE_PLURALS.has(places.word.toLowerCase());
  }
  return false;
}

/** The word (letters, periods, apostrophes, hyphens) that ends before `at`, past the characters of `skip`. */
function wordEndingAt(text: string, floor: number, at: number, skip: string): { word: string; start: number } | undefined {
  let end = at;
  while (end > floor && skip.includes(text[end - 1])) end--;
  let start = end;
  while (start > floor && isNameCharacter(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

/** A letter, full stop, apostrophe or hyphen (`/[\p{L}.'’-]/u` of one code unit). */
function isNameCharacter(code: number): boolean {
  return isLetterUnit(code) || code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/**
 * Whether the lower-case word (without its period) right before `start`, only spaces between, is a saint's prefix:
 * `St.` in `St. Louis`. Every prefix opens with an `s` (only `s` and `S` lower-case to one): another word (most) is
 * not sliced.
 */
export function saintAbbreviationBefore(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  // Guarded: reading before the text's start returns undefined, and V8 deoptimises the caller on that first miss.
  if (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--;
  let begin = end;
  while (begin > 0 && end - begin < 8 && isLetterUnit(text.charCodeAt(begin - 1))) begin--;
  if (begin === end || (begin > 0 && isLetterUnit(text.charCodeAt(begin - 1))) || (text.charCodeAt(begin) | 0x20) !== 0x73) return false;
  return SAINT_PREFIXES.has(text.slice(begin, end).toLowerCase());
}

/**
 * `SAINT_PREFIXES.has(word.toLowerCase().replace(/\.$/, ''))`: every prefix opens with an `s`, which only `s` and `S`
 * lower-case to, so a word that opens otherwise (most) needs no lower-case copy.
 */
export function isSaintPrefix(word: string): boolean {
  if ((word.charCodeAt(0) | 0x20) !== 0x73) return false;
  return SAINT_PREFIXES.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * `a campaign called "Roll Back Malaria"`, `Together to End Stroke® initiative`, `Sydney Olympic officials said`:
 * a name quoted on its own, marked as a brand, or used as the modifier of a body of people names a thing.
 */
export function namesAThing(text: string, start: number, end: number): boolean {
  // Not `Bill Clinton's`: an apostrophe before a letter is a possessive, not a closing quotation mark.
  if (OPENING_QUOTES.has(text[start - 1]) && CLOSING_QUOTES.has(text[end]) && !HAS_LETTER.test(text[end + 1] ?? '')) return true;
  if (BRAND_MARKS.has(text[end])) return true;
  const next = nextLowerWord(text, end);
  if (next === undefined) return false;
  // `the Pyotr Veliky cruiser`: a ship named after a person is a ship.
  return BODIES_OF_PEOPLE.has(next) || (VESSELS.has(next) && ENDS_WITH_THE.test(text.slice(Math.max(0, start - 5), start)));
}

/**
 * NEXT_LOWER_WORD's group on the 20 characters after `end`, read by hand for ASCII: spaces, then lower-case letters.
 * A non-ASCII character where the word would go on is left to the pattern.
 */
function nextLowerWord(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 20);
  let start = end;
  while (start < limit && text.charCodeAt(start) === 0x20) start++;
  if (start === end) return undefined;
  let at = start;
  while (at < limit && isAsciiLower(text.charCodeAt(at))) at++;
  if (at < limit && text.charCodeAt(at) >= 0x80) return NEXT_LOWER_WORD.exec(text.slice(end, limit))?.[1];
  return at > start ? text.slice(start, at) : undefined;
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** `Spring Hill, Tenn.`, `Glen Ellen, California,`: a U.S. state after the comma makes the name a town's. */
export function followedByState(text: string, end: number): boolean {
  // The pattern opens with a comma: most names are followed by anything else, and need no slice and no pattern.
  if (text.charCodeAt(end) !== 0x2c) return false;
  // An abbreviation carries its period (`Tenn.`); a full name ends its phrase (`Iowa,`), not `Texas director of`.
  const state = /^,\s+([A-Z][A-Za-z.]{1,5}\.|[A-Z][a-z]+(?=[,.;:)]))/.exec(text.slice(end, end + 20));
  return state !== null && US_STATE_WORDS.has(state[1].toLowerCase());
}

/** `a partner at Oliver Wyman`, `economist at Smith Barney`: after a role and `at`, a name is a workplace. */
export function isWorkplace(text: string, lexicon: Lexicon, start: number): boolean {
  // The last two words of the 40 characters before the name, read back by hand: not a split of them for every run.
  const from = Math.max(0, start - 40);
  const at = wordEndingBefore(text, from, start);
  // `at` must have a separator before it inside the window (the window may cut a longer word short).
  if (at.start === from || at.end - at.start !== 2 || text.charCodeAt(at.start) !== 0x61 || text.charCodeAt(at.start + 1) !== 0x74) return false;
  const role = wordEndingBefore(text, from, at.start);
  return lexicon.isRoleNoun(text.slice(role.start, role.end).replace(/[^\p{L}-]/gu, ''));
}
