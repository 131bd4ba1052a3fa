import { Lexicon } from '../lexicon/lexicon';
import { COMMON_SURNAME, FAMILY_NAME_FIRST, GIVEN_NAME, NAME_SUFFIX, NON_PERSON, NOT_NAME_START, PARTICLE_FOLDED, PERSON_TITLE, PLACE_NOUN, ROLE_NOUN, ROLE_ONLY, TIME_WORD } from '../lexicon/word-classes';
import { ORGANISATION_HEADS as ORGANISATION_HEAD_LIST, PLACE_INITIALS as PLACE_INITIAL_LIST, STREET_TAILS as STREET_TAIL_WORDS } from '../lexicon/non-person-words';
import { WORD_SURNAMES as WORD_SURNAME_LIST } from '../lexicon/people-words';
import { hasPersonAppositive, namedAsOffice, roleSetOffBefore } from './person-appositives';
import { FirmNames, firmPartnersAfter, firmWordsAfter, hasFirmAppositive } from './firm-evidence';
import { capitalisedWordBefore, followedByState, inPlaceList, isSaintPrefix, isWorkplace, namesAThing, saintAbbreviationBefore } from './name-surroundings';
import { NameRun, RunWords, isAcronym, isInitial, isMonthSurnameWord, isPlainWord } from './name-runs';
import { Reading } from './run-readings';
import { writtenAsRead } from './read-runs';
import { CAPITALISED } from './token-stream';
import { foldName } from './tokens';
import { isDigitUnit } from './char-class';

export interface EvidenceContext {
  text: string;
  lexicon: Lexicon;
  /** The words of the runs and their readings. */
  words: RunWords;
  /** How often each folded word stands alone as a one-word run (a surname the article goes on to use). */
  standalone: Map<string, number>;
  /** How often each folded multi-word run occurs: a firm keeps its full name (`Comissaria Smith said`). */
  runUses: Map<string, number>;
  /** Folded names the article writes as a firm's somewhere (`Morgan Stanley and Co`). */
  firms: FirmNames;
}

// A romanised Chinese given name: one or two pinyin syllables (`Jinping`, `Wenbin`), so `Sun Chemical` is not one.
const PINYIN = /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)){1,2}$/;
// `French-speaking`, `Harvard-educated`: a describing compound, not a hyphenated name (`Kuok-koi` is one).
const DESCRIBING_COMPOUND = /-(?:growing|free|built|speaking|based|born|educated|owned|backed|led|run|controlled|style|era|made|linked|funded|affiliated|trained|bred|raised|leaning|dominated|sponsored|registered|listed|headquartered|focused|driven|powered|related|friendly|specific|wide|level|class|type)$/;
// `GoCredit.loans`, `Acme.com`: a web address or brand with a dot, not a name.
const DOTTED_BRAND = /\.\p{Ll}{2,}/u;
// `About The BotanistThe Botanist is`: a heading glued to the next sentence, not a name with an inner capital
// (`McDonald`, `DeMaria`).
const GLUED_WORDS = /\p{Ll}(?:The|This|Our|Its|In|For|With|About|From|At)$|^(?:LLC|LLP|Inc|Ltd|Corp|PLC)\p{Lu}|\p{Ll}{2}\p{Lu}\p{Ll}{2,}ing$/u;
const STREET_TAILS = new Set(STREET_TAIL_WORDS);
// The lengths of the street words: `lane` to `expressway`; each ends in e, y, d, f, t or s (isStreetTail).
const SHORTEST_STREET_TAIL = 4;
const LONGEST_STREET_TAIL = 10;
const ORGANISATION_HEADS = new Set(ORGANISATION_HEAD_LIST);
const PLACE_INITIALS = new Set(PLACE_INITIAL_LIST);
const WORD_SURNAMES = new Set(WORD_SURNAME_LIST);
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'asked', 'explained', 'noted', 'wrote', 'recalled']);

/**
 * Whether a name run names a person, from what the words are and what stands around them. `key` is the reading's
 * name folded (`nameText` folded), as findPeople knows it.
 */
export function looksLikePerson(reading: Reading, run: NameRun, key: string, context: EvidenceContext): boolean {
  const { lexicon, words, text } = context;
  const { nameFrom, nameTo } = reading;
  const nameCount = nameTo - nameFrom;
  const nameStart = words.start(nameFrom);
  const nameEnd = words.end(nameTo - 1);
  const titleCount = reading.titleTo - reading.titleFrom;
  // The words joined and folded: the key itself where nameText writes them as they are (most names).
  const folded = writtenAsRead(words, nameFrom, nameTo) ? key : foldName(words.joined(nameFrom, nameTo));
  if (lexicon.isKnownPerson(folded)) return true;
  // The core of the name: its words that are neither initials nor suffixes (first, second and last of them).
  let coreCount = 0;
  let coreFirst = -1;
  let coreSecond = -1;
  let coreLast = -1;
  for (let k = nameFrom; k < nameTo; k++) {
    if (isInitial(words.text(k)) || words.classes(k) & NAME_SUFFIX) continue;
    if (coreCount === 0) coreFirst = k;
    else if (coreCount === 1) coreSecond = k;
    coreLast = k;
    coreCount++;
  }
  // `J.A. Elkins` has the shape of `J.P. Morgan` or `E.F. Hutton`: initials and a surname name a person only with a
  // title or a role around them (below).
  // The initials carry their periods (`C Perkins` may be a typo as well as a firm) and are no country's (`U.S. Officials`).
  const initialsAndSurname = coreCount === 1 && nameCount >= 2 && coreFirst === nameTo - 1 && initialsWithPeriods(words, nameFrom, nameTo - 1);
  if (coreCount < 2 && !initialsAndSurname) return false;
  // `Al` opens `Al Gore` and `Al Qaeda` alike: a particle proves nothing as a given name.
  const givenFirst = (words.classes(coreFirst) & GIVEN_NAME) !== 0 && !(words.classes(coreFirst) & PARTICLE_FOLDED);
  // `Rob Ball, CEO of Shoulder Innovations`: after a given name, a role set off after the name makes even an ordinary
  // word the surname (read only when asked).
  let roleAfter: boolean | undefined;
  for (let k = nameFrom; k < nameTo; k++) {
    const word = words.text(k);
    const classes = words.classes(k);
    // `Bill Clinton`, `Jim Hall`: a given name first, or a common surname after one, is not the ordinary word.
    // `Theresa May`, `John S. March`: the name runs keep a month only as a surname after a given name or an initial.
    const monthSurname = k > nameFrom && k === nameTo - 1 && isMonthSurnameWord(word) && (words.classes(k - 1) & GIVEN_NAME || isInitial(words.text(k - 1)));
    const nameWord = monthSurname || (givenFirst && (k === coreFirst || (k === coreLast && (isSurnameWord(words, k) || (roleAfter ??= hasPersonAppositive(context, nameEnd, true))))));
    if (!nameWord && classes & NON_PERSON) return false;
    if (classes & NOT_NAME_START || (classes & TIME_WORD && !monthSurname)) return false;
    if (!words.capitalised(k) && !(classes & PARTICLE_FOLDED)) return false;
    // `Smith`: a letter, then lower-case ASCII letters only (most name words), has none of the shapes below.
    if (isPlainWord(word)) continue;
    if (isAcronym(word) && !(classes & NAME_SUFFIX)) return false;
    // Each pattern is run only on a word that holds the character it needs (a digit, a hyphen, a period, a capital
    // or non-ASCII letter after the first): most name words that are not plain are settled by one pass over them.
    if (hasDigit(word) || (word.includes('-') && DESCRIBING_COMPOUND.test(word)) || (word.includes('.') && DOTTED_BRAND.test(word)) || (mayBeGlued(word) && GLUED_WORDS.test(word))) return false;
  }
  // `Mincing Lane`, `Beverly Drive`: a street word ends a place's name, unless it is a surname after a given name
  // (`Diane Lane`, `Richard Alley`).
  const tail = words.text(coreLast);
  if (isStreetTail(tail) && !(givenFirst && isSurnameWord(words, coreLast))) return false;
  // `Chicago Fire`, `Boston Globe`: a place that is no given name opens a team's or a paper's name.
  if (!givenFirst && nameCount === 2 && lexicon.isPlace(words.folded(coreFirst))) return false;
  // `New Mexico Enterprise's`, `Hong Kong Telecom`: so does a place of several words.
  if (!givenFirst && opensWithKnown(words, nameFrom, nameTo, (prefix) => lexicon.isPlace(prefix))) return false;
  if (namesAThing(text, titleCount > 0 ? words.start(reading.titleFrom) : nameStart, nameEnd)) return false;
  if (titleCount === 0 && followedByState(text, nameEnd)) return false;
  // `Temple Beth El`, `Santa Ana Pueblo`: a given name after a place or organisation word names that place.
  if (titleCount === 1 && words.classes(reading.titleFrom) & PLACE_NOUN) return false;
  // `Legal Officer`, `Corporate Counsel`: an office, whatever words stand before it.
  if (words.classes(coreLast) & ROLE_ONLY) return false;
  const personTitle = reading.afterOffice === true || words.anyHas(reading.titleFrom, reading.titleTo, PERSON_TITLE);
  const before = run.before >= 0 ? words.stream.word(run.before) : undefined;
  // `The Botanist Solon is open`: an article right before the name makes it a thing's (a brand, a shop, a ship),
  // unless a title or a given name says otherwise (`the Joe Biden administration`).
  if (!personTitle && !givenFirst && titleCount === 0 && before !== undefined && before.toLowerCase() === 'the') return false;
  // `Morgan Stanley and Co`, `Prosper Water, a technology innovator`: a firm bears the name.
  if (firmWordsAfter(text, nameEnd)) return false;
  if (!personTitle && (context.firms.has(folded) || hasFirmAppositive(text, nameEnd, givenFirst))) return false;
  // `Grant Thornton Ireland`, `About Grant Thornton Grant Thornton delivers`: a firm's name opens the run.
  // `Philip Crosby Jr` of `Philip Crosby Associates` is a person: a suffix after the firm's words names its founder.
  if (!personTitle && nameCount > 2 && (words.classes(nameTo - 1) & NAME_SUFFIX) === 0 && opensWithKnown(words, nameFrom, nameTo, (prefix) => context.firms.has(prefix))) return false;
  if (titleCount === 0 && isWorkplace(text, lexicon, nameStart)) return false;
  // `the St. Louis Merchants' Exchange`, `Istituto Bancario San Paolo di Torino`: a saint's name opens a place's or a body's.
  if (titleCount === 1 ? isSaintPrefix(words.text(reading.titleFrom)) : titleCount === 0 && saintAbbreviationBefore(text, nameStart)) return false;
  // Every tail of the name (`Santa Ana Pueblo`, `Ana Pueblo`, `Pueblo`), built from the last word back: no slice and
  // join per tail. Any tail that is a place rejects the name, so the order does not matter. The last word and the
  // whole name are folded already.
  let nameTail = '';
  for (let k = nameTo - 1; k >= nameFrom; k--) {
    if (k === nameTo - 1) nameTail = words.text(k);
    else if (k > nameFrom) nameTail = `${words.text(k)} ${nameTail}`;
    const place = k === nameTo - 1 ? words.folded(k) : k === nameFrom ? folded : foldName(nameTail);
    // `Mike Madrid`: after a given name, a one-word place is a surname too.
    if (lexicon.isPlace(place) && !(k === nameTo - 1 && k > nameFrom && (givenFirst || lexicon.isCommonSurname(place) || lexicon.givenNameGender(place)))) return false;
  }
  if (personTitle) return true;
  // `National Association of Wheat Growers`; not `University of California Regent Ward Connerly`, a given name inside.
  if (!words.anyHas(nameFrom, nameTo, GIVEN_NAME) && (before === 'of' || before === 'on' || before === 'for') && ORGANISATION_HEADS.has(capitalisedWordBefore(text, words.stream.starts[run.before]))) return false;
  if (titleCount === 0 && (inPlaceList(text, nameStart) || firmPartnersAfter(text, nameEnd))) return false;
  if (run.before >= 0 && !words.stream.has(run.before, CAPITALISED) && words.stream.classesAt(run.before) & ROLE_NOUN && titleCount === 0) return true;
  if (initialsAndSurname) return hasPersonAppositive(context, nameEnd, true);
  if (titleCount === 0 && roleSetOffBefore(context, nameStart, nameEnd)) return true;
  // `Replacing Smith as president`: a participle opening the sentence is no given name.
  if (namedAsOffice(context, nameEnd) && !(run.sentenceInitial && /ing$/.test(words.text(nameFrom)))) return true;
  if (givenFirst) return true;
  const firstClasses = words.classes(coreFirst);
  // Weaker evidence below: a name repeated in full while its last word never stands alone is a firm's name.
  if ((context.runUses.get(folded) ?? 0) >= 2 && (context.standalone.get(words.folded(coreLast)) ?? 0) === 0 && !(firstClasses & FAMILY_NAME_FIRST)) return false;
  if (firstClasses & FAMILY_NAME_FIRST && nameCount <= 3 && (PINYIN.test(words.folded(coreSecond)) || (context.standalone.get(words.folded(coreFirst)) ?? 0) > 0)) return true;
  if (words.classes(coreLast) & COMMON_SURNAME) return true;
  if (hasPersonAppositive(context, nameEnd)) return true;
  // `…," said Jim Gordon.` — but not `said Sun Chemical has…`, where the run opens the reported clause.
  const lastEnd = words.end(coreLast);
  if (before !== undefined && INVERTED_VERBS.has(before.toLowerCase()) && /^\s*(?:[,.;:!?]|$)/.test(text.slice(lastEnd, lastEnd + 3))) return true;
  // A later bare surname is evidence only when the run is not just a sentence's opening capitals.
  return (context.standalone.get(words.folded(coreLast)) ?? 0) > 0 && !run.sentenceInitial;
}

/**
 * `STREET_TAILS.has(word.toLowerCase())`. Lower case keeps an ASCII word's length and last letter, and makes no other
 * word ASCII but for the Kelvin sign's `k` (kept where it stands): a word of another length, or ending in a letter no
 * street word ends in (most names), needs no lower-case copy.
 */
function isStreetTail(word: string): boolean {
  if (word.length < SHORTEST_STREET_TAIL || word.length > LONGEST_STREET_TAIL) return false;
  const last = word.charCodeAt(word.length - 1) | 0x20;
  if (last !== 0x65 && last !== 0x79 && last !== 0x64 && last !== 0x66 && last !== 0x74 && last !== 0x73) return false;
  return STREET_TAILS.has(word.toLowerCase());
}

/** `/\d/.test(word)`: an ASCII digit. */
function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitUnit(word.charCodeAt(i))) return true;
  return false;
}

/**
 * False when GLUED_WORDS cannot match: each of its branches needs a capital after the first character, which in an
 * ASCII word is A–Z (non-ASCII words are left to the pattern).
 */
function mayBeGlued(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return true;
  }
  return false;
}

/** Whether every word at positions `from` to `to - 1` is an initial written with its period, and no country's (`U.S.`). */
function initialsWithPeriods(words: RunWords, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words.text(k);
    if (!isInitial(word) || !initialWithPeriod(words, k) || PLACE_INITIALS.has(`${word.toLowerCase().replace(/\.$/, '')}.`)) return false;
  }
  return true;
}

/**
 * Whether two or more of the name's first words (fewer than all), folded, are `known`: a place (`New Mexico` of
 * `New Mexico Enterprise`) or a name the article writes as a firm's.
 */
function opensWithKnown(words: RunWords, from: number, to: number, known: (folded: string) => boolean): boolean {
  let prefix = words.text(from);
  for (let k = from + 1; k < to - 1; k++) {
    prefix += ` ${words.text(k)}`;
    if (known(foldName(prefix))) return true;
  }
  return false;
}

/** `J.`, `J.A.`: an initial written with its period (the token may stop before it). */
function initialWithPeriod(words: RunWords, k: number): boolean {
  return words.text(k).endsWith('.') || words.stream.text.charCodeAt(words.end(k)) === 0x2e;
}

/** A common surname, or an ordinary word that is often one (`Hall`, `Lane`). */
function isSurnameWord(words: RunWords, k: number): boolean {
  return (words.classes(k) & COMMON_SURNAME) !== 0 || WORD_SURNAMES.has(words.text(k).toLowerCase());
}
