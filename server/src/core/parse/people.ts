import { Mention, MentionKind, Person, Sentence, Span, makeMention } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { UNISEX_GIVEN_NAMES } from '../lexicon/people-words';
import { FAMILY_NAME_FIRST, FEMALE_GIVEN_NAME, FEMALE_TITLE, GIVEN_NAME, MALE_GIVEN_NAME, MALE_TITLE, NAME_SUFFIX, PARTICLE_FOLDED, genderOf as genderFromClasses } from '../lexicon/word-classes';
import { Reading, isInitial } from './name-runs';
import { ARTICLE_PREFIX, PersonKeys, firstWordsOf, givenFormOwner, indexByGivenForm, personKeys, restOfName, variantOf } from './name-forms';
import { looksLikePerson } from './person-evidence';
import { addTitledSurnames } from './titled-surnames';
import { addBareFamilyNames } from './bare-family-names';
import { linkPronouns } from './pronouns';
import { ReadRuns, nameText, readRuns } from './read-runs';
import { TokenStream } from './token-stream';
import { Token, foldName, joinTexts, joinTokens } from './tokens';

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
  const people: Person[] = [];
  const byFoldedName = new Map<string, Person>();
  // People by the words after their given name, so that a variant is looked for among a few, not everybody.
  const byRestOfName = new Map<string, Person[]>();
  // One context for every run read below, not a literal per run.
  const evidence = { text, lexicon, standalone, runUses, firms };
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const reading = readings[index];
    if (!reading || reading.nameTokens.length < 2 || isParticleSurname(reading.nameTokens)) continue;
    const fullName = names[index]!;
    const folded = keys[index]!;
    if (byFoldedName.has(folded)) continue;
    // `K. George Thampy` after `George Thampy`: a leading initial added to a name already met is the same person.
    const withoutInitial = isInitial(reading.nameTokens[0].text) ? byFoldedName.get(foldName(nameText(text, reading.nameTokens.slice(1)))) : undefined;
    if (withoutInitial) {
      byFoldedName.set(folded, withoutInitial);
      continue;
    }
    // `Pat Buchanan` after `Patrick Buchanan`: a short form of the given name with the same rest is the same person.
    const variant = variantOf(fullName, byRestOfName, lexicon);
    if (variant) {
      byFoldedName.set(folded, variant);
      continue;
    }
    if (!looksLikePerson(reading, run, evidence)) continue;
    const person: Person = {
      id: people.length,
      fullName,
      surname: chooseSurname(reading.nameTokens, standalone, read.titled),
      title: reading.titleTokens.length ? joinTokens(text, reading.titleTokens) : undefined,
      introduction: { start: (reading.titleTokens[0] ?? reading.nameTokens[0]).start, end: reading.nameTokens[reading.nameTokens.length - 1].end },
      gender: genderOf(reading) ?? relationGender(text, (reading.titleTokens[0] ?? reading.nameTokens[0]).start),
      mentions: [],
    };
    people.push(person);
    byFoldedName.set(folded, person);
    const rest = restOfName(fullName);
    if (rest !== undefined) byRestOfName.set(rest, [...(byRestOfName.get(rest) ?? []), person]);
  }
  addTitledSurnames(runs, readings, people, { text, lexicon, standalone, genderOf, firms });
  addBareFamilyNames(runs, readings, people, text, runUses);
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
function isParticleSurname(names: Token[]): boolean {
  return names.length === 2 && (names[0].classes & (PARTICLE_FOLDED | GIVEN_NAME | FAMILY_NAME_FIRST)) === PARTICLE_FOLDED;
}

function chooseSurname(names: Token[], standalone: Map<string, number>, titled: Map<string, number>): string {
  const words = names.filter((token, i) => i === 0 || !(token.classes & NAME_SUFFIX));
  const firstParticle = words.findIndex((token, i) => i > 0 && token.classes & PARTICLE_FOLDED);
  const lastWord = words[words.length - 1].text.replace(/\.$/, '');
  const western = firstParticle > 0 && firstParticle < words.length - 1 ? joinTexts(words.slice(firstParticle)) : lastWord;
  const family = words[0].text;
  const familyClasses = words[0].classes;
  // `Hugo Chavez Frias` is later `Chavez`: the name word the article goes on to use alone wins.
  // The first of the most used middle words. A loop, not map().sort()[0]: that array deoptimised chooseSurname.
  let used: { token: Token; uses: number } | undefined;
  for (let i = 1; i < words.length - 1; i++) {
    const uses = standalone.get(foldName(words[i].text)) ?? 0;
    if (!used || uses > used.uses) used = { token: words[i], uses };
  }
  if (used && used.uses > Math.max(standalone.get(foldName(lastWord)) ?? 0, standalone.get(foldName(family)) ?? 0)) return used.token.text;
  // `Mr. Kastahorau` after `Dzmitry Kastahorau`: the word a title stands before is the surname, however often a
  // release calls the person by the given name alone.
  const westernTitled = titled.get(foldName(lastWord)) ?? 0;
  const familyTitled = titled.get(foldName(family)) ?? 0;
  if (westernTitled !== familyTitled) return westernTitled > familyTitled ? western : family;
  const westernUses = standalone.get(foldName(lastWord)) ?? 0;
  const familyUses = standalone.get(foldName(family)) ?? 0;
  if (familyUses > westernUses && !(familyClasses & GIVEN_NAME)) return family;
  if (westernUses > familyUses) return western;
  return familyClasses & FAMILY_NAME_FIRST && words.length <= 3 ? family : western;
}

function genderOf(reading: Reading): Person['gender'] {
  for (const token of reading.titleTokens) {
    const gender = titleGender(token);
    if (gender) return gender;
  }
  const first = reading.nameTokens.find((token) => !isInitial(token.text));
  if (!first || UNISEX_GIVEN.has(first.text.toLowerCase())) return undefined;
  return genderFromClasses(first.classes, MALE_GIVEN_NAME, FEMALE_GIVEN_NAME);
}

// A relative's noun right before the name (`his wife, Jane Doe`, `her son Tom`) tells the gender an unknown given
// name does not.
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(wife|widow|mother|daughter|sister|girlfriend|fiancee|grandmother|granddaughter|niece|aunt|husband|widower|father|son|brother|boyfriend|fiance|grandfather|grandson|nephew|uncle),?\s+$/u;
const FEMALE_RELATIVES = new Set(['wife', 'widow', 'mother', 'daughter', 'sister', 'girlfriend', 'fiancee', 'grandmother', 'granddaughter', 'niece', 'aunt']);

function relationGender(text: string, start: number): Person['gender'] {
  const found = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!found) return undefined;
  return FEMALE_RELATIVES.has(found[1]) ? 'female' : 'male';
}

function titleGender(token: Token): Person['gender'] {
  return genderFromClasses(token.classes, MALE_TITLE, FEMALE_TITLE);
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
  const pendingBySurname = new Map<string, number>();
  for (const person of [...people].reverse()) {
    pendingBySurname.set(foldName(person.surname), person.id);
    pendingBySurname.set(foldName(person.surname.replace(ARTICLE_PREFIX, '')), person.id);
  }
  const byGivenName = new Map<string, number | null>();
  const firstWords = firstWordsOf(byFoldedName);
  // Each person's keys, worked out on their first full naming (a person is named in full again and again).
  const keys: (PersonKeys | undefined)[] = new Array(people.length).fill(undefined);
  const remember = (person: Person) => {
    const { surname, bare, lastWord, given } = (keys[person.id] ??= personKeys(person));
    bySurname.set(surname, person.id);
    if (bare !== undefined) bySurname.set(bare, person.id);
    if (lastWord !== undefined && !bySurname.has(lastWord)) bySurname.set(lastWord, person.id);
    if (given !== undefined) {
      const owner = byGivenName.get(given);
      byGivenName.set(given, owner === undefined || owner === person.id ? person.id : null);
    }
  };
  for (let index = 0; index < read.runs.length; index++) {
    const run = read.runs[index];
    const reading = read.readings[index];
    if (!reading) continue;
    // The span is made only for a run that becomes a mention (most runs name nobody).
    const start = run.tokens[0].start;
    const end = run.tokens[run.tokens.length - 1].end;
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
    if (reading.nameTokens.length !== 1 && !isParticleSurname(reading.nameTokens)) continue;
    // `a scholar in Boston` after `Rob Boston`: a place after a locative preposition is the place.
    if (run.before && LOCATIVES.has(run.before.text) && lexicon.isPlace(key)) continue;
    const latest = bySurname.get(key) ?? notYetIntroduced(pendingBySurname.get(key), introduced);
    const bySurnameId = latest === undefined ? undefined : byTitleGender(latest, key, reading, people);
    if (bySurnameId !== undefined) {
      const titled = reading.titleTokens.length > 0;
      bySurname.set(key, bySurnameId);
      mentions.push(makeMention({ start: titled ? start : reading.nameTokens[0].start, end }, bySurnameId, titled ? 'title-surname' : 'surname'));
      continue;
    }
    // The readings left, a given name alone and a relative's, are of a name written without a title.
    if (reading.titleTokens.length !== 0) continue;
    const known = byGivenName.get(key);
    const byGiven = known === undefined ? givenFormOwner(key, byGivenForm, introduced, lexicon) : known;
    if (byGiven !== undefined && byGiven !== null) {
      mentions.push(makeMention({ start, end }, byGiven, 'given-name'));
      continue;
    }
    const relative = firstWords.has(key) ? relativeNamed(read, index, key, byFoldedName) : undefined;
    if (relative) mentions.push(makeMention({ start, end }, relative.id, 'given-name'));
  }
  return mentions;
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
    const tokens = read.runs[other].tokens;
    const person = byFoldedName.get(`${given} ${foldName(tokens[tokens.length - 1].text)}`);
    if (person) return person;
  }
  return undefined;
}

/** `Mrs. Thampy` after `George Thampy` and `Bina Thampy`: a courtesy title picks the relative of its gender. */
function byTitleGender(id: number, surnameKey: string, reading: Reading, people: Person[]): number {
  // The first title with a gender. A loop, not map().find(): the inlined map()'s array deoptimised linkNames.
  let gender: Person['gender'];
  for (let i = 0; i < reading.titleTokens.length && !gender; i++) gender = titleGender(reading.titleTokens[i]);
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
