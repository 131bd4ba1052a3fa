import { Person } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { isInitial } from './name-runs';
import { foldName } from './tokens';

// The forms one person's name takes: the keys a later mention may use (surname, surname without an Arabic article,
// last word, given name) and another form of the given name (`Tom` for `Thomas`, `Bill Clinton` for `William Clinton`).

/** An Arabic article before a surname: `al-Saadi` is later `Saadi` as often as `al-Saadi`. */
export const ARTICLE_PREFIX = /^(?:al|el|ad|an|ar|as|at|az|ash)-/i;

/** The first word of every folded full name: a given name alone that opens none completes no name (most do not). */
export function firstWordsOf(byFoldedName: Map<string, Person>): Set<string> {
  const words = new Set<string>();
  for (const name of byFoldedName.keys()) words.add(name.slice(0, name.indexOf(' ')));
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
  const bareSurname = person.surname.replace(ARTICLE_PREFIX, '');
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
  const given = fullName.slice(0, fullName.indexOf(' '));
  return others.find((other) => lexicon.sameGivenName(other.fullName.split(' ')[0], given));
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
export function givenFormOwner(key: string, byGivenForm: Map<string, Person[]>, introduced: Set<number>, lexicon: Lexicon): number | undefined {
  // A story without people has no given names: no forms of `key` to look up.
  if (byGivenForm.size === 0) return undefined;
  // The one introduced person whose given name shares a form with `key` (as sameGivenName tests); two or more: nobody.
  let owner: number | undefined;
  for (const form of lexicon.givenNameForms(key)) {
    // No `?? []`: an empty literal has another elements kind than the lists of people, and deoptimised linkNames.
    const people = byGivenForm.get(form);
    if (!people) continue;
    for (const person of people) {
      if (!introduced.has(person.id) || person.id === owner) continue;
      if (owner !== undefined) return undefined;
      owner = person.id;
    }
  }
  return owner;
}

/** People by every form of their given name, so that linking a given name reads a few people, not all. */
export function indexByGivenForm(people: Person[], lexicon: Lexicon): Map<string, Person[]> {
  const index = new Map<string, Person[]>();
  for (const person of people) {
    const space = person.fullName.indexOf(' ');
    const forms = lexicon.givenNameForms(space < 0 ? person.fullName : person.fullName.slice(0, space));
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
