import { Lexicon } from '../lexicon/lexicon';
import { COMMON_SURNAME, FAMILY_NAME_FIRST, GIVEN_NAME, PARTICLE_FOLDED, ROLE_NOUN, ROLE_ONLY, TITLE } from '../lexicon/word-classes';
import { NameRun, RunWords, isInitial } from './name-runs';
import { isLetterUnit } from './char-class';
import { STARTS_UPPER } from './letter-patterns';
import { joinTokens } from './tokens';

/**
 * A run read as title words and name words: `Cuban President` + `Miguel Diaz-Canel`. Each part is a range of
 * positions in the run's RunWords: the title `titleFrom` to `titleTo - 1` (empty when they are equal), the name
 * `nameFrom` to `nameTo - 1`.
 */
export interface Reading {
  titleFrom: number;
  titleTo: number;
  nameFrom: number;
  nameTo: number;
  /** A person's office stands before the run and its `of`: `Director of` + `Planning Kang'ethe Gitu`. */
  afterOffice: boolean;
}

/** The reading's title as written, each run of white space as one space: `Cuban President`. */
export function titleText(words: RunWords, reading: Reading): string {
  return joinTokens(words.stream.text, [{ start: words.start(reading.titleFrom), end: words.end(reading.titleTo - 1) }]);
}

const MAX_NAME_WORDS = 5;
const OFFICE_LINKS = new Set(['of', 'for']);

/** Splits a run into its title part and its name part, from the classes its words were read with. */
export function readRun(words: RunWords, run: NameRun): Reading | undefined {
  const { from, to } = run;
  let lastTitle = from - 1;
  for (let k = from; k < to - 1; k++) if (words.classes(k) & TITLE) lastTitle = k;
  let nameStart = lastTitle + 1;
  // `Investor Sumner Redstone`, `Singer Bob Dylan`: a capitalised role noun opening a longer run is the title.
  if (nameStart === from && to - from > 2 && words.classes(from) & ROLE_NOUN && !(words.classes(from) & (GIVEN_NAME | COMMON_SURNAME))) nameStart = from + 1;
  // Organisation or descriptive words before a known given name belong to the title: `Grand Wizard David Duke`,
  // `Federal Minister for Science and Technology Peter McGauran`.
  for (let k = to - 2; k > nameStart; k--) {
    if (words.classes(k) & GIVEN_NAME && !(words.classes(nameStart) & GIVEN_NAME) && !isInitial(words.text(nameStart))) {
      nameStart = k;
      break;
    }
  }
  // `Names Carla Mendel Editor of the Year`: an office after a full name is not part of it.
  let nameEnd = to;
  while (nameEnd - nameStart > 2 && words.classes(nameStart) & GIVEN_NAME && words.classes(nameEnd - 1) & ROLE_ONLY) nameEnd--;
  let first = nameStart;
  while (first < nameEnd && words.classes(first) & PARTICLE_FOLDED && !words.capitalised(first)) first++;
  if (first === nameEnd || nameEnd - first > MAX_NAME_WORDS) return undefined;
  return { titleFrom: from, titleTo: nameStart, nameFrom: first, nameTo: nameEnd, afterOffice: false };
}

/**
 * `Director of Planning Kang'ethe Gitu`: the run after a capitalised office's `of` (or `for`) opens with the
 * department, which belongs to the title. Without a given name to mark where the name starts (`readRun` finds those),
 * the name is taken as the last two words. A lower-case office (`chairman of Shearson Lehman Brothers`) or one set off
 * after a name is followed by its organisation instead.
 */
export function readAfterOffice(words: RunWords, run: NameRun, reading: Reading | undefined, lexicon: Lexicon): Reading | undefined {
  if (!reading || reading.titleTo > reading.titleFrom || reading.nameTo - reading.nameFrom < 3 || run.before < 0) return reading;
  const { stream } = words;
  if (!OFFICE_LINKS.has(stream.word(run.before)) || lexicon.givenNameGender(words.text(reading.nameFrom))) return reading;
  const text = stream.text;
  const office = wordBefore(text, stream.starts[run.before]);
  if (!office || !STARTS_UPPER.test(office.word) || !lexicon.isPersonTitle(office.word) || inAppositive(text, office.start)) return reading;
  const split = reading.nameTo - 2;
  return { titleFrom: reading.nameFrom, titleTo: split, nameFrom: split, nameTo: reading.nameTo, afterOffice: true };
}

/** The word (letters only) that ends right before `at`, white space between. */
function wordBefore(text: string, at: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > 0 && isBlank(text[end - 1])) end--;
  let start = end;
  while (start > 0 && end - start < 40 && isLetterUnit(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

/**
 * `Roger Hemminghaus, President of Diamond Shamrock Refining`, `Lee, new head coach for Suwon …`: an office set off
 * by a comma after a name describes that name, and the run after its `of` is the organisation.
 */
function inAppositive(text: string, officeStart: number): boolean {
  let at = officeStart;
  // Back over the capitalised words of the office (`Senior Managing Director`, `Mongolian Minister`).
  for (let words = 0; words < 4; words++) {
    const previous = wordBefore(text, at);
    if (!previous || !STARTS_UPPER.test(previous.word)) break;
    at = previous.start;
  }
  while (at > 0 && isBlank(text[at - 1])) at--;
  // `…," Director of Planning Kang'ethe Gitu said`: the comma closes a quotation, not a name.
  return text.charCodeAt(at - 1) === 0x2c && !/["”'’]/.test(text[at - 2] ?? '');
}

function isBlank(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

/**
 * `De Clercq`, `Van Gogh` opening a sentence: a capitalised particle and one word are a surname, not a given
 * name and a surname (`Al Gore`, with a given name, and `Le Thu Thuy`, family name first, are names).
 */
export function isParticleSurname(words: RunWords, reading: Reading): boolean {
  return reading.nameTo - reading.nameFrom === 2 && (words.classes(reading.nameFrom) & (PARTICLE_FOLDED | GIVEN_NAME | FAMILY_NAME_FIRST)) === PARTICLE_FOLDED;
}
