import { Lexicon } from '../lexicon/lexicon';
import { CLASSIFIED } from '../lexicon/word-classes';
import { MAY_BE_ANY, MAY_BE_FOLDED_PARTICLE, MAY_BE_LOWERCASE_TITLE, MAY_BE_PRONOUN } from '../lexicon/word-shapes';
import { WordTable } from '../lexicon/word-table';
import { allocateColumns } from './token-columns';
import { foldName } from './fold-name';

/** Flags of a word in a TokenStream. */
export const POSSESSIVE = 1;
export const CAPITALISED = 2;
/** Only spaces separate the word from the previous one (no punctuation between). */
export const JOINED = 4;
/** The word goes on across a line break (`Diaz-` at a line end, `Canel` on the next): its text is not a slice. */
export const CROSSES_LINE = 8;
/** The word is one run of ASCII letters: no hyphen, apostrophe or period inside or kept at its end, no other letter. */
export const ASCII_LETTERS = 16;
// Bits 5 to 7 are the lexicon's MAY_BE_* bits of the word's shape (none without a lexicon).

/**
 * The words of an article's sentences, read once and shared by every stage: parallel arrays indexed by word,
 * instead of an object per word. A word is as `tokenize` reads it (no possessive ending, a final period kept
 * only on short words); the last word of a sentence also loses a period that is the sentence's (`Alger Hiss.`).
 * A word is looked up in the lexicon's word table only when a stage asks for it (most words are never asked).
 */
export class TokenStream {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  /** POSSESSIVE | CAPITALISED | JOINED | CROSSES_LINE | ASCII_LETTERS, and the lexicon's MAY_BE_* bits. */
  flags: Uint8Array;
  /** Sentence `s` holds words `sentenceFirst[s]` to `sentenceFirst[s + 1] - 1`. */
  sentenceFirst: Int32Array;
  /** Filled on demand: the word's id in the word table + 1, and its classes (word-classes.ts); 0 for not looked up yet. */
  private ids: Int32Array;
  private classes: Int32Array;
  private readonly table: WordTable | undefined;
  /** The table's generation the ids belong to (ids of an earlier one name other words). */
  private generation: number;

  constructor(
    readonly text: string,
    private readonly lexicon: Lexicon | undefined,
    sentenceCount: number,
    expectedWords: number,
  ) {
    ({ starts: this.starts, ends: this.ends, ids: this.ids, classes: this.classes, flags: this.flags, sentenceFirst: this.sentenceFirst } =
      allocateColumns(Math.max(16, expectedWords), sentenceCount));
    this.table = lexicon?.words;
    this.generation = this.table ? this.table.generation : 0;
  }

  /** A stream is read from its text, never stored or sent: JSON leaves it out of an article. */
  toJSON(): undefined {
    return undefined;
  }

  has(index: number, flag: number): boolean {
    return (this.flags[index] & flag) !== 0;
  }

  /** The word as written, without a possessive ending or a sentence period, on one line. */
  word(index: number): string {
    const table = this.table;
    if (table === undefined) return this.sliceWord(index);
    if (table.generation !== this.generation) this.forgetIds(table.generation);
    if (this.ids[index] === 0) this.lookUp(index);
    return table.form(this.ids[index] - 1);
  }

  /** The word folded as `foldName` folds it (case and marks), kept with the word in the table: folded once per distinct word. */
  folded(index: number): string {
    const table = this.table;
    if (table === undefined) return foldName(this.sliceWord(index));
    if (table.generation !== this.generation) this.forgetIds(table.generation);
    if (this.ids[index] === 0) this.lookUp(index);
    return table.folded(this.ids[index] - 1);
  }

  /** The lexicon's classes of the word (bits of word-classes.ts). */
  classesAt(index: number): number {
    const known = this.classes[index];
    if (known !== 0) return known;
    this.lookUp(index);
    return this.classes[index];
  }

  /** Whether the word may be a lower-case person title (`spokesperson`): false for most words, without a look-up. */
  mayBeLowercaseTitle(index: number): boolean {
    return (this.flags[index] & MAY_BE_LOWERCASE_TITLE) !== 0;
  }

  /** Whether the word may be a name particle in any case (`De`, `van`): false for most words, without a look-up. */
  mayBeFoldedParticle(index: number): boolean {
    return (this.flags[index] & MAY_BE_FOLDED_PARTICLE) !== 0;
  }

  /** Whether the word may be a pronoun (`he`, `Her`): false for most words, without a look-up. */
  mayBePronoun(index: number): boolean {
    return (this.flags[index] & MAY_BE_PRONOUN) !== 0;
  }

  /**
   * The last word of a sentence loses a period that is the sentence's, not the word's: a shorter word, another shape,
   * looked up again when a stage asks.
   */
  dropFinalPeriod(index: number): void {
    this.ends[index]--;
    if (this.lexicon !== undefined && !(this.flags[index] & CROSSES_LINE)) {
      this.flags[index] = (this.flags[index] & ~MAY_BE_ANY) | this.lexicon.shapes.shapeOf(this.text, this.starts[index], this.ends[index]);
    }
    this.ids[index] = 0;
    this.classes[index] = 0;
  }

  private lookUp(index: number): void {
    const table = this.table;
    if (table === undefined) {
      this.classes[index] = CLASSIFIED;
      return;
    }
    const id = this.flags[index] & CROSSES_LINE ? table.idOf(this.sliceWord(index)) : table.idOfSlice(this.text, this.starts[index], this.ends[index]);
    // The table may have started again (once in a hundred thousand new words): the ids read before name other words.
    if (table.generation !== this.generation) this.forgetIds(table.generation);
    this.ids[index] = id + 1;
    this.classes[index] = table.classesOf(id);
  }

  /** Classes stay true of the words; only the ids are read again. */
  private forgetIds(generation: number): void {
    this.ids.fill(0);
    this.generation = generation;
  }

  private sliceWord(index: number): string {
    const word = this.text.slice(this.starts[index], this.ends[index]);
    return this.flags[index] & CROSSES_LINE ? word.replace(/-\s+/g, '-') : word;
  }

  /** Twice the room for words; the caller reads the new columns. */
  grow(): void {
    const columns = allocateColumns(this.starts.length * 2, this.sentenceFirst.length - 1);
    columns.starts.set(this.starts);
    columns.ends.set(this.ends);
    columns.ids.set(this.ids);
    columns.classes.set(this.classes);
    columns.flags.set(this.flags);
    columns.sentenceFirst.set(this.sentenceFirst);
    ({ starts: this.starts, ends: this.ends, ids: this.ids, classes: this.classes, flags: this.flags, sentenceFirst: this.sentenceFirst } = columns);
  }
}
