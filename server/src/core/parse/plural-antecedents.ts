import { Span } from '../article';
import { PLURAL_SOURCE_NOUNS } from '../lexicon/people-words';

/** Initials with full stops: `U.S.`. */
const INITIALS = /^(?:\p{L}\.)+$/u;
/** A lower-case word ending in -ed. */
const PAST_FORM = /^\p{Ll}[\p{L}-]*ed$/u;

// Words that end the clause a subject opens: what follows them starts a new clause.
const CLAUSE_OPENERS = new Set(['that', 'but', 'while', 'which', 'who', 'when', 'after', 'before', 'because', 'as', 'since', 'although', 'though', 'said', 'says', 'say', 'if']);
// Words that put a noun after them into an object or a prepositional phrase, not the subject.
const NOT_BEFORE_SUBJECT = new Set(['of', 'to', 'by', 'with', 'for', 'from', 'in', 'on', 'at', 'about', 'among', 'against', 'into', 'than', 'like', 'between', 'told', 'asked', 'urged']);
// A subject is opened by at most this many modifiers (`Some Western diplomats`, `New York state health officials`).
const MAX_MODIFIERS = 4;
const MAX_WINDOW = 800;
// A word, with inner apostrophes and periods (`Sudan's`, `U.S.`) but not the quotation marks after it (`said.''`).
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}.'’-]*[\p{L}\p{M}.])?/gu;
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those']);

export interface PluralSource {
  text: string;
  span: Span;
}

/**
 * The plural source of people (`U.S. officials`, `state health officials`) that opens a clause between `from` and
 * `to`, nearest to `to`: the subject that a later `they say` most likely continues. Nouns in an object or a
 * prepositional phrase (`arrested three protesters`, `briefing Security Council members`) and nouns inside a
 * quotation are passed over. Reads only the given window, once. Of
 * several, the first subject of the last sentence that has one wins: a sentence's main subject comes first.
 */
export function pluralSourceBefore(text: string, from: number, to: number): PluralSource | undefined {
  // A bounded look back: a story of one endless sentence full of `they say` stays linear.
  from = Math.max(from, to - MAX_WINDOW);
  if (to <= from) return undefined;
  const window = text.slice(from, to);
  let found: PluralSource | undefined;
  let foundInSentence = false;
  let previousWasSource = false;
  let sinceClause: { word: string; start: number; end: number }[] = [];
  let quoteDepth = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(window); match; match = WORD.exec(window)) {
    const between = window.slice(last, match.index);
    last = match.index + match[0].length;
    quoteDepth = afterQuoteMarks(between, quoteDepth);
    // `by doctors, engineers and officials`: a comma inside a list of people does not open a clause.
    const listed = previousWasSource && /^\s*,\s*$/.test(between);
    if (/[,;:.!?()]/.test(between) && !listed) sinceClause = [];
    if (/[.!?]/.test(between)) foundInSentence = false;
    const word = endsInStopOrApostrophe(match[0]) ? match[0].replace(/[.'’]+$/, '') : match[0];
    const lower = word.toLowerCase();
    const entry = { word: match[0], start: from + match.index, end: from + match.index + word.length };
    previousWasSource = PLURAL_SOURCE_NOUNS.has(lower);
    if (CLAUSE_OPENERS.has(lower)) {
      sinceClause = [];
      continue;
    }
    // `farmers and government officials`: a coordinated noun shares the place of the first.
    if (lower === 'and' || lower === 'or') continue;
    // The first subject of a sentence is its main one (`Businessmen said …, the sources of which …`).
    if (!foundInSentence && quoteDepth === 0 && PLURAL_SOURCE_NOUNS.has(lower) && opensClause(sinceClause)) {
      const modifiers = sinceClause.filter((before) => !DETERMINERS.has(before.word.toLowerCase()));
      const start = modifiers.length ? modifiers[0].start : entry.start;
      found = { text: text.slice(start, entry.end).replace(/\s+/g, ' '), span: { start, end: entry.end } };
      foundInSentence = true;
    }
    // `… the jet down. Egyptian authorities`: a full stop after a word that is no initialism ends the sentence.
    const stop = match[0].endsWith('.') && !INITIALS.test(match[0]);
    // The list is this loop's own (read, never kept): grown in place, not copied per word.
    if (stop) sinceClause = [];
    else sinceClause.push(entry);
    if (stop) foundInSentence = false;
  }
  return found;
}

function endsInStopOrApostrophe(word: string): boolean {
  const code = word.charCodeAt(word.length - 1);
  return code === 0x2e || code === 0x27 || code === 0x2019;
}

function opensClause(before: { word: string }[]): boolean {
  if (before.length > MAX_MODIFIERS) return false;
  return before.every((entry) => !NOT_BEFORE_SUBJECT.has(entry.word.toLowerCase()) && !PAST_FORM.test(entry.word) && !/^(?:has|have|had|is|are|was|were)$/i.test(entry.word));
}

/** How deep inside quotation marks the text is after `between` (straight quotes toggle, curly and `` `` '' `` nest). */
function afterQuoteMarks(between: string, depth: number): number {
  for (let i = 0; i < between.length; i++) {
    const char = between[i];
    if (char === '“' || (char === '`' && between[i + 1] === '`')) depth++;
    else if (char === '”' || (char === "'" && between[i + 1] === "'")) depth = Math.max(0, depth - 1);
    else if (char === '"') depth = depth > 0 ? depth - 1 : 1;
    if ((char === '`' || char === "'") && between[i + 1] === char) i++;
  }
  return depth;
}
