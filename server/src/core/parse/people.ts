import { Mention, MentionKind, Person, Sentence, Span } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { Token, foldName, tokenize } from './tokens';

/** A run of capitalised words (with name particles and lower-case titles inside), as found in a sentence. */
interface NameRun {
  tokens: Token[];
  sentence: number;
}

interface Reading {
  titleTokens: Token[];
  nameTokens: Token[];
}

export interface PeopleResult {
  people: Person[];
  /** Every named or pronoun mention, in text order. */
  mentions: Mention[];
}

/**
 * Finds the people of an article and links every later reference (surname, title + surname, pronoun) to them.
 * `excluded` spans (the dateline) are never read as names.
 */
export function findPeople(text: string, sentences: Sentence[], lexicon: Lexicon, excluded: Span[]): PeopleResult {
  const sentenceTokens = sentences.map((sentence) => tokenize(text, sentence.span).filter((token) => !excluded.some((span) => token.start < span.end && token.end > span.start)));
  const runs = sentenceTokens.flatMap((tokens, sentence) => nameRuns(tokens, lexicon).map((run) => ({ tokens: run, sentence })));
  const standalone = countStandaloneWords(runs);
  const people: Person[] = [];
  const byFoldedName = new Map<string, Person>();

  for (const run of runs) {
    const reading = readRun(run.tokens, lexicon);
    if (!reading || reading.nameTokens.length < 2) continue;
    const fullName = joinTokens(text, reading.nameTokens);
    const folded = foldName(fullName);
    if (byFoldedName.has(folded)) continue;
    if (!looksLikePerson(reading, run, runs, standalone, lexicon)) continue;
    const person: Person = {
      id: people.length,
      fullName,
      surname: chooseSurname(reading.nameTokens, standalone, lexicon),
      title: reading.titleTokens.length ? joinTokens(text, reading.titleTokens) : undefined,
      introduction: { start: (reading.titleTokens[0] ?? reading.nameTokens[0]).start, end: reading.nameTokens[reading.nameTokens.length - 1].end },
      gender: genderOf(reading, lexicon),
      mentions: [],
    };
    people.push(person);
    byFoldedName.set(folded, person);
  }
  for (const known of lexicon.knownPeople) {
    if (byFoldedName.has(foldName(known.name))) byFoldedName.get(foldName(known.name))!.title ??= known.title;
  }

  const mentions = linkMentions(runs, sentenceTokens, people, lexicon);
  for (const mention of mentions) people[mention.person].mentions.push(mention);
  return { people, mentions };
}

function nameRuns(tokens: Token[], lexicon: Lexicon): Token[][] {
  const runs: Token[][] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length && !current[current.length - 1].capitalised) current.pop();
    if (current.length) runs.push(current);
    current = [];
  };
  for (const token of tokens) {
    const lower = token.text.toLowerCase();
    const fits = token.capitalised || (current.length > 0 && lexicon.isParticle(lower)) || lexicon.isLowercaseTitle(token.text);
    if (!fits || (current.length > 0 && !token.joined)) flush();
    if (fits) current.push(token);
    if (token.possessive) flush();
  }
  flush();
  return runs;
}

/** Splits a run into its title part and its name part: `Cuban President` + `Miguel Diaz-Canel`. */
function readRun(tokens: Token[], lexicon: Lexicon): Reading | undefined {
  let lastTitle = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (lexicon.isTitle(tokens[i].text)) lastTitle = i;
  const nameTokens = tokens.slice(lastTitle + 1);
  while (nameTokens.length && lexicon.isParticle(nameTokens[0].text.toLowerCase()) && !nameTokens[0].capitalised) nameTokens.shift();
  if (nameTokens.length === 0 || nameTokens.length > 5) return undefined;
  return { titleTokens: tokens.slice(0, lastTitle + 1), nameTokens };
}

function looksLikePerson(reading: Reading, run: NameRun, runs: NameRun[], standalone: Map<string, number>, lexicon: Lexicon): boolean {
  const names = reading.nameTokens;
  const folded = foldName(names.map((token) => token.text).join(' '));
  if (lexicon.isKnownPerson(folded)) return true;
  if (names.some((token) => lexicon.isNonPersonWord(token.text) || isAcronym(token.text))) return false;
  if (lexicon.isPlace(folded) || names.some((_, i) => lexicon.isPlace(foldName(names.slice(i).map((token) => token.text).join(' '))))) return false;
  if (names.some((token) => !token.capitalised && !lexicon.isParticle(token.text.toLowerCase()))) return false;
  if (reading.titleTokens.some((token) => lexicon.isPersonTitle(token.text))) return true;
  if (lexicon.givenNameGender(names[0].text)) return true;
  const first = foldName(names[0].text);
  const last = foldName(names[names.length - 1].text);
  if ((standalone.get(first) ?? 0) > 0 || (standalone.get(last) ?? 0) > 0) {
    // A later bare surname is strong evidence only when the run is not the start of a sentence's usual capitals.
    return names[0] !== run.tokens[0] || runs.some((other) => other !== run && other.tokens.length === 1);
  }
  return false;
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}{2}/u.test(word);
}

/** Counts words that stand alone as a one-word capitalised run: the surnames an article goes on to use. */
function countStandaloneWords(runs: NameRun[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    if (run.tokens.length !== 1) continue;
    const key = foldName(run.tokens[0].text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function chooseSurname(names: Token[], standalone: Map<string, number>, lexicon: Lexicon): string {
  const firstParticle = names.findIndex((token, i) => i > 0 && lexicon.isParticle(token.text.toLowerCase()) && !token.capitalised);
  const western = firstParticle > 0 ? names.slice(firstParticle).map((token) => token.text).join(' ') : names[names.length - 1].text;
  const family = names[0].text;
  const westernUses = standalone.get(foldName(names[names.length - 1].text)) ?? 0;
  const familyUses = standalone.get(foldName(family)) ?? 0;
  if (familyUses > westernUses) return family;
  if (westernUses > familyUses) return western;
  return lexicon.isFamilyNameFirst(family) && names.length <= 3 ? family : western;
}

function genderOf(reading: Reading, lexicon: Lexicon): Person['gender'] {
  for (const token of reading.titleTokens) {
    const gender = lexicon.titleGender(token.text);
    if (gender) return gender;
  }
  return lexicon.givenNameGender(reading.nameTokens[0].text);
}

function joinTokens(text: string, tokens: Token[]): string {
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
}

/** Links named references and pronouns to people, in reading order. */
function linkMentions(runs: NameRun[], sentenceTokens: Token[][], people: Person[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const introduced = new Set<number>();
  const byRunStart = new Map<number, Mention>();
  for (const run of runs) {
    const mention = nameMention(run.tokens, people, lexicon, introduced);
    if (mention) byRunStart.set(run.tokens[0].start, mention);
  }
  let focus: number | undefined;
  let lastMentioned: number[] = [];
  sentenceTokens.forEach((tokens) => {
    const sentenceMentions: Mention[] = [];
    for (const token of tokens) {
      const named = byRunStart.get(token.start);
      if (named) {
        sentenceMentions.push(named);
        continue;
      }
      const gender = lexicon.pronounGender(token.text);
      if (!gender) continue;
      const person = resolvePronoun(gender, sentenceMentions, focus, lastMentioned, people);
      if (person === undefined) continue;
      people[person].gender ??= gender;
      sentenceMentions.push({ span: { start: token.start, end: token.end }, person, kind: 'pronoun' });
    }
    mentions.push(...sentenceMentions);
    if (sentenceMentions.length) {
      focus = sentenceMentions[0].person;
      lastMentioned = [...new Set(sentenceMentions.map((mention) => mention.person).reverse()), ...lastMentioned];
    }
  });
  return mentions;
}

function nameMention(tokens: Token[], people: Person[], lexicon: Lexicon, introduced: Set<number>): Mention | undefined {
  const reading = readRun(tokens, lexicon);
  if (!reading) return undefined;
  const folded = foldName(reading.nameTokens.map((token) => token.text).join(' '));
  const span = { start: tokens[0].start, end: tokens[tokens.length - 1].end };
  for (const person of people) {
    if (foldName(person.fullName.replace(/\s+/g, ' ')) === folded) {
      const kind: MentionKind = introduced.has(person.id) ? 'full-name' : 'introduction';
      introduced.add(person.id);
      return { span, person: person.id, kind };
    }
  }
  // A surname alone or after a title; the most recently introduced person of that name wins.
  for (let i = people.length - 1; i >= 0; i--) {
    if (foldName(people[i].surname) !== folded) continue;
    return { span: reading.titleTokens.length ? span : { start: reading.nameTokens[0].start, end: span.end }, person: i, kind: reading.titleTokens.length ? 'title-surname' : 'surname' };
  }
  return undefined;
}

function resolvePronoun(gender: 'male' | 'female', inSentence: Mention[], focus: number | undefined, recent: number[], people: Person[]): number | undefined {
  const fits = (id: number) => (people[id].gender ?? gender) === gender;
  const subject = inSentence.find((mention) => fits(mention.person));
  if (subject) return subject.person;
  if (focus !== undefined && fits(focus)) return focus;
  return recent.find(fits);
}
