import { Person } from '../article';
import { FAMILY_NAME_FIRST, NON_PERSON, NOT_NAME_START, TITLE } from '../lexicon/word-classes';
import { RunWords } from './name-runs';
import { Reading } from './run-readings';
import { titledSurnameSpeaks } from './titled-surnames';
import { foldName } from './tokens';

// `said Li`, `Li said` in a take that starts mid-story and never gives Li's full name: a family name of the
// family-name-first kind (Chinese, Korean, Vietnamese) that speaks at least this often is a person. One use might be
// a firm's or a word's (`Sun said`, `Long said`), so one is not enough.
const MIN_SPEAKING_USES = 2;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Adds a person for each bare family name that speaks more than once, unless the name is a word of someone named
 * in full or the story also writes it as part of a longer name (`Sun Microsystems`, `Li Ning Co`). `keys` are the
 * readings' folded names.
 */
export function addBareFamilyNames(words: RunWords, readings: (Reading | undefined)[], keys: (string | undefined)[], people: Person[], runUses: Map<string, number>): void {
  const speaking = new Map<string, { index: number; uses: number }>();
  // The full names folded, made on the first family name met (most stories have none).
  let named: string[] | undefined;
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index];
    if (!reading || reading.titleTo > reading.titleFrom || reading.nameTo - reading.nameFrom !== 1) continue;
    const name = reading.nameFrom;
    const classes = words.classes(name);
    if (!(classes & FAMILY_NAME_FIRST) || classes & (NON_PERSON | NOT_NAME_START | TITLE)) continue;
    // A word of a full name is that person's (`Xi` of `Xi Jinping`, said again and again): tested before the regexes.
    // The reading's key is its one word folded (for a word the regex below lets through).
    const key = keys[index]!;
    if (isWordOfAny(key, (named ??= foldedNames(people)))) continue;
    if (!CAPITALISED_WORD.test(words.text(name)) || !titledSurnameSpeaks(words.stream.text, words.start(name), words.end(name))) continue;
    const use = speaking.get(key) ?? { index, uses: 0 };
    use.uses++;
    speaking.set(key, use);
  }
  for (const [key, use] of speaking) {
    if (use.uses < MIN_SPEAKING_USES || inLongerName(key, runUses)) continue;
    const name = readings[use.index]!.nameFrom;
    const written = words.text(name);
    // The keys in the order every other person has them, title and gender unknown (a pronoun may give the gender
    // later): people of one shape keep the code that reads them monomorphic.
    people.push({ id: people.length, fullName: written, surname: written, title: undefined, introduction: { start: words.start(name), end: words.end(name) }, gender: undefined, mentions: [] });
  }
}

// Names folded whole, not split into a set of folded words: folding works word by word, so the words of a folded
// name are its words folded, and a few names are searched faster than a set is built.
function foldedNames(people: Person[]): string[] {
  const names: string[] = [];
  for (const person of people) names.push(foldName(person.fullName));
  return names;
}

/** Whether the folded word is a whole word of one of the folded names. */
function isWordOfAny(word: string, names: string[]): boolean {
  for (const name of names) {
    for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
      const end = at + word.length;
      if ((at === 0 || name.charCodeAt(at - 1) === 0x20) && (end === name.length || name.charCodeAt(end) === 0x20)) return true;
    }
  }
  return false;
}

/** Whether a run of several words opens or ends with the folded word. */
function inLongerName(word: string, runUses: Map<string, number>): boolean {
  for (const run of runUses.keys()) {
    if (run.length <= word.length) continue;
    if ((run.charCodeAt(word.length) === 0x20 && run.startsWith(word)) || (run.charCodeAt(run.length - word.length - 1) === 0x20 && run.endsWith(word))) return true;
  }
  return false;
}
