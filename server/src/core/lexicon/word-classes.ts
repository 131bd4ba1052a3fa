// What the word lists say about one word, as bits: a word is classified once and every later question about it
// is a bit test, not a case fold and a set look-up per list (the parser asks several per word of the article).

export const TITLE = 1 << 0;
export const PERSON_TITLE = 1 << 1;
/** The word as written is a person title (titles are stored in lower case): `spokesperson` but not `Spokesperson`. */
export const LOWERCASE_TITLE = 1 << 2;
export const ROLE_NOUN = 1 << 3;
export const NOT_NAME_START = 1 << 4;
export const TIME_WORD = 1 << 5;
export const HEADLINE_VERB = 1 << 6;
export const PLACE_NOUN = 1 << 7;
export const ROLE_ONLY = 1 << 8;
export const NAME_SUFFIX = 1 << 9;
export const COMMON_SURNAME = 1 << 10;
/** The word as written is a name particle (`de`, `van`). */
export const PARTICLE = 1 << 11;
/** The word in lower case is a name particle (`De`, `Van`). */
export const PARTICLE_FOLDED = 1 << 12;
export const NON_PERSON = 1 << 13;
export const FAMILY_NAME_FIRST = 1 << 14;
export const MALE_GIVEN_NAME = 1 << 15;
export const FEMALE_GIVEN_NAME = 1 << 16;
/** A given name of either gender. */
export const GIVEN_NAME = MALE_GIVEN_NAME | FEMALE_GIVEN_NAME;
export const MALE_TITLE = 1 << 17;
export const FEMALE_TITLE = 1 << 18;
export const MALE_PRONOUN = 1 << 19;
export const FEMALE_PRONOUN = 1 << 20;
/** A letter run of the word (split at hyphens, apostrophes, periods) is a reporting verb's first word, in any case. */
export const REPORTING_VERB_START = 1 << 21;
/** The word's opening lower-case ASCII letters are a reporting participle (`saying`, `adding`). */
export const REPORTING_PARTICIPLE = 1 << 22;
/** Set on every classified word, so that 0 in a cache means "not classified yet". */
export const CLASSIFIED = 1 << 30;

/** A gender from two bits (the male one tested first, as the lists are). */
export function genderOf(classes: number, male: number, female: number): 'male' | 'female' | undefined {
  if (classes & male) return 'male';
  if (classes & female) return 'female';
  return undefined;
}
