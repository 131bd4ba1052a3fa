import { isSpaceUnit } from './char-class';

// What stands right before a reporting verb can show that it attributes nothing: an article or an owner that makes it
// a noun (`the claim`, `its estimates`), a comparison (`than analysts estimated`), a negation (`did not say`).

// Words after which `claim`, `estimates` or `reports` is a noun (`the claim`, `its estimates`), not a verb.
const NOUN_MARKERS = /^(?:the|a|an|this|these|those|its|his|her|their|our|my|your|no|any|such|every|each)$|\p{L}['’]s?$/iu;

// `commented on reports that`, `there have been reports that`, `amid claims that`: after a preposition or `been`, a
// form in -s is a plural noun.
const PLURAL_NOUN_MARKERS = /^(?:on|of|about|amid|despite|after|following|over|from|with|by|for|been|denied|dismissed|rejected)$/i;

// `a confessed killer`, `the alleged plot`: a past participle right after an article describes the noun after it.
const ARTICLES = /^(?:the|a|an)$/i;

export function readsAsNoun(text: string, sentenceStart: number, verbStart: number, verb: string): boolean {
  if (verb.includes(' ')) return false;
  const participle = verb.endsWith('ed') || verb.endsWith('said') || verb.endsWith('told');
  // The last word before the verb within a short reach, read in place: white space must separate them.
  const reach = Math.max(sentenceStart, verbStart - 24);
  let end = verbStart;
  while (end > reach && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === verbStart) return false; // glued to the word before
  let start = end;
  while (start > reach && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
  const previous = text.slice(start, end);
  if (participle) return ARTICLES.test(previous);
  return NOUN_MARKERS.test(previous) || (verb.endsWith('s') && PLURAL_NOUN_MARKERS.test(previous));
}

/** `more than the three pct originally proposed`, `than analysts estimated`: a comparison, not a statement. */
export function inComparison(text: string, sentenceStart: number, verbStart: number): boolean {
  // Without the letters of `than` before the verb there is nothing to read: most verbs stop here.
  if (!holdsThan(text, Math.max(sentenceStart, verbStart - 50), verbStart)) return false;
  const words = text.slice(Math.max(sentenceStart, verbStart - 50), verbStart).split(/\s+/).filter(Boolean).slice(-5);
  const than = words.map((word) => word.toLowerCase()).lastIndexOf('than');
  return than >= 0 && !words.slice(than).some((word) => /[,;:"“”]/.test(word));
}

/**
 * Whether `than` in any letter case stands in [start, end) (only ASCII letters lower-case to its letters). The
 * window's last character is read first and says how far `than` can be (Horspool): most windows move by four.
 */
export function holdsThan(text: string, start: number, end: number): boolean {
  for (let i = start; i + 4 <= end; ) {
    const fourth = text.charCodeAt(i + 3) | 0x20;
    if (fourth === 0x6e && (text.charCodeAt(i) | 0x20) === 0x74 && (text.charCodeAt(i + 1) | 0x20) === 0x68 && (text.charCodeAt(i + 2) | 0x20) === 0x61) return true;
    i += fourth === 0x61 ? 1 : fourth === 0x68 ? 2 : fourth === 0x74 ? 3 : 4;
  }
  return false;
}

// `not`, `never`, `cannot` or a contracted `n't`, then up to two adverbs (`did not immediately say`, `has not yet
// said`, `hasn't publicly acknowledged`), right before the verb; `not only said … but` still says.
// `was not quoted as saying` negates the phrase verb after `quoted`.
const NEGATED = /(?:(?:^|[^\p{L}])(?:not|never|cannot)|\p{L}n['’]t)\s+(?:(?!only\b)(?:yet|ever|even|so\s+far|\p{Ll}+ly)\s+){0,2}(?:quoted\s+)?$/iu;
const MAX_NEGATION_REACH = 40;

/** Whether the verb at `verbStart` is negated (`did not say`, `wouldn't say`, `has never denied`). */
export function negatedBefore(text: string, sentenceStart: number, verbStart: number): boolean {
  return NEGATED.test(text.slice(Math.max(sentenceStart, verbStart - MAX_NEGATION_REACH), verbStart));
}
