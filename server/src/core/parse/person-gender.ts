import { Person } from '../article';
import { UNISEX_GIVEN_NAMES } from '../lexicon/people-words';
import { FEMALE_GIVEN_NAME, FEMALE_TITLE, MALE_GIVEN_NAME, MALE_TITLE, genderOf as genderFromClasses } from '../lexicon/word-classes';
import { RunWords, isInitial } from './name-runs';
import { Reading } from './run-readings';
import { isLetterUnit, isSpaceUnit } from './char-class';

// What tells a person's gender: a title (`Mrs.`), a given name of one gender, or a relative's noun before the name.

const UNISEX_GIVEN = new Set(UNISEX_GIVEN_NAMES);

/** A person's gender from a title with one (`Mrs.`) or the first given name that is no initial; undefined when neither tells. */
export function genderOf(words: RunWords, reading: Reading): Person['gender'] {
  for (let k = reading.titleFrom; k < reading.titleTo; k++) {
    const gender = titleGender(words.classes(k));
    if (gender) return gender;
  }
  let first = reading.nameFrom;
  while (first < reading.nameTo && isInitial(words.text(first))) first++;
  if (first === reading.nameTo || UNISEX_GIVEN.has(words.text(first).toLowerCase())) return undefined;
  return genderFromClasses(words.classes(first), MALE_GIVEN_NAME, FEMALE_GIVEN_NAME);
}

// A relative's noun right before the name (`his wife, Jane Doe`, `her son Tom`) tells the gender an unknown given
// name does not.
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(wife|widow|mother|daughter|sister|girlfriend|fiancee|grandmother|granddaughter|niece|aunt|husband|widower|father|son|brother|boyfriend|fiance|grandfather|grandson|nephew|uncle),?\s+$/u;
const FEMALE_RELATIVES = new Set(['wife', 'widow', 'mother', 'daughter', 'sister', 'girlfriend', 'fiancee', 'grandmother', 'granddaughter', 'niece', 'aunt']);
const MALE_RELATIVES = new Set(['husband', 'widower', 'father', 'son', 'brother', 'boyfriend', 'fiance', 'grandfather', 'grandson', 'nephew', 'uncle']);
/** How far back RELATIVE_BEFORE reads. */
const RELATIVE_WINDOW = 16;

export function relationGender(text: string, start: number): Person['gender'] {
  // RELATIVE_BEFORE on the window, read back by hand: white space, an optional comma, then the whole run of letters
  // (cut at the window's start) must be a relative's noun. Most names have none before them: no slice, no pattern.
  const from = Math.max(0, start - RELATIVE_WINDOW);
  let end = start;
  while (end > from && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === start) return undefined;
  if (end > from && text.charCodeAt(end - 1) === 0x2c) end--;
  let begin = end;
  while (begin > from && isLetterUnit(text.charCodeAt(begin - 1))) begin--;
  // A surrogate before the letters may be half of a letter (no word boundary): the pattern decides.
  if (begin > from && isSurrogate(text.charCodeAt(begin - 1))) return relationGenderByPattern(text, start);
  if (end - begin < 3) return undefined;
  const word = text.slice(begin, end);
  return FEMALE_RELATIVES.has(word) ? 'female' : MALE_RELATIVES.has(word) ? 'male' : undefined;
}

function relationGenderByPattern(text: string, start: number): Person['gender'] {
  const found = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - RELATIVE_WINDOW), start));
  if (!found) return undefined;
  return FEMALE_RELATIVES.has(found[1]) ? 'female' : 'male';
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

export function titleGender(classes: number): Person['gender'] {
  return genderFromClasses(classes, MALE_TITLE, FEMALE_TITLE);
}
