// Stateless Unicode letter tests shared by the parsers. Kept at module level because a `\p{…}` literal inside a
// function is rebuilt (`new RegExp`) on every call in the bundled CLI.

/** The text starts with an upper-case letter. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** The text starts with a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** The text is lower-case letters only. */
export const ALL_LOWER = /^\p{Ll}+$/u;
/** The text holds a letter somewhere. */
export const HAS_LETTER = /\p{L}/u;
/** The text holds an upper-case letter somewhere. */
export const HAS_UPPER = /\p{Lu}/u;
/** The text holds a letter or a digit somewhere. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
