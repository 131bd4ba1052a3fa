import { Person } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { SURNAME_TITLES } from '../lexicon/people-words';
import { HEADLINE_VERB, NAME_SUFFIX, NON_PERSON, NOT_NAME_START, PLACE_NOUN, ROLE_NOUN, ROLE_ONLY, TIME_WORD, TITLE } from '../lexicon/word-classes';
import { FIRM_AFTER, FirmNames } from './firm-evidence';
import { NameRun, RunWords, isAcronym } from './name-runs';
import { Reading, titleText } from './run-readings';
import { foldName } from './tokens';
import { isSpaceUnit } from './char-class';

// A person the story names only by a personal title and a surname (`President Clinton`, `Mr. Li`), as a take that
// starts mid-story or a second-day piece does. Titles that are also words of firms and offices (`General Motors`,
// `Chief Executive`, `State Department`) are left out of the list.
const TITLES = new Set(SURNAME_TITLES);
const NOT_A_SURNAME = NAME_SUFFIX | NON_PERSON | TIME_WORD | NOT_NAME_START | TITLE | ROLE_NOUN | ROLE_ONLY | PLACE_NOUN | HEADLINE_VERB;
const SURNAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
// After the surname: a number, a bracket or initials (`Datapoint Dr Ste 205`, `Al) Gore`, `Ing. H.C.F. Porsche`).
const NOT_NAME_AFTER = /^\.?\s*(?:\d|\)|\p{Lu}\.\p{Lu})/u;
// Before the title: an article (`a Premier Sponsor`) or a possessive with up to one name word (`its American President`).
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu;
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:its|their|our)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/** The folded surname when the run is a personal title and one capitalised name (`Mr. Li`), else undefined. */
function titledSurname(words: RunWords, reading: Reading, text: string, lexicon: Lexicon): string | undefined {
  const { titleFrom, titleTo, nameFrom } = reading;
  if (titleTo === titleFrom || reading.nameTo - nameFrom !== 1) return undefined;
  const title = words.text(titleTo - 1).toLowerCase();
  if (!TITLES.has(title) && !(TITLES.has(`${title}.`) && text[words.end(titleTo - 1)] === '.')) return undefined;
  const word = words.text(nameFrom).replace(/\.$/, '');
  if (!words.capitalised(nameFrom) || words.classes(nameFrom) & NOT_A_SURNAME || word.length < 2 || !SURNAME_WORD.test(word) || isAcronym(word)) return undefined;
  const folded = foldName(word);
  // `President Lincoln` names a person, but `Governor Texas` is read as a place and left alone.
  if (lexicon.isPlace(folded)) return undefined;
  const nameEnd = words.end(nameFrom);
  const after = text.slice(nameEnd, nameEnd + 30);
  // `Mr. Rooter Corp`, `Datapoint Dr Ste 205` (an address), `Vice President Al) Gore`, `Dr. Ing. H.C.F. Porsche`.
  if (FIRM_AFTER.test(after) || NOT_NAME_AFTER.test(after)) return undefined;
  const first = words.start(titleFrom);
  // `committee chairman Citibank`: a title in lower case describes; `a Premier Sponsor`, `the Sgt. York`: after an
  // article the title is part of a thing's name.
  // `its American President Lines unit`: so is a title after a firm's possessive, with a word of the name before it.
  for (let k = titleFrom; k < titleTo; k++) if (!words.capitalised(k)) return undefined;
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, first - 5), first))) return undefined;
  if (POSSESSIVE_BEFORE.test(text.slice(Math.max(0, first - 30), first))) return undefined;
  return folded;
}

// A reporting verb right after the name (`President Clinton said`) or right before it (`said Mr. Li`).
const VERB_AFTER = /^,?\s+(?:(?:also|has|had|have|was|is|later|then|again|once|today|yesterday)\s+)?(?:said|says|told|tells|added|adds|asked|argued|announced|stressed|noted|declared|replied|wrote|insisted|warned|explained|urged|recalled|predicted|contended|acknowledged|conceded|maintained)(?![\p{L}])/u;
const VERB_BEFORE = /(?:^|[^\p{L}])(?:said|says|added|asked|told|wrote|explained|noted)\s+$/u;

/**
 * Whether a titled surname speaks here (`President Clinton said`, `said Mr. Li`). Without that, only a surname that comes
 * back, alone or with its title, is taken (`Silver Queen Mine`, `Professor Emeritus` stand once and say nothing).
 */
export function titledSurnameSpeaks(text: string, start: number, end: number): boolean {
  return (mayOpenVerbAfter(text, end) && VERB_AFTER.test(text.slice(end, end + 40))) ||
    (mayEndVerbBefore(text, start) && VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
}

/** False where VERB_AFTER cannot match: it needs white space after the name, past an optional comma. */
function mayOpenVerbAfter(text: string, end: number): boolean {
  const at = end < text.length && text.charCodeAt(end) === 0x2c ? end + 1 : end;
  return at < text.length && isSpaceUnit(text.charCodeAt(at));
}

/**
 * False where VERB_BEFORE cannot match: it needs white space before the name, after a verb's last letter (`d` of
 * `said`, `s` of `says`, `e` of `wrote`).
 */
function mayEndVerbBefore(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  if (at === start || at === 0) return false;
  const last = text.charCodeAt(at - 1);
  return last === 0x64 || last === 0x73 || last === 0x65;
}

export interface TitledContext {
  text: string;
  lexicon: Lexicon;
  /** The words of the runs and their readings. */
  words: RunWords;
  /** How often each folded word stands alone as a one-word run. */
  standalone: Map<string, number>;
  genderOf: (reading: Reading) => Person['gender'];
  /** Folded names the article writes as a firm's: `Mr. Jax` of `Mr. Jax Fashions Inc` is the firm. */
  firms: FirmNames;
}

/**
 * `President Clinton said`, `Mr. Li said` in a story that never gives their full names: a person known by title and
 * surname (full name and surname both the surname). A surname that is a word of someone named in full is theirs.
 */
export function addTitledSurnames(runs: NameRun[], readings: (Reading | undefined)[], people: Person[], context: TitledContext): void {
  const { text, lexicon, words, standalone } = context;
  // Each surname's titled uses, first one first; counted before any is taken, since a later use is evidence too.
  const titled = new Map<string, { index: number; uses: number; speaks: boolean }>();
  for (let index = 0; index < runs.length; index++) {
    const reading = readings[index];
    const surname = reading && titledSurname(words, reading, text, lexicon);
    if (!reading || surname === undefined) continue;
    const use = titled.get(surname) ?? { index, uses: 0, speaks: false };
    use.uses++;
    use.speaks ||= titledSurnameSpeaks(text, words.start(runs[index].from), words.end(runs[index].to - 1));
    titled.set(surname, use);
  }
  let namedWords: Set<string> | undefined;
  for (const [surname, use] of titled) {
    if (!use.speaks && use.uses + (standalone.get(surname) ?? 0) < 2) continue;
    namedWords ??= wordsOfNames(people);
    if (namedWords.has(surname) || context.firms.opensWith(surname)) continue;
    const reading = readings[use.index]!;
    const written = words.text(reading.nameFrom).replace(/\.$/, '');
    people.push({
      id: people.length,
      fullName: written,
      surname: written,
      title: titleText(words, reading),
      introduction: { start: words.start(reading.titleFrom), end: words.start(reading.nameFrom) + written.length },
      gender: context.genderOf(reading),
      mentions: [],
    });
  }
}

/** Every folded word of the full names found so far. */
function wordsOfNames(people: Person[]): Set<string> {
  const words = new Set<string>();
  for (const person of people) for (const word of person.fullName.split(' ')) words.add(foldName(word.replace(/\.$/, '')));
  return words;
}
