import { ReportingVerb } from '../lexicon/reporting-verbs';
import { VerbTable } from '../lexicon/verb-table';
import { REPORTING_VERB_START } from '../lexicon/word-classes';
import { ASCII_LETTERS, CROSSES_LINE, TokenStream } from './token-stream';
import { isLetterOrMark, lettersEnd } from './word-scan';
import { passiveSourceStart } from './passive-sources';
import { PASSIVE_BE } from './speaker-words';

/** A capital or an article at the start. */
const OPENS_NOUN_PHRASE = /^(?:\p{Lu}|(?:the|a|an)\s)/u;

/** A reporting verb found in the text, with the row it was read as. */
export interface VerbMatch {
  start: number;
  end: number;
  verb: ReportingVerb;
  /** For a passive (`was announced by the ministry`), where the source named after it starts. */
  passiveSource?: number;
}

/** The reporting verbs of a sentence, and whether it may hold a reporting participle, read in one walk over its words. */
export interface SentenceVerbs {
  matches: VerbMatch[];
  /** A word opens with a reporting participle (`saying`), or crosses a line break and may (participle-statements.ts). */
  mayHoldParticiple: boolean;
}

/**
 * The reporting verbs of sentence `sentence` (ending at `limit`), in text order, each read in context (see
 * `counts`). A word of ASCII letters is found in the verb table in place; of other words, only those holding a
 * verb's first word (the lexicon's class, read in place for ASCII) are read letter by letter: a verb starts at a letter run not glued to the
 * word before (`so-called`, `Xi's`), and a word of the stream may hold several runs (`said.Xi`, a word across a
 * line break). The same walk notes whether the sentence may hold a reporting participle.
 */
export function readSentenceVerbs(words: TokenStream, sentence: number, limit: number, table: VerbTable): SentenceVerbs {
  const text = words.text;
  const found: VerbMatch[] = [];
  let participle = false;
  // Where the last verb found ends: the words of a multi-word verb are not read again.
  let scanned = 0;
  // Read into locals once: the loop runs for every word of the article.
  const { starts, ends, flags } = words;
  const last = words.sentenceFirst[sentence + 1];
  for (let word = words.sentenceFirst[sentence]; word < last; word++) {
    const start = starts[word];
    const end = ends[word];
    if ((flags[word] & ASCII_LETTERS) !== 0) {
      // The last letter is read once, for both tests (charCodeAt costs tens of instructions).
      const lastCode = text.charCodeAt(end - 1);
      // Only a word ending in `ing` may be a participle: most words are turned away without a look-up.
      if (!participle && lastCode === 0x67 && endsInIn(text, start, end)) participle = table.opensWithParticiple(text, start, end);
      if (end <= scanned) continue;
      const candidates = table.asciiCandidatesEndingIn(text, start, end, lastCode | 0x20);
      if (candidates === undefined) continue;
      // The word is one letter run, read as it stands unless glued to the word before.
      if (start >= scanned && lettersEnd(text, start, limit) === end) {
        const match = joinedBefore(text, start) ? undefined : matchCandidates(text, start, end, limit, candidates);
        if (match) {
          found.push(match);
          scanned = match.end;
        }
        continue;
      }
    } else {
      const crossesLine = (flags[word] & CROSSES_LINE) !== 0;
      if (!participle) participle = crossesLine || table.opensWithParticiple(text, start, end);
      if (end <= scanned) continue;
      // The lexicon's class, read in place for a word of ASCII characters (`so-called`, `U.S.`); a word of other
      // characters is looked up (the Kelvin sign lower-cases to `k`).
      if (!crossesLine) {
        const holds = table.asciiFirstWordIn(text, start, end);
        if (holds === 0 || (holds < 0 && (words.classesAt(word) & REPORTING_VERB_START) === 0)) continue;
      }
    }
    let at = Math.max(scanned, start);
    while (at < end) {
      while (at < end && !isLetterOrMark(text.charCodeAt(at))) at++;
      if (at >= end) break;
      const runEnd = lettersEnd(text, at, limit);
      const match = joinedBefore(text, at) ? undefined : matchAt(text, at, runEnd, limit, table);
      if (match) {
        found.push(match);
        at = scanned = match.end;
      } else at = runEnd;
    }
  }
  return { matches: found, mayHoldParticiple: participle };
}

/** Whether a word whose last letter is `g` ends in `ing`. */
function endsInIn(text: string, start: number, end: number): boolean {
  return end - start > 3 && text.charCodeAt(end - 2) === 0x6e && text.charCodeAt(end - 3) === 0x69;
}

function matchAt(text: string, start: number, wordEnd: number, limit: number, table: VerbTable): VerbMatch | undefined {
  const candidates = table.candidatesAt(text, start, wordEnd);
  return candidates ? matchCandidates(text, start, wordEnd, limit, candidates) : undefined;
}

function matchCandidates(text: string, start: number, wordEnd: number, limit: number, candidates: ReportingVerb[]): VerbMatch | undefined {
  for (const verb of candidates) {
    const end = tailEnd(text, wordEnd, limit, verb.words);
    if (end < 0 || text.charCodeAt(end) === 0x2d) continue;
    if (!counts(text, start, end, limit, verb)) continue;
    // `The merger was announced by the two firms`, `was first reported in today's Washington Post`: a passive counts
    // with its source named after it; `she was told`, `the price was estimated at 5 dlrs` name none. An impersonal
    // `It is estimated that …` still attributes, to nobody named.
    // passiveSource always present (undefined for none): matches of one hidden class keep their readers optimised.
    if (!isPassive(text, start, verb)) return { start, end, verb, passiveSource: undefined };
    const source = passiveSourceStart(text, verb.words[0], end, limit);
    if (source >= 0) return { start, end, verb, passiveSource: source };
    if (IMPERSONAL_PASSIVE.test(text.slice(Math.max(0, start - 24), start))) return { start, end, verb, passiveSource: undefined };
  }
  return undefined;
}

/** Where the verb's further words end after `from` (each after whitespace), or -1 when they do not follow. */
function tailEnd(text: string, from: number, limit: number, words: string[]): number {
  let at = from;
  for (let i = 1; i < words.length; i++) {
    let next = at;
    while (next < limit && isSpace(text.charCodeAt(next))) next++;
    if (next === at) return -1;
    const end = lettersEnd(text, next, limit);
    if (end - next !== words[i].length || text.slice(next, end).toLowerCase() !== words[i]) return -1;
    at = end;
  }
  return at;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const IMPERSONAL_PASSIVE = /(?:^|[^\p{L}])it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\p{Ll}+ly\s+)?$/iu;
// Adverbs that may stand between `is` and `urging`, or between `called` and `for`.
const ADVERBS = new Set(['also', 'still', 'now', 'not', 'already', 'again', 'instead', 'publicly', 'repeatedly', 'even', 'just', 'openly', 'first']);
// What a verb that is also a plural noun (`reports`, `states`) is followed by when it is a verb.
const CLAUSE_OPENERS = new Set(['that', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'no']);
const MAX_AS_DISTANCE = 12;
// A colon or an opening quotation mark (after blanks), maybe after `, in part,` (`reads, in part: "…"`).
const IN_PART = /^,\s*in\s+part\b/i;
const QUOTATION_NEXT = /^[,:]?\s*(?:["“]|``)/;
// When, between a verb and its particle (`called Tuesday for`, `asked on Friday whether`, `called last week for`).
const TIME_BEFORE_PARTICLE = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|again)\b|^(?:last|this)\s+(?:week|month|year|weekend)\b/i;

/**
 * Whether the form reports speech where it stands: a base form not after `to` (`would say`, not `declined to say`),
 * a progressive after `be` (`is urging`), a plural-noun form before a clause or quotation, a particle verb with its
 * particle (`called for`, `asked whether`), `described` with its `as`.
 */
function counts(text: string, start: number, end: number, limit: number, verb: ReportingVerb): boolean {
  if (verb.form === 'base' && wordBefore(text, start) === 'to') return false;
  if (verb.form === 'progressive' && !BE.has(wordBefore(text, start, true))) return false;
  if (verb.nounProne && !opensClause(text, end, limit)) return false;
  // A verb that counts where it closes a quotation needs nothing else there (`"…," he continued.`).
  if (verb.closesQuotation && closesQuotation(text, start, end, limit)) return true;
  if (verb.particles && !followedByParticle(text, start, end, limit, verb)) return false;
  if (verb.needsAs && !asFollows(text, end, limit)) return false;
  if (verb.quotationNext && !quotationNext(text, end, limit)) return false;
  if (verb.closesQuotation && !verb.particles && !verb.quotationNext) return false;
  return true;
}

/** `was reported`, `will be proclaimed`, `had been first announced`: the subject of a passive is what was reported, or the listener. */
function isPassive(text: string, start: number, verb: ReportingVerb): boolean {
  return verb.form === 'past' && verb.words[0] !== 'quoted' && PASSIVE_BE.has(wordBefore(text, start, true));
}

// A quotation closed by a comma or a question or exclamation mark, then at most six words of a subject.
const QUOTATION_THEN_SUBJECT = /[,?!](?:["”]|'')\s+((?:[\p{L}\d.'’-]+\s+){0,6})$/u;
const MAX_SUBJECT_REACH = 80;

/**
 * `"…," he continued.`, `"…," the statement by 23 authors reads.`: a subject between the quotation and the verb,
 * and the clause ends after the verb; or `"…," agreed Joseph Lee`: the verb right after it, its speaker following.
 */
function closesQuotation(text: string, start: number, end: number, limit: number): boolean {
  const before = QUOTATION_THEN_SUBJECT.exec(text.slice(Math.max(0, start - MAX_SUBJECT_REACH), start));
  if (!before) return false;
  const next = nextNonSpace(text, end, limit);
  if (next >= limit || /[.,;!?]/.test(text[next])) return true;
  return before[1] === '' && OPENS_NOUN_PHRASE.test(text.slice(next, next + 4));
}

function quotationNext(text: string, end: number, limit: number): boolean {
  let at = nextNonSpace(text, end, limit);
  const inPart = IN_PART.exec(text.slice(at, Math.min(limit, at + 16)));
  if (inPart) at = nextNonSpace(text, at + inPart[0].length, limit);
  return QUOTATION_NEXT.test(text.slice(at, Math.min(limit, at + 8)));
}

function opensClause(text: string, end: number, limit: number): boolean {
  const next = nextNonSpace(text, end, limit);
  if (next >= limit) return true;
  const code = text.charCodeAt(next);
  if (code === 0x3a || code === 0x22 || code === 0x201c || code === 0x60 || code === 0x27) return true;
  const word = wordAt(text, next, limit);
  // `reports that will be published`, `charges that could have brought`: `that` before a verb opens a relative clause
  // about the noun, not reported words.
  if (word === 'that') return !RELATIVE_VERBS.has(wordAt(text, nextNonSpace(text, next + 4, limit), limit));
  return CLAUSE_OPENERS.has(word);
}

const RELATIVE_VERBS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);

function followedByParticle(text: string, start: number, end: number, limit: number, verb: ReportingVerb): boolean {
  const particles = verb.particles ?? new Set<string>();
  let next = nextNonSpace(text, end, limit);
  let word = wordAt(text, next, limit);
  if (ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'))) {
    next = nextNonSpace(text, next + word.length, limit);
    word = wordAt(text, next, limit);
  }
  if (particles.has(word)) return true;
  const when = word ? TIME_BEFORE_PARTICLE.exec(text.slice(next, Math.min(limit, next + 16))) : null;
  if (when && particles.has(wordAt(text, nextNonSpace(text, next + when[0].length, limit), limit))) return true;
  if (verb.listenerFirst && particles.has(wordAfterListener(text, next, limit))) return true;
  // A question reported with its quotation: `"…?" he asked.`, `"…," asked Lee.`
  return verb.alone === true && (next >= limit || /[.,;!?"”]/.test(text[next]) || closesQuoteBefore(text, start));
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const MAX_LISTENER_WORDS = 3;

/** The word after a listener at `at` (`Roesler`, `Dr. Lee`, `him`), lower case, or '' when no listener stands there. */
function wordAfterListener(text: string, at: number, limit: number): string {
  const first = wordAt(text, at, limit);
  if (OBJECT_PRONOUNS.has(first)) return wordAt(text, nextNonSpace(text, at + first.length, limit), limit);
  let next = at;
  for (let words = 0; words < MAX_LISTENER_WORDS; words++) {
    const code = text.charCodeAt(next);
    if (next >= limit || !(code >= 0x41 && code <= 0x5a) && !(code >= 0xc0 && code <= 0xde)) return words > 0 ? wordAt(text, next, limit) : '';
    next = lettersEnd(text, next, limit);
    if (text.charCodeAt(next) === 0x2e) next++; // `Dr.`, `J.`
    next = nextNonSpace(text, next, limit);
  }
  return wordAt(text, next, limit);
}

function asFollows(text: string, end: number, limit: number): boolean {
  let at = end;
  for (let words = 0; words < MAX_AS_DISTANCE; words++) {
    at = nextNonSpace(text, at, limit);
    while (at < limit && !isLetterOrMark(text.charCodeAt(at))) {
      if ('.;:!?'.includes(text[at])) return false;
      at++;
    }
    if (at >= limit) return false;
    const wordEnd = lettersEnd(text, at, limit);
    if (wordEnd - at === 2 && text.slice(at, wordEnd).toLowerCase() === 'as') return true;
    at = wordEnd;
  }
  return false;
}

function closesQuoteBefore(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at > 0 && /["”'’]/.test(text[at - 1]);
}

/** The lower-case word before `start` (skipping adverbs when asked), or '' when punctuation comes first. */
function wordBefore(text: string, start: number, skipAdverbs = false): string {
  let at = start;
  for (let guard = 0; guard < 3; guard++) {
    let end = at;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let begin = end;
    while (begin > 0 && isLetterOrMark(text.charCodeAt(begin - 1))) begin--;
    const word = text.slice(begin, end).toLowerCase();
    if (!skipAdverbs || !(ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly')))) return word;
    at = begin;
  }
  return '';
}

function wordAt(text: string, at: number, limit: number): string {
  return at < limit && isLetterOrMark(text.charCodeAt(at)) ? text.slice(at, lettersEnd(text, at, limit)).toLowerCase() : '';
}

function nextNonSpace(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** `so-called`, `Xi's`, `re-said`: a letter run glued to the word before is not a word of its own. */
function joinedBefore(text: string, at: number): boolean {
  const code = at > 0 ? text.charCodeAt(at - 1) : 0;
  return code === 0x2d || code === 0x27 || code === 0x2019;
}

function isSpace(code: number): boolean {
  // U+2000–U+200A as one test, run for every character that is no space: as `code >= 0x2000 && code <= 0x200a` its
  // second half first ran on a curly quote, and deoptimised each caller V8 had compiled with it inlined.
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 || code === 0x3000 || Math.abs(code - 0x2005) <= 5;
}
