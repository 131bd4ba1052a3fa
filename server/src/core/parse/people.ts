import { Mention, MentionKind, Person, Sentence, Span, makeMention } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { UNISEX_GIVEN_NAMES } from '../lexicon/people-words';
import { FAMILY_NAME_FIRST, FEMALE_GIVEN_NAME, FEMALE_TITLE, GIVEN_NAME, MALE_GIVEN_NAME, MALE_TITLE, NAME_SUFFIX, PARTICLE_FOLDED, genderOf as genderFromClasses } from '../lexicon/word-classes';
import { NameRun, RunWords, isInitial } from './name-runs';
import { Reading, titleText } from './run-readings';
import { PersonKeys, firstWordsOf, givenFormOwner, indexByGivenForm, personKeys, restOfName, variantOf } from './name-forms';
import { looksLikePerson } from './person-evidence';
import { addTitledSurnames } from './titled-surnames';
import { addBareFamilyNames } from './bare-family-names';
import { linkPronouns } from './pronouns';
import { ReadRuns, nameText, readRuns } from './read-runs';
import { TokenStream } from './token-stream';
import { foldName } from './tokens';
import { isLetterUnit, isSpaceUnit } from './char-class';

const UNISEX_GIVEN = new Set(UNISEX_GIVEN_NAMES);
const LOCATIVES = new Set(['in', 'from', 'to', 'at', 'near', 'outside', 'across', 'around']);

export interface PeopleResult {
  people: Person[];
  /** Every named or pronoun mention, in text order. */
  mentions: Mention[];
}

/**
 * Finds the people of an article and links every later reference (surname, title + surname, pronoun) to them.
 * Reads the words of `words` (the dateline's are not among them). Linear in the length of the text.
 */
export function findPeople(words: TokenStream, sentences: Sentence[], lexicon: Lexicon, quotes: readonly { span: Span }[] = []): PeopleResult {
  const text = words.text;
  const read = readRuns(words, sentences.length, lexicon);
  const { runs, readings, names, keys, standalone, runUses, firms } = read;
  const runWords = read.words;
  const people: Person[] = [];
  const byFoldedName = new Map<string, Person>();
  // People by the words after their given name, so that a variant is looked for among a few, not everybody.
  const byRestOfName = new Map<string, Person[]>();
  // One context for every run read below, not a literal per run.
  const evidence = { text, lexicon, words: runWords, standalone, runUses, firms };
  const genderOfReading = (reading: Reading) => genderOf(runWords, reading);
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const reading = readings[index];
    if (!reading || reading.nameTo - reading.nameFrom < 2 || isParticleSurname(runWords, reading)) continue;
    const fullName = names[index]!;
    const folded = keys[index]!;
    if (byFoldedName.has(folded)) continue;
    // `K. George Thampy` after `George Thampy`: a leading initial added to a name already met is the same person.
    const withoutInitial = isInitial(runWords.text(reading.nameFrom)) ? byFoldedName.get(foldName(nameText(runWords, reading.nameFrom + 1, reading.nameTo))) : undefined;
    if (withoutInitial) {
      byFoldedName.set(folded, withoutInitial);
      continue;
    }
    // `Pat Buchanan` after `Patrick Buchanan`: a short form of the given name with the same rest is the same person.
    const variant = variantOf(fullName, folded, byRestOfName, lexicon);
    if (variant) {
      byFoldedName.set(folded, variant);
      continue;
    }
    if (!looksLikePerson(reading, run, evidence)) continue;
    const titled = reading.titleTo > reading.titleFrom;
    const start = runWords.start(titled ? reading.titleFrom : reading.nameFrom);
    const person: Person = {
      id: people.length,
      fullName,
      surname: chooseSurname(runWords, reading, standalone, read.titled),
      title: titled ? titleText(runWords, reading) : undefined,
      introduction: { start, end: runWords.end(reading.nameTo - 1) },
      gender: genderOf(runWords, reading) ?? relationGender(text, start),
      mentions: [],
    };
    people.push(person);
    byFoldedName.set(folded, person);
    const rest = restOfName(folded);
    const sameRest = rest === undefined ? undefined : byRestOfName.get(rest);
    if (sameRest) sameRest.push(person);
    else if (rest !== undefined) byRestOfName.set(rest, [person]);
  }
  addTitledSurnames(runs, readings, people, { text, lexicon, words: runWords, standalone, genderOf: genderOfReading, firms });
  addBareFamilyNames(runWords, readings, keys, people, runUses);
  for (const known of lexicon.knownPeople) {
    if (byFoldedName.has(foldName(known.name))) byFoldedName.get(foldName(known.name))!.title ??= known.title;
  }
  // Two corpus stories in three (a third of its text) name no one: then no name or pronoun refers to anybody.
  if (people.length === 0) return { people, mentions: [] };

  const named = linkNames(read, people, byFoldedName, lexicon);
  const mentions = linkPronouns(words, named, people, quotes);
  for (const mention of mentions) people[mention.person].mentions.push(mention);
  return { people, mentions };
}

/**
 * `De Clercq`, `Van Gogh` opening a sentence: a capitalised particle and one word are a surname, not a given
 * name and a surname (`Al Gore`, with a given name, and `Le Thu Thuy`, family name first, are names).
 */
function isParticleSurname(words: RunWords, reading: Reading): boolean {
  return reading.nameTo - reading.nameFrom === 2 && (words.classes(reading.nameFrom) & (PARTICLE_FOLDED | GIVEN_NAME | FAMILY_NAME_FIRST)) === PARTICLE_FOLDED;
}

function chooseSurname(runWords: RunWords, reading: Reading, standalone: Map<string, number>, titled: Map<string, number>): string {
  // The name's positions without its suffixes (`Jr.`), its first word kept whatever it is.
  const words: number[] = [];
  for (let k = reading.nameFrom; k < reading.nameTo; k++) if (k === reading.nameFrom || !(runWords.classes(k) & NAME_SUFFIX)) words.push(k);
  let firstParticle = 1;
  while (firstParticle < words.length && !(runWords.classes(words[firstParticle]) & PARTICLE_FOLDED)) firstParticle++;
  const lastWritten = runWords.text(words[words.length - 1]);
  const lastWord = lastWritten.endsWith('.') ? lastWritten.slice(0, -1) : lastWritten;
  const western = firstParticle < words.length - 1 ? joinPositions(runWords, words, firstParticle) : lastWord;
  const family = runWords.text(words[0]);
  const familyClasses = runWords.classes(words[0]);
  // Each end of the name folded once: it is looked up in two tables.
  const lastKey = foldName(lastWord);
  const familyKey = foldName(family);
  const westernUses = standalone.get(lastKey) ?? 0;
  const familyUses = standalone.get(familyKey) ?? 0;
  // `Hugo Chavez Frias` is later `Chavez`: the name word the article goes on to use alone wins.
  // The first of the most used middle words. A loop, not map().sort()[0]: that array deoptimised chooseSurname.
  let usedWord: string | undefined;
  let mostUses = 0;
  for (let i = 1; i < words.length - 1; i++) {
    const word = runWords.text(words[i]);
    const uses = standalone.get(foldName(word)) ?? 0;
    if (usedWord === undefined || uses > mostUses) {
      usedWord = word;
      mostUses = uses;
    }
  }
  if (usedWord !== undefined && mostUses > Math.max(westernUses, familyUses)) return usedWord;
  // `Mr. Kastahorau` after `Dzmitry Kastahorau`: the word a title stands before is the surname, however often a
  // release calls the person by the given name alone.
  const westernTitled = titled.get(lastKey) ?? 0;
  const familyTitled = titled.get(familyKey) ?? 0;
  if (westernTitled !== familyTitled) return westernTitled > familyTitled ? western : family;
  if (familyUses > westernUses && !(familyClasses & GIVEN_NAME)) return family;
  if (westernUses > familyUses) return western;
  return familyClasses & FAMILY_NAME_FIRST && words.length <= 3 ? family : western;
}

/** The words at `positions[from]` onwards, a space between each. */
function joinPositions(runWords: RunWords, positions: number[], from: number): string {
  let joined = runWords.text(positions[from]);
  for (let i = from + 1; i < positions.length; i++) joined = `${joined} ${runWords.text(positions[i])}`;
  return joined;
}

function genderOf(words: RunWords, reading: Reading): Person['gender'] {
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

function titleGender(classes: number): Person['gender'] {
  return genderFromClasses(classes, MALE_TITLE, FEMALE_TITLE);
}

/**
 * Links runs to people in reading order: the full name, a title and surname, the surname alone, or (in press
 * releases) the given name alone. A surname shared by two people goes to the one named most recently.
 */
function linkNames(read: ReadRuns, people: Person[], byFoldedName: Map<string, Person>, lexicon: Lexicon): Mention[] {
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
  // Made for the first given name alone that no one owns (most stories have none).
  let firstWords: Set<string> | undefined;
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
    const relative = (firstWords ??= firstWordsOf(byFoldedName)).has(key) ? relativeNamed(read, index, key, byFoldedName) : undefined;
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
