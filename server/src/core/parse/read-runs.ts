import { Lexicon } from '../lexicon/lexicon';
import { GIVEN_NAME, PARTICLE_FOLDED } from '../lexicon/word-classes';
import { FirmNames, hasFirmAppositive } from './firm-evidence';
import { NameRun, Reading, isInitial, nameRuns, readAfterOffice, readRun } from './name-runs';
import { TokenStream } from './token-stream';
import { Token, foldName, joinTexts } from './tokens';

/** An article's name runs, each read once, and the counts over all of them that the evidence for a person reads. */
export interface ReadRuns {
  runs: NameRun[];
  /** Each run's title and name words; undefined where the run reads as no name. */
  readings: (Reading | undefined)[];
  /** Each reading's name as written (`nameText`), and folded: the key people are found by. */
  names: (string | undefined)[];
  keys: (string | undefined)[];
  /** How often each folded word stands alone as a one-word run (a surname the article goes on to use). */
  standalone: Map<string, number>;
  /** How often each folded word follows a title alone (`Mr. Kastahorau`): a surname, whichever end of the name it is. */
  titled: Map<string, number>;
  /** How often each folded run of two or more words occurs. */
  runUses: Map<string, number>;
  /** Folded names the article writes as a firm's somewhere. */
  firms: FirmNames;
}

// `Sir William`, `Dame Judi`: titles that stand before the given name, not the surname.
const GIVEN_NAME_TITLES = new Set(['sir', 'dame']);

/**
 * Finds the name runs of every sentence and reads each one right after it is found, while its tokens are fresh in
 * the processor's cache: one pass, where a pass over all runs per step (four of them) read a long article's runs
 * back from memory each time.
 */
export function readRuns(words: TokenStream, sentenceCount: number, lexicon: Lexicon): ReadRuns {
  const text = words.text;
  // Filled by push into literals, not by map(): an empty map() result has another elements kind, and optimised code
  // that meets it is thrown away (V8 deoptimises on the unexpected map).
  const read: ReadRuns = { runs: [], readings: [], names: [], keys: [], standalone: new Map(), titled: new Map(), runUses: new Map(), firms: new FirmNames(text) };
  const { runs, readings, names, keys, standalone, titled, runUses, firms } = read;
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const first = runs.length;
    nameRuns(words, sentence, runs);
    for (let index = first; index < runs.length; index++) {
      const run = runs[index];
      const tokens = run.tokens;
      const reading = readAfterOffice(run, readRun(tokens), text, lexicon);
      let joined: string | undefined;
      let runKey: string | undefined;
      if (tokens.length === 1) {
        const word = foldName(tokens[0].text);
        standalone.set(word, (standalone.get(word) ?? 0) + 1);
      } else {
        joined = joinTexts(tokens);
        runKey = foldName(joined);
        runUses.set(runKey, (runUses.get(runKey) ?? 0) + 1);
        if (hasFirmAppositive(text, tokens[tokens.length - 1].end, opensWithGivenName(reading))) firms.addByAppositive(runKey);
      }
      if (reading && reading.titleTokens.length > 0 && reading.nameTokens.length === 1 && !GIVEN_NAME_TITLES.has(reading.titleTokens[0].text.toLowerCase())) {
        const word = foldName(reading.nameTokens[0].text);
        titled.set(word, (titled.get(word) ?? 0) + 1);
      }
      const name = reading && nameText(text, reading.nameTokens);
      readings.push(reading);
      names.push(name);
      // Most names are the whole run as written: its key is folded already (a long name is folded anew each time).
      keys.push(name === undefined ? undefined : name === joined ? runKey : foldName(name));
    }
  }
  return read;
}

/** `Jonathan Doe`: the name's first word is a known given name (a particle such as `Al` proves nothing). */
function opensWithGivenName(reading: Reading | undefined): boolean {
  const first = reading?.nameTokens.find((token) => !isInitial(token.text));
  return first !== undefined && (first.classes & GIVEN_NAME) !== 0 && (first.classes & PARTICLE_FOLDED) === 0;
}

/** The name as written, on one line, without a sentence's final period: `Sonia V. Diaz`, `Gameel el-Batouti`. */
export function nameText(text: string, tokens: Token[]): string {
  let name = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const initialPeriod = isInitial(token.text) && !token.text.endsWith('.') && text.charCodeAt(token.end) === 0x2e ? '.' : '';
    const word = i === tokens.length - 1 && token.text.length > 2 && token.text.endsWith('.') && !/^(?:jr|sr)\.$/i.test(token.text) ? token.text.slice(0, -1) : token.text;
    name += (i > 0 ? ' ' : '') + word + initialPeriod;
  }
  return name;
}
