import { Person } from '../article';
import { FORMAL_NAMES_BY_SHORT_FORM, GIVEN_NAME_VARIANTS } from '../lexicon/given-names';
import { Lexicon } from '../lexicon/lexicon';
import { isInitial } from './name-runs';
import { foldName } from './tokens';

// The forms one person's name takes: the keys a later mention may use (surname, surname without an Arabic article,
// last word, given name) and another form of the given name (`Tom` for `Thomas`, `Bill Clinton` for `William Clinton`).

/** An Arabic article before a surname: `al-Saadi` is later `Saadi` as often as `al-Saadi`. */
export const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|at|az|ash)-/i;

/** The first word of a name, written or folded (the whole name when it is one word): `Miguel` of `Miguel Diaz-Canel`. */
export function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** The first word of every folded full name: a given name alone that opens none completes no name (most do not). */
export function firstWordsOf(byFoldedName: Map<string, Person>): Set<string> {
  const words = new Set<string>();
  for (const name of byFoldedName.keys()) words.add(firstWord(name));
  return words;
}

export interface PersonKeys {
  surname: string;
  /** The surname without an Arabic article, when it has one: `Amer al-Saadi` is later `Saadi` as often as `al-Saadi`. */
  bare?: string;
  /** `Osama Bin Laden` is later `Laden` too: a surname with a particle is also its last word, where no one else's. */
  lastWord?: string;
  /** The given name (the first word that is no initial), unless it is the surname. */
  given?: string;
}

export function personKeys(person: Person): PersonKeys {
  const surname = foldName(person.surname);
  // The article's hyphen stands third or fourth: most surnames are passed without running the pattern.
  const bareSurname = isHyphen(person.surname, 2) || isHyphen(person.surname, 3) ? person.surname.replace(ARTICLE_PREFIX, '') : person.surname;
  const givenWord = firstNonInitial(person.fullName);
  const given = givenWord ? foldName(givenWord) : undefined;
  const lastWord = person.surname.slice(person.surname.lastIndexOf(' ') + 1);
  return {
    surname,
    bare: bareSurname !== person.surname ? foldName(bareSurname) : undefined,
    lastWord: lastWord !== person.surname ? foldName(lastWord) : undefined,
    given: given !== surname ? given : undefined,
  };
}

function isHyphen(word: string, at: number): boolean {
  return word.charCodeAt(at) === 0x2d;
}

/** The first word of the name that is no initial (`George` of `K. George Thampy`), read without splitting the name. */
function firstNonInitial(fullName: string): string | undefined {
  for (let start = 0; start <= fullName.length; ) {
    const space = fullName.indexOf(' ', start);
    const end = space < 0 ? fullName.length : space;
    const word = fullName.slice(start, end);
    if (!isInitial(word)) return word;
    if (space < 0) return undefined;
    start = space + 1;
  }
  return undefined;
}

/**
 * The first person met whose name is this one with another form of the given name (same rest of the name). `folded`
 * is the name folded (its key).
 */
export function variantOf(fullName: string, folded: string, byRestOfName: Map<string, Person[]>, lexicon: Lexicon): Person | undefined {
  if (byRestOfName.size === 0) return undefined;
  const rest = restOfName(folded);
  const others = rest === undefined ? undefined : byRestOfName.get(rest);
  if (!others) return undefined;
  const given = firstWord(fullName);
  return others.find((other) => lexicon.sameGivenName(firstWord(other.fullName), given));
}

/**
 * The words after the given name of a folded name: what two forms of one name share (the same words, so as many).
 * Read from the folded name, not folded again: folding works word by word, so its words after the first are the
 * folded words after the first.
 */
export function restOfName(folded: string): string | undefined {
  const firstSpace = folded.indexOf(' ');
  return firstSpace < 0 ? undefined : folded.slice(firstSpace + 1);
}

/** `Tom` for `Thomas M. Wojcik`: the one introduced person whose given name this is a form of. */
export function givenFormOwner(key: string, byGivenForm: Map<string, Person[]>, introduced: Set<number>): number | undefined {
  // A story without people has no given names: no forms of `key` to look up.
  if (byGivenForm.size === 0) return undefined;
  // The one introduced person whose given name shares a form with `key` (as sameGivenName tests); two or more: nobody.
  // The forms are `key` and the formal names it is short for, read one by one: no list of them is built per word.
  const folded = foldName(key);
  let owner = introducedOwner(byGivenForm.get(folded), introduced, undefined);
  const formal = FORMAL_NAMES_BY_SHORT_FORM.get(folded);
  for (let f = 0; formal !== undefined && f < formal.length && owner !== SEVERAL; f++) owner = introducedOwner(byGivenForm.get(formal[f]), introduced, owner);
  return owner === SEVERAL ? undefined : owner;
}

/** Two or more people own a given name (no person's id). */
const SEVERAL = -1;

/** The one introduced person among `people` and the `owner` found so far: SEVERAL when there are two or more. */
function introducedOwner(people: Person[] | undefined, introduced: Set<number>, owner: number | undefined): number | undefined {
  if (people === undefined) return owner;
  for (const person of people) {
    if (!introduced.has(person.id) || person.id === owner) continue;
    if (owner !== undefined) return SEVERAL;
    owner = person.id;
  }
  return owner;
}

/** People by every form of their given name, so that linking a given name reads a few people, not all. */
export function indexByGivenForm(people: Person[], lexicon: Lexicon): Map<string, Person[]> {
  const index = new Map<string, Person[]>();
  for (const person of people) {
    const forms = lexicon.givenNameForms(firstWord(person.fullName));
    for (let f = 0; f < forms.length; f++) {
      // A form listed twice adds the person once.
      if (forms.indexOf(forms[f]) !== f) continue;
      const listed = index.get(forms[f]);
      if (listed) listed.push(person);
      else index.set(forms[f], [person]);
    }
  }
  return index;
}

const SHORT_FORMS_BY_FORMAL_NAME = new Map(Object.entries(GIVEN_NAME_VARIANTS));

/**
 * Every folded key that links a run to one of the people without their full name: a surname, its form without an
 * Arabic article and its last word; a given name; a key of `byGivenForm` and each short form of one (the forms
 * givenFormOwner finds a person by); the first word of a full name (`firstWords`, for a relative's given name).
 */
export function linkableKeys(keys: PersonKeys[], byGivenForm: Map<string, Person[]>, firstWords: Set<string>): Set<string> {
  const linkable = new Set(firstWords);
  for (const { surname, bare, lastWord, given } of keys) {
    linkable.add(surname);
    if (bare !== undefined) linkable.add(bare);
    if (lastWord !== undefined) linkable.add(lastWord);
    if (given !== undefined) linkable.add(given);
  }
  for (const form of byGivenForm.keys()) {
    linkable.add(form);
    const shortForms = SHORT_FORMS_BY_FORMAL_NAME.get(form);
    if (shortForms !== undefined) for (const shortForm of shortForms) linkable.add(shortForm);
  }
  return linkable;
}
