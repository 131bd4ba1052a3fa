import { Lexicon } from '../lexicon/lexicon';
import { GIVEN_NAME, PARTICLE_FOLDED } from '../lexicon/word-classes';
import { FirmNames, hasFirmAppositive } from './firm-evidence';
import { NameRun, RunWords, isInitial, nameRuns } from './name-runs';
import { Reading, readAfterOffice, readRun } from './run-readings';
import { TokenStream } from './token-stream';
import { foldName } from './tokens';

/** An article's name runs, each read once, and the counts over all of them that the evidence for a person reads. */
export interface ReadRuns {
  /** The words of every run (and of every reading). */
  words: RunWords;
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
export function readRuns(stream: TokenStream, sentenceCount: number, lexicon: Lexicon): ReadRuns {
  const text = stream.text;
  const words = new RunWords(stream);
  // Filled by push into literals, not by map(): an empty map() result has another elements kind, and optimised code
  // that meets it is thrown away (V8 deoptimises on the unexpected map).
  const read: ReadRuns = { words, runs: [], readings: [], names: [], keys: [], standalone: new Map(), titled: new Map(), runUses: new Map(), firms: new FirmNames(text) };
  const { runs, readings, names, keys, standalone, titled, runUses, firms } = read;
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const first = runs.length;
    nameRuns(words, sentence, runs);
    for (let index = first; index < runs.length; index++) {
      const run = runs[index];
      const reading = readAfterOffice(words, run, readRun(words, run), lexicon);
      // The run as written and folded; for one word, the word (the key of most one-word readings too).
      let runText: string;
      let runKey: string;
      if (run.to - run.from === 1) {
        runText = words.text(run.from);
        runKey = words.folded(run.from);
        standalone.set(runKey, (standalone.get(runKey) ?? 0) + 1);
      } else {
        runText = words.joined(run.from, run.to);
        runKey = foldName(runText);
        runUses.set(runKey, (runUses.get(runKey) ?? 0) + 1);
        // An appositive opens with a comma: most runs are followed by anything else, and their first word is not read.
        const end = words.end(run.to - 1);
        if (text.charCodeAt(end) === 0x2c && hasFirmAppositive(text, end, opensWithGivenName(words, reading))) firms.addByAppositive(runKey);
      }
      if (reading && reading.titleTo > reading.titleFrom && reading.nameTo - reading.nameFrom === 1 && !GIVEN_NAME_TITLES.has(words.text(reading.titleFrom).toLowerCase())) {
        const word = words.folded(reading.nameFrom);
        titled.set(word, (titled.get(word) ?? 0) + 1);
      }
      // Most names are the whole run as written: its text and key are made already.
      const asWritten = reading !== undefined && reading.nameFrom === run.from && reading.nameTo === run.to && writtenAsRead(words, run.from, run.to);
      const name = asWritten ? runText : reading && nameText(words, reading.nameFrom, reading.nameTo);
      readings.push(reading);
      names.push(name);
      keys.push(name === undefined ? undefined : name === runText ? runKey : foldName(name));
    }
  }
  return read;
}

/** `Jonathan Doe`: the name's first word is a known given name (a particle such as `Al` proves nothing). */
function opensWithGivenName(words: RunWords, reading: Reading | undefined): boolean {
  if (!reading) return false;
  let first = reading.nameFrom;
  while (first < reading.nameTo && isInitial(words.text(first))) first++;
  return first < reading.nameTo && (words.classes(first) & GIVEN_NAME) !== 0 && (words.classes(first) & PARTICLE_FOLDED) === 0;
}

/** The name as written, on one line, without a sentence's final period: `Sonia V. Diaz`, `Gameel el-Batouti`. */
export function nameText(words: RunWords, from: number, to: number): string {
  let name = '';
  for (let k = from; k < to; k++) {
    const word = words.text(k);
    const initialPeriod = addsPeriod(words, k) ? '.' : '';
    const written = k === to - 1 && dropsPeriod(word) ? word.slice(0, -1) : word;
    name += (k > from ? ' ' : '') + written + initialPeriod;
  }
  return name;
}

/** Whether nameText writes the words at `from` to `to - 1` as they are, one space between: `joined(from, to)`. */
export function writtenAsRead(words: RunWords, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (addsPeriod(words, k)) return false;
  return !dropsPeriod(words.text(to - 1));
}

/** `Sonia V Diaz` before a period the token stopped short of: the initial gets its period back. */
function addsPeriod(words: RunWords, k: number): boolean {
  const word = words.text(k);
  return isInitial(word) && !word.endsWith('.') && words.stream.text.charCodeAt(words.end(k)) === 0x2e;
}

/** A name's last word loses a sentence's period (`Diaz.`), not an abbreviation's (`Jr.`). */
function dropsPeriod(word: string): boolean {
  return word.length > 2 && word.endsWith('.') && !/^(?:jr|sr)\.$/i.test(word);
}
