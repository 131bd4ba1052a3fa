import { Mention, Person, Sentence, Span } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { FAMILY_NAME_FIRST, GIVEN_NAME, NAME_SUFFIX, PARTICLE_FOLDED } from '../lexicon/word-classes';
import { RunWords, isInitial } from './name-runs';
import { Reading, isParticleSurname, titleText } from './run-readings';
import { restOfName, variantOf } from './name-forms';
import { looksLikePerson } from './person-evidence';
import { genderOf, relationGender } from './person-gender';
import { linkNames } from './name-links';
import { addTitledSurnames } from './titled-surnames';
import { addBareFamilyNames } from './bare-family-names';
import { linkPronouns } from './pronouns';
import { nameText, readRuns } from './read-runs';
import { TokenStream } from './token-stream';
import { foldName } from './tokens';

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
    if (!looksLikePerson(reading, run, folded, evidence)) continue;
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
