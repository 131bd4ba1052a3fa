import { Mention, MentionKind, Person, makeMention } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { NameRun, RunWords } from './name-runs';
import { Reading, isParticleSurname } from './run-readings';
import { PersonKeys, firstWordsOf, givenFormOwner, indexByGivenForm, linkableKeys, personKeys } from './name-forms';
import { titleGender } from './person-gender';
import { ReadRuns } from './read-runs';
import { foldName } from './tokens';

const LOCATIVES = new Set(['in', 'from', 'to', 'at', 'near', 'outside', 'across', 'around']);

/**
 * Links runs to people in reading order: the full name, a title and surname, the surname alone, or (in press
 * releases) the given name alone. A surname shared by two people goes to the one named most recently.
 */
export function linkNames(read: ReadRuns, people: Person[], byFoldedName: Map<string, Person>, lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const byGivenForm = indexByGivenForm(people, lexicon);
  const introduced = new Set<number>();
  const bySurname = new Map<string, number>();
  // Each person's keys, worked out once: a person is named in full again and again.
  const keys: PersonKeys[] = [];
  for (const person of people) keys.push(personKeys(person));
  // The first person of each surname (with and without an Arabic article): set from the last person back.
  const pendingBySurname = new Map<string, number>();
  for (let id = people.length - 1; id >= 0; id--) {
    pendingBySurname.set(keys[id].surname, id);
    pendingBySurname.set(keys[id].bare ?? keys[id].surname, id);
  }
  const byGivenName = new Map<string, number | null>();
  const firstWords = firstWordsOf(byFoldedName);
  // What a run's key must be for a reading below to link it: most one-word runs name nobody, and are passed by one
  // look-up instead of five or more.
  const linkable = linkableKeys(keys, byGivenForm, firstWords);
  const remember = (person: Person) => {
    const { surname, bare, lastWord, given } = keys[person.id];
    bySurname.set(surname, person.id);
    if (bare !== undefined) bySurname.set(bare, person.id);
    if (lastWord !== undefined && !bySurname.has(lastWord)) bySurname.set(lastWord, person.id);
    if (given !== undefined) {
      const owner = byGivenName.get(given);
      byGivenName.set(given, owner === undefined || owner === person.id ? person.id : null);
    }
  };
  const { words } = read;
  for (let index = 0; index < read.runs.length; index++) {
    const run = read.runs[index];
    const reading = read.readings[index];
    if (!reading) continue;
    // The span is made only for a run that becomes a mention (most runs name nobody).
    const start = words.start(run.from);
    const end = words.end(run.to - 1);
    const key = read.keys[index]!;
    const person = byFoldedName.get(key);
    if (person) {
      const kind: MentionKind = introduced.has(person.id) ? 'full-name' : 'introduction';
      const span = { start, end };
      // The first full naming is the introduction, even where the evidence that made it a person came later.
      if (kind === 'introduction' && span.start < person.introduction.start) person.introduction = span;
      introduced.add(person.id);
      remember(person);
      mentions.push(makeMention(span, person.id, kind));
      continue;
    }
    if (reading.nameTo - reading.nameFrom !== 1 && !isParticleSurname(words, reading)) continue;
    // Exact: every look-up below is of the key, but givenFormOwner folds it again, which may change a non-ASCII key.
    if (!linkable.has(key) && isAsciiKey(key)) continue;
    // Each reading below is tested for a place only once it would name someone: most one-word runs name nobody.
    const titled = reading.titleTo > reading.titleFrom;
    const latest = bySurname.get(key) ?? notYetIntroduced(pendingBySurname.get(key), introduced);
    if (latest !== undefined) {
      if (isPlaceAfterLocative(run, key, words, lexicon)) continue;
      const bySurnameId = byTitleGender(latest, key, words, reading, people);
      bySurname.set(key, bySurnameId);
      mentions.push(makeMention({ start: titled ? start : words.start(reading.nameFrom), end }, bySurnameId, titled ? 'title-surname' : 'surname'));
      continue;
    }
    // The readings left, a given name alone and a relative's, are of a name written without a title.
    if (titled) continue;
    const known = byGivenName.get(key);
    const byGiven = known === undefined ? givenFormOwner(key, byGivenForm, introduced) : known;
    if (byGiven !== undefined && byGiven !== null) {
      if (!isPlaceAfterLocative(run, key, words, lexicon)) mentions.push(makeMention({ start, end }, byGiven, 'given-name'));
      continue;
    }
    const relative = firstWords.has(key) ? relativeNamed(read, index, key, byFoldedName) : undefined;
    if (relative && !isPlaceAfterLocative(run, key, words, lexicon)) mentions.push(makeMention({ start, end }, relative.id, 'given-name'));
  }
  return mentions;
}

/**
 * `a scholar in Boston` after `Rob Boston`: a place after a locative preposition is the place. The key is tested
 * first: it is hashed already, where the word before may not yet have been looked up.
 */
function isPlaceAfterLocative(run: NameRun, key: string, words: RunWords, lexicon: Lexicon): boolean {
  return run.before >= 0 && lexicon.isPlace(key) && LOCATIVES.has(words.stream.word(run.before));
}

// How many runs on either side of a given name may hold the surname that completes it.
const RELATIVE_REACH = 3;

/**
 * `Hiss' son, Tony, praised the ruling`: a given name alone, with a surname named beside it in its sentence, is the
 * person whose full name the two make (`Tony Hiss`, named in full elsewhere in the story).
 */
function relativeNamed(read: ReadRuns, index: number, given: string, byFoldedName: Map<string, Person>): Person | undefined {
  const sentence = read.runs[index].sentence;
  for (let other = Math.max(0, index - RELATIVE_REACH); other <= Math.min(read.runs.length - 1, index + RELATIVE_REACH); other++) {
    if (other === index || read.runs[other].sentence !== sentence) continue;
    const person = byFoldedName.get(`${given} ${foldName(read.words.text(read.runs[other].to - 1))}`);
    if (person) return person;
  }
  return undefined;
}

/** `Mrs. Thampy` after `George Thampy` and `Bina Thampy`: a courtesy title picks the relative of its gender. */
function byTitleGender(id: number, surnameKey: string, words: RunWords, reading: Reading, people: Person[]): number {
  // The first title with a gender. A loop, not map().find(): the inlined map()'s array deoptimised linkNames.
  let gender: Person['gender'];
  for (let k = reading.titleFrom; k < reading.titleTo && !gender; k++) gender = titleGender(words.classes(k));
  if (!gender) return id;
  if (people[id].gender !== (gender === 'male' ? 'female' : 'male')) {
    people[id].gender ??= gender;
    return id;
  }
  const relatives = people.filter((person) => person.id !== id && foldName(person.surname) === surnameKey);
  const chosen = relatives.find((person) => person.gender === gender) ?? relatives.find((person) => !person.gender) ?? people[id];
  chosen.gender ??= gender;
  return chosen.id;
}

/** A surname used before its owner is named in full (`Xi` in a headline) goes to the first person of that surname. */
function notYetIntroduced(id: number | undefined, introduced: Set<number>): number | undefined {
  return id !== undefined && !introduced.has(id) ? id : undefined;
}

/** Whether the key is ASCII only: folding it again leaves it as it is. */
function isAsciiKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return false;
  return true;
}
