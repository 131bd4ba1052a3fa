import { foldName, isAscii } from '../parse/fold-name';
import { FORMAL_NAMES_BY_SHORT_FORM as VARIANTS_BY_SHORT_FORM } from './given-names';
import * as notPeople from './non-person-words';
import * as words from './people-words';
import * as wordClass from './word-classes';
import { WordTable } from './word-table';
import { REPORTING_PARTICIPLES, plainReportingForms } from './reporting-verbs';
import { VerbTable, verbTableWith } from './verb-table';
import { HAS_LETTER } from '../parse/letter-patterns';
import { WordShapes, hasPronounShape } from './word-shapes';

export interface KnownPerson {
  name: string;
  title?: string;
}

/** Extra words a house style or `.wirecheckrc.json` adds to the built-in lists. */
export interface LexiconExtensions {
  titles?: string[];
  nonPersonWords?: string[];
  places?: string[];
  attributionVerbs?: string[];
  people?: KnownPerson[];
}

/**
 * Built-in attribution verbs that count wherever they stand, as plain words (for checks that only ask whether a
 * sentence attributes at all). The statement finder reads the full table in reporting-verbs.ts, where some forms
 * count only in context (`is urging`, `called for`, `described … as`). Styles may add more.
 */
export const ATTRIBUTION_VERBS = plainReportingForms();

/** The word lists the parser consults, folded for fast case-insensitive look-up. */
export class Lexicon {
  readonly knownPeople: KnownPerson[];
  readonly attributionVerbs: string[];
  /** The verbs a house style or `.wirecheckrc.json` adds: lower case, one space between words. */
  readonly extraAttributionVerbs: string[];
  /** The built-in reporting verbs and the configured ones, by first word. */
  readonly verbs: VerbTable;
  private readonly titles: Set<string>;
  private readonly personTitles: Set<string>;
  /** What a word may be (a title, a particle, a pronoun), told from its shape before any look-up. */
  readonly shapes: WordShapes;
  private readonly nonPerson: Set<string>;
  private readonly places: Set<string>;
  private readonly particles = new Set(words.NAME_PARTICLES);
  private readonly familyFirst = new Set(words.FAMILY_NAME_FIRST);
  private readonly maleNames = new Set(words.MALE_GIVEN_NAMES);
  private readonly femaleNames = new Set(words.FEMALE_GIVEN_NAMES);
  private readonly maleTitles = new Set(words.MALE_TITLES);
  private readonly femaleTitles = new Set(words.FEMALE_TITLES);
  private readonly known: Set<string>;
  private readonly roles = new Set(words.ROLE_NOUNS);
  private readonly surnames = new Set(words.COMMON_SURNAMES);
  private readonly notNameStart = new Set(words.NOT_NAME_START);
  private readonly timeWords = new Set(words.TIME_WORDS);
  private readonly suffixes = new Set(words.NAME_SUFFIXES);
  private readonly roleOnly = new Set(notPeople.ROLE_ONLY_WORDS);
  private readonly headlineVerbs = new Set(notPeople.HEADLINE_VERBS);
  private readonly placeNouns = new Set(notPeople.PLACE_NOUNS);
  /** Each word met so far with its classes (see word-classes.ts). */
  readonly words = new WordTable((word) => this.classify(word));
  private readonly classesByString = new Map<string, number>();

  constructor(extensions: LexiconExtensions = {}) {
    const extraTitles = (extensions.titles ?? []).flatMap((title) => title.toLowerCase().split(/\s+/));
    this.titles = new Set([...words.TITLE_WORDS, ...extraTitles]);
    this.personTitles = new Set([...words.TITLE_WORDS, ...extraTitles].filter((title) => !GENERIC_TITLE_WORDS.has(title)));
    this.shapes = new WordShapes(this.personTitles, [...this.titles, ...this.suffixes]);
    this.nonPerson = new Set([...notPeople.NON_PERSON_WORDS, ...(extensions.nonPersonWords ?? []).map((word) => word.toLowerCase())]);
    this.places = new Set([...notPeople.PLACE_NAMES, ...(extensions.places ?? []).map(foldName)]);
    this.knownPeople = extensions.people ?? [];
    this.known = new Set(this.knownPeople.map((person) => foldName(person.name)));
    this.extraAttributionVerbs = [...new Set((extensions.attributionVerbs ?? []).map(normaliseVerb).filter((verb) => HAS_LETTER.test(verb)))];
    this.attributionVerbs = [...new Set([...ATTRIBUTION_VERBS, ...this.extraAttributionVerbs])];
    this.verbs = verbTableWith(this.extraAttributionVerbs);
  }

  isTitle(word: string): boolean {
    return (this.classOf(word) & wordClass.TITLE) !== 0;
  }

  /** A title that only a person carries (not `state` or `general` alone). */
  isPersonTitle(word: string): boolean {
    return (this.classOf(word) & wordClass.PERSON_TITLE) !== 0;
  }

  /** Lower-case role words that may stand inside a name run: `spokesperson Wang Wenbin`. */
  isLowercaseTitle(word: string): boolean {
    return (this.classOf(word) & wordClass.LOWERCASE_TITLE) !== 0;
  }

  /** A lower-case noun for a person's role that may stand right before their name (`scientist John Houghton`). */
  isRoleNoun(word: string): boolean {
    return (this.classOf(word) & wordClass.ROLE_NOUN) !== 0;
  }

  /** An ordinary word that opens a sentence in capitals and never begins a name (`At`, `The`, `If`). */
  isNotNameStart(word: string): boolean {
    return (this.classOf(word) & wordClass.NOT_NAME_START) !== 0;
  }

  /** A day, month or `today`: ends a name (`Bill Clinton Thursday`). */
  isTimeWord(word: string): boolean {
    return (this.classOf(word) & wordClass.TIME_WORD) !== 0;
  }

  /** The folded given names a name may be a form of: itself, and for a short form its formal names (`pat` → `patrick`). */
  givenNameForms(word: string): string[] {
    const folded = foldName(word);
    return [folded, ...(VARIANTS_BY_SHORT_FORM.get(folded) ?? [])];
  }

  /** Whether two given names are forms of one (`Pat` and `Patrick`, `Tom` and `Thomas`), case and marks folded. */
  sameGivenName(a: string, b: string): boolean {
    const first = foldName(a);
    const second = foldName(b);
    if (first === second) return true;
    const formsOf = (name: string) => new Set([name, ...(VARIANTS_BY_SHORT_FORM.get(name) ?? [])]);
    const firstForms = formsOf(first);
    return [...formsOf(second)].some((form) => firstForms.has(form));
  }

  /** A capitalised headline verb (`Appoints`, `Names`): a name run stops there. */
  isHeadlineVerb(word: string): boolean {
    return (this.classOf(word) & wordClass.HEADLINE_VERB) !== 0;
  }

  /** `Temple`, `Santa`, `Fort`: before a given name, the phrase names a place (`Temple Beth El`). */
  isPlaceNoun(word: string): boolean {
    return (this.classOf(word) & wordClass.PLACE_NOUN) !== 0;
  }

  /** A role word that is nobody's surname (`Officer`, `Counsel`): a run ending in one names an office. */
  isRoleOnly(word: string): boolean {
    return (this.classOf(word) & wordClass.ROLE_ONLY) !== 0;
  }

  /** `Jr.`, `III`: part of a full name but never the surname. */
  isNameSuffix(word: string): boolean {
    return (this.classOf(word) & wordClass.NAME_SUFFIX) !== 0;
  }

  /** A family name common enough to be evidence of a person (`Gonzalez`, `Smith`). */
  isCommonSurname(word: string): boolean {
    return (this.classOf(word) & wordClass.COMMON_SURNAME) !== 0;
  }

  isParticle(word: string): boolean {
    return (this.classOf(word) & wordClass.PARTICLE) !== 0;
  }

  isNonPersonWord(word: string): boolean {
    return (this.classOf(word) & wordClass.NON_PERSON) !== 0;
  }

  isPlace(foldedName: string): boolean {
    return this.places.has(foldedName);
  }

  isKnownPerson(foldedName: string): boolean {
    return this.known.has(foldedName);
  }

  isFamilyNameFirst(word: string): boolean {
    return (this.classOf(word) & wordClass.FAMILY_NAME_FIRST) !== 0;
  }

  givenNameGender(word: string): 'male' | 'female' | undefined {
    return wordClass.genderOf(this.classOf(word), wordClass.MALE_GIVEN_NAME, wordClass.FEMALE_GIVEN_NAME);
  }

  titleGender(word: string): 'male' | 'female' | undefined {
    return wordClass.genderOf(this.classOf(word), wordClass.MALE_TITLE, wordClass.FEMALE_TITLE);
  }

  pronounGender(word: string): 'male' | 'female' | undefined {
    if (!hasPronounShape(word, 0, word.length)) return undefined;
    return wordClass.genderOf(this.classOf(word), wordClass.MALE_PRONOUN, wordClass.FEMALE_PRONOUN);
  }

  /** The word's classes (bits of word-classes.ts), each word classified once per lexicon. */
  classOf(word: string): number {
    // A string keeps its hash: a map finds a word given as a string faster than the table hashing its characters.
    let classes = this.classesByString.get(word);
    if (classes === undefined) {
      classes = this.words.classesOf(this.words.idOf(word));
      if (this.classesByString.size >= MAX_CACHED_STRINGS) this.classesByString.clear();
      // A long word sliced from an article keeps the whole article alive: the cache keeps its own copy.
      this.classesByString.set(word.length >= 13 ? (' ' + word).slice(1) : word, classes);
    }
    return classes;
  }

  private classify(word: string): number {
    const lower = word.toLowerCase();
    // foldName of an ASCII word is its lower case: not made a second time (this runs for each new word).
    const folded = isAscii(word) ? lower : foldName(word);
    // One test after another, not a table of pairs: this runs for every new word of every article.
    let classes = wordClass.CLASSIFIED;
    if (this.titles.has(lower)) classes |= wordClass.TITLE;
    if (this.personTitles.has(lower)) classes |= wordClass.PERSON_TITLE;
    if (this.personTitles.has(word)) classes |= wordClass.LOWERCASE_TITLE;
    if (this.roles.has(lower) || this.personTitles.has(lower)) classes |= wordClass.ROLE_NOUN;
    if (this.notNameStart.has(lower)) classes |= wordClass.NOT_NAME_START;
    if (this.timeWords.has(lower)) classes |= wordClass.TIME_WORD;
    if (this.headlineVerbs.has(lower)) classes |= wordClass.HEADLINE_VERB;
    if (this.placeNouns.has(lower)) classes |= wordClass.PLACE_NOUN;
    if (this.roleOnly.has(lower)) classes |= wordClass.ROLE_ONLY;
    if (this.suffixes.has(lower)) classes |= wordClass.NAME_SUFFIX;
    if (this.surnames.has(folded)) classes |= wordClass.COMMON_SURNAME;
    if (this.particles.has(word)) classes |= wordClass.PARTICLE;
    if (this.particles.has(lower)) classes |= wordClass.PARTICLE_FOLDED;
    if (this.nonPerson.has(lower)) classes |= wordClass.NON_PERSON;
    if (this.familyFirst.has(folded)) classes |= wordClass.FAMILY_NAME_FIRST;
    if (this.maleNames.has(folded)) classes |= wordClass.MALE_GIVEN_NAME;
    if (this.femaleNames.has(folded)) classes |= wordClass.FEMALE_GIVEN_NAME;
    if (this.maleTitles.has(lower)) classes |= wordClass.MALE_TITLE;
    if (this.femaleTitles.has(lower)) classes |= wordClass.FEMALE_TITLE;
    if (this.verbs.holdsFirstWord(word)) classes |= wordClass.REPORTING_VERB_START;
    if (REPORTING_PARTICIPLES.has(lowerAsciiPrefix(word))) classes |= wordClass.REPORTING_PARTICIPLE;
    // A Map, not the object: `constructor` or `toString` in the text must not read as a pronoun.
    const pronoun = hasPronounShape(word, 0, word.length) ? PRONOUN_GENDERS.get(word) ?? PRONOUN_GENDERS.get(lower) : undefined;
    if (pronoun) classes |= pronoun === 'male' ? wordClass.MALE_PRONOUN : wordClass.FEMALE_PRONOUN;
    return classes;
  }
}

/** The word's opening run of lower-case ASCII letters (`saying` of `saying-so`). */
function lowerAsciiPrefix(word: string): string {
  let end = 0;
  while (end < word.length && word.charCodeAt(end) >= 0x61 && word.charCodeAt(end) <= 0x7a) end++;
  return end === word.length ? word : word.slice(0, end);
}

/** Words asked about as strings (names and their parts, mostly) kept at most; past it the cache starts again. */
const MAX_CACHED_STRINGS = 20_000;

const PRONOUN_GENDERS = new Map(Object.entries(words.PRONOUNS));

// Title words that also start ordinary capitalised phrases, so they do not alone prove a person.
const GENERIC_TITLE_WORDS = new Set(['state', 'general', 'member', 'official', 'head', 'leader', 'chief', 'executive', 'officer', 'partner', 'principal', 'speaker', 'father', 'sister', 'major', 'long']);

/**
 * A configured verb as the verb pattern needs it: lower case, one space between words, none around them. Each
 * space becomes `\s+` in a regex, so `said  to` or ` said` would let a run of blanks be split in many ways.
 */
function normaliseVerb(verb: string): string {
  return verb.toLowerCase().trim().replace(/\s+/g, ' ');
}
