// What a word may be, told from its first two code units and length alone, before any look-up in the word table:
// most words of a story are no title, particle or pronoun, and are turned away here by one or two table reads.
import * as words from './people-words';

// The MAY_BE_* bits of a word's shape (WordShapes.shapeOfUnits); the token stream keeps them among its word flags
// (bits 5 to 7, above its own).
/** The word may be a lower-case person title (`spokesperson`). */
export const MAY_BE_LOWERCASE_TITLE = 1 << 5;
/**
 * The word in lower case may be a name particle (`De`, `VAN`): short enough, and opening with two characters a
 * particle opens with, in any case. Lower-casing never shortens a word; one opening with other than ASCII is let
 * through (the Kelvin sign lower-cases to `k`).
 */
export const MAY_BE_FOLDED_PARTICLE = 1 << 6;
/** The word may be a pronoun (hasPronounShape). */
export const MAY_BE_PRONOUN = 1 << 7;
/** Every MAY_BE_* bit: what a word whose shape is not known (it crosses a line) may be. */
export const MAY_BE_ANY = MAY_BE_LOWERCASE_TITLE | MAY_BE_FOLDED_PARTICLE | MAY_BE_PRONOUN;

/** The shapes of one lexicon's titles and name suffixes, which its configuration may add to. */
export class WordShapes {
  /** The shapes (first two letters and length) of the person titles, as bits (a shape may share a bit with another). */
  private readonly titleShapes = new Uint8Array(SHAPE_SLOTS);
  /** The first two characters (`| 0x20`) of the titles and name suffixes written in ASCII, by `first << 7 | second`. */
  private readonly titleOrSuffixOpenings = new Uint8Array(0x80 * 0x80);
  /**
   * Per ASCII opening (`first << 7 | second`, as written; second 0 for a one-unit word), the OPENS_* bits of what a
   * word opening so may be: most words' shape is then one table read.
   */
  private readonly asciiOpenings = new Uint8Array(0x80 * 0x80);

  constructor(personTitles: Iterable<string>, titlesAndSuffixes: Iterable<string>) {
    for (const word of titlesAndSuffixes) {
      const [first, second] = [word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : 0];
      if (first < 0x80 && second < 0x80) this.titleOrSuffixOpenings[((first | 0x20) << 7) | (second | 0x20)] = 1;
    }
    for (const title of personTitles) {
      const [first, second] = [title.charCodeAt(0), title.length > 1 ? title.charCodeAt(1) : 0];
      this.titleShapes[shapeSlot(first, second, title.length)] = 1;
      if (first < 0x80 && second < 0x80) this.asciiOpenings[(first << 7) | second] |= OPENS_TITLE;
    }
    // From the word lists, each opening in both cases where the table above folds it: a sweep of all 16,384
    // openings here ran at every start and kept the server's idle memory ≈ 4 MB higher (61.4 → 65.5 MB).
    for (const particle of words.NAME_PARTICLES) {
      const [first, second] = [particle.charCodeAt(0) | 0x20, (particle.length > 1 ? particle.charCodeAt(1) : 0) | 0x20];
      for (const written of [first, first ^ 0x20]) {
        for (const next of [second, second ^ 0x20]) if (written < 0x80 && next < 0x80) this.asciiOpenings[(written << 7) | next] |= OPENS_PARTICLE;
      }
    }
    for (const pronoun of Object.keys(words.PRONOUNS)) {
      const [first, second] = [pronoun.charCodeAt(0) | 0x20, pronoun.length > 1 ? pronoun.charCodeAt(1) : 0];
      for (const written of [first, first ^ 0x20]) if (written < 0x80 && second < 0x80) this.asciiOpenings[(written << 7) | second] |= OPENS_PRONOUN;
    }
  }

  /** False when `text.slice(start, end)` cannot be a lower-case person title. */
  mayBeLowercaseTitle(text: string, start: number, end: number): boolean {
    return (this.shapeOf(text, start, end) & MAY_BE_LOWERCASE_TITLE) !== 0;
  }

  /** False when `text.slice(start, end)` in lower case cannot be a name particle (`De`, `VAN`). */
  mayBeFoldedParticle(text: string, start: number, end: number): boolean {
    return (this.shapeOf(text, start, end) & MAY_BE_FOLDED_PARTICLE) !== 0;
  }

  /** False when `text.slice(start, end)` cannot be a pronoun. */
  mayBePronoun(text: string, start: number, end: number): boolean {
    return (this.shapeOf(text, start, end) & MAY_BE_PRONOUN) !== 0;
  }

  /**
   * False when the word `text.slice(start, end)` (not empty) cannot be a title or a name suffix (classes TITLE,
   * NAME_SUFFIX): told from its first two characters. Both in ASCII, lower-casing folds them as `| 0x20` does; a
   * word opening otherwise may lower-case to anything and is let through.
   */
  mayBeTitleOrSuffix(text: string, start: number, end: number): boolean {
    const first = text.charCodeAt(start);
    const second = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    return first >= 0x80 || second >= 0x80 || this.titleOrSuffixOpenings[((first | 0x20) << 7) | (second | 0x20)] === 1;
  }

  /** The MAY_BE_* bits of the word `text.slice(start, end)` (not empty). */
  shapeOf(text: string, start: number, end: number): number {
    return this.shapeOfUnits(text.charCodeAt(start), end - start > 1 ? text.charCodeAt(start + 1) : 0, end - start);
  }

  /**
   * The MAY_BE_* bits of a word of `length` code units that opens with `first` and `second` (0 for a one-unit word).
   * The tokenizer reads these two units anyway and keeps the bits with the word, so that a stage's question about
   * most words is a bit test.
   */
  shapeOfUnits(first: number, second: number, length: number): number {
    // Both units ASCII (most words): the tests below, read from one table entry. A title's shape is tested only
    // where a title opens with these two units as written (titleShapes holds those of the titles alone).
    if ((first | second) < 0x80) {
      const opens = this.asciiOpenings[(first << 7) | second];
      if (opens === 0) return 0;
      let ascii = (opens & OPENS_TITLE) !== 0 && this.titleShapes[shapeSlot(first, second, length)] === 1 ? MAY_BE_LOWERCASE_TITLE : 0;
      if ((opens & OPENS_PARTICLE) !== 0 && length <= LONGEST_PARTICLE) ascii |= MAY_BE_FOLDED_PARTICLE;
      if ((opens & OPENS_PRONOUN) !== 0 && length >= 2 && length <= LONGEST_PRONOUN) ascii |= MAY_BE_PRONOUN;
      return ascii;
    }
    let bits = this.titleShapes[shapeSlot(first, second, length)] === 1 ? MAY_BE_LOWERCASE_TITLE : 0;
    if (length <= LONGEST_PARTICLE && (first >= 0x80 || second >= 0x80 || PARTICLE_OPENINGS[((first | 0x20) << 7) | (second | 0x20)] === 1)) {
      bits |= MAY_BE_FOLDED_PARTICLE;
    }
    // The openings hold only pronoun initials, so the initial needs no test of its own (see hasPronounShape).
    if (length >= 2 && length <= LONGEST_PRONOUN && (first | 0x20) < 0x80 && second < 0x80 && PRONOUN_OPENINGS[((first | 0x20) << 7) | second] === 1) {
      bits |= MAY_BE_PRONOUN;
    }
    return bits;
  }
}

/**
 * Short enough, a first and second letter that a pronoun opens with, and not in capitals: `HIS` in running text
 * is an acronym (Honeywell Information Systems). Most words fail on the first two letters.
 */
export function hasPronounShape(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > LONGEST_PRONOUN) return false;
  const initial = text.charCodeAt(start) | 0x20;
  // The second letter is read only after the first fits (one word in eight): half the character reads.
  if (initial >= 0x80 || PRONOUN_INITIALS[initial] === 0) return false;
  const second = text.charCodeAt(start + 1);
  return second < 0x80 && PRONOUN_OPENINGS[(initial << 7) | second] === 1;
}

/** A word's first two code units and length folded into a slot: words in different slots are different words. */
function shapeSlot(first: number, second: number, length: number): number {
  return (Math.imul(Math.imul(first, 31) + second, 31) + length) & (SHAPE_SLOTS - 1);
}

const SHAPE_SLOTS = 4096;
/** Bits of WordShapes.asciiOpenings: a person title, a name particle (in lower case), a pronoun opens with the two units. */
const OPENS_TITLE = 1;
const OPENS_PARTICLE = 2;
const OPENS_PRONOUN = 4;
/** First letters of the pronouns, lower-cased (`| 0x20`): most words are turned away on their first letter. */
const PRONOUN_INITIALS = new Uint8Array(0x80);
for (const pronoun of Object.keys(words.PRONOUNS)) PRONOUN_INITIALS[pronoun.charCodeAt(0) | 0x20] = 1;
/** The first two letters of the pronouns (the first in either case, the second in lower case), by `first << 7 | second`. */
const PRONOUN_OPENINGS = new Uint8Array(0x80 * 0x80);
for (const pronoun of Object.keys(words.PRONOUNS)) PRONOUN_OPENINGS[((pronoun.charCodeAt(0) | 0x20) << 7) | pronoun.charCodeAt(1)] = 1;
const LONGEST_PRONOUN = Math.max(...Object.keys(words.PRONOUNS).map((pronoun) => pronoun.length));
/** The first two characters of the name particles (`| 0x20`, as the text's are read; 0 for a one-letter particle). */
const PARTICLE_OPENINGS = new Uint8Array(0x80 * 0x80);
for (const particle of words.NAME_PARTICLES) PARTICLE_OPENINGS[((particle.charCodeAt(0) | 0x20) << 7) | ((particle.length > 1 ? particle.charCodeAt(1) : 0) | 0x20)] = 1;
const LONGEST_PARTICLE = Math.max(...words.NAME_PARTICLES.map((particle) => particle.length));
