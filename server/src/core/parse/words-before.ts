import { isDigitUnit, isLetterUnit, isSpaceUnit, isWordPartUnit } from './char-class';
import { BETWEEN, CLAUSE_BREAKS, COORDINATORS, DETERMINERS, SPOKESPEOPLE } from './speaker-words';
import { FoldedWords } from './folded-words';
import { HAS_LETTER, STARTS_UPPER } from './letter-patterns';

/** A capital then a lower-case letter. */
const TITLE_CASE_START = /^\p{Lu}\p{Ll}/u;
/** A lower-case word ending in -s or -ed. */
const VERB_FORM = /^\p{Ll}+(?:s|ed)$/u;
/** A form of 'be' (and maybe an adverb) ending the text. */
const ENDS_WITH_BE = /(?:^|\s)(?:is|are|was|were|be|been)\s+(?:(?:still|now|also|not|\p{Ll}+ly)\s+)?$/iu;
/** A capitalised word ending the text. */
const ENDS_WITH_CAPITALISED = /\p{Lu}[\p{L}.]*\s*$/u;

// Reading back from an attribution verb: the words before it, up to punctuation, a clause word or the clause start,
// past adverbs, days, tickers, relative clauses and participle phrases that describe the speaker.

/** A word of the text with its offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The most words a speaker phrase is read from. */
export const MAX_SPEAKER_WORDS = 7;

// Words that follow a participle describing a noun (`officials working for the city`, `creators operating out of …`).
const AFTER_PARTICIPLE = new Set(['out', 'of', 'in', 'at', 'for', 'from', 'on', 'with', 'near', 'across', 'under', 'inside', 'outside', 'the', 'a', 'an']);

/** Steps back over adverbs, days, tickers and parentheses between the speaker and the verb. */
export function skipBackOver(text: string, start: number, end: number): number {
  for (;;) {
    let at = end;
    while (at > start && isSpaceUnit(text.charCodeAt(at - 1))) at--;
    // Code units, not text[at - 1]: a character past U+00FF is a fresh string that V8's compiled comparison did not expect.
    const close = text.charCodeAt(at - 1);
    if (close === 0x29 || close === 0x3e) {
      const open = text.lastIndexOf(close === 0x29 ? '(' : '<', at - 1);
      if (open < start || at - open > 60) return end;
      end = open;
      continue;
    }
    let wordStart = at;
    while (wordStart > start && isLetterUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === at) return at;
    // The cheap list tests first, in place: most words (a name, a noun) are none of these, and are not read back further.
    if ((BETWEEN_WORDS.hasAt(text, wordStart, at) || quantifierAfterAuxiliary(text, start, wordStart, at) || lyAdverb(text, start, wordStart, at)) && !namePartAfterCapital(text, start, wordStart, text.slice(wordStart, at))) {
      end = wordStart;
      continue;
    }
    return at;
  }
}

const BETWEEN_WORDS = new FoldedWords(BETWEEN);

/** A lower-case adverb in -ly of five letters or more (`Xi recently said`), not a noun (`family`) nor a paper (`the daily`). */
function lyAdverb(text: string, start: number, wordStart: number, end: number): boolean {
  // `/ly$/` and the length by code units first: most words are turned away before a slice.
  if (end - wordStart <= 4 || text.charCodeAt(end - 1) !== 0x79 || text.charCodeAt(end - 2) !== 0x6c) return false;
  const word = text.slice(wordStart, end);
  return word === word.toLowerCase() && !LY_NOUNS.has(word) && !publicationAfterArticle(text, start, wordStart, word);
}

// `SAS has long held`, `two insurers have both said`: words that stand between an auxiliary and its verb.
const AFTER_AUXILIARY = new FoldedWords(['long', 'both', 'all', 'each', 'repeatedly', 'consistently']);
const AUXILIARY_BEFORE = /(?:^|\s)(?:has|have|had|are|were|will|would)\s+$/;

function quantifierAfterAuxiliary(text: string, start: number, wordStart: number, end: number): boolean {
  return AFTER_AUXILIARY.hasExactAt(text, wordStart, end) && AUXILIARY_BEFORE.test(text.slice(Math.max(start, wordStart - 7), wordStart));
}

// Words of the adverb list that stay adverbs when capitalised after a name (`Bill Clinton Thursday said`).
const CAPITALISED_ADVERBS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** `Kenneth May, …, told`: a capitalised modal right after a capitalised word is a name's last word, not an adverb. */
function namePartAfterCapital(text: string, start: number, wordStart: number, word: string): boolean {
  if (!TITLE_CASE_START.test(word) || CAPITALISED_ADVERBS.has(word.toLowerCase())) return false;
  let end = wordStart;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  // Not after an abbreviation's period (`The U.S. Has said`: wire copy capitalises the word after `U.S.`).
  if (end === wordStart || end === start || !isLetterUnit(text.charCodeAt(end - 1))) return false;
  let previousStart = end;
  while (previousStart > start && end - previousStart < 30 && isWordPartUnit(text.charCodeAt(previousStart - 1))) previousStart--;
  return STARTS_UPPER.test(text.slice(previousStart, previousStart + 2));
}

// `the daily said`: after an article these name a paper; after its name (`Le Soir daily said`) the name is the speaker.
const PUBLICATION_WORDS = new Set(['daily', 'weekly', 'monthly', 'quarterly']);

function publicationAfterArticle(text: string, start: number, wordStart: number, word: string): boolean {
  return PUBLICATION_WORDS.has(word) && /(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(Math.max(start, wordStart - 5), wordStart));
}

// Nouns that end like an adverb: `members of his family said` names the family, not a manner.
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'monopoly', 'anomaly', 'reply', 'homily', 'folly', 'bully', 'belly', 'lily']);

// Nouns in -ing that a plural of people may modify (`an analysts meeting`, `a doctors briefing`).
const ING_NOUNS = new Set(['meeting', 'briefing', 'hearing', 'building', 'gathering', 'morning', 'evening', 'ceiling', 'offering', 'ruling', 'ranking', 'rating', 'funding', 'training', 'spending', 'pricing', 'setting', 'listing', 'holding', 'filing', 'polling', 'warning', 'opening', 'standing', 'housing', 'clothing', 'feeling', 'thinking', 'reading', 'landing', 'booking', 'shooting', 'killing', 'bombing', 'uprising', 'hiring', 'seating', 'talking',
  'meetings', 'holdings', 'trading', 'ratings', 'lending', 'earnings', 'savings', 'dealings', 'findings']);

/** The word (letters only) that ends right before `at`, white space between; '' at the clause start. */
function wordBefore(text: string, clauseStart: number, at: number): string {
  let end = at;
  while (end > clauseStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > clauseStart && end - start < 30 && isLetterUnit(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

// Participles of asking: the agent only drew the words out (`Analysts polled by Reuters said`, `Residents contacted by
// telephone said`); the noun before them is the speaker.
const ELICITED = new Set(['polled', 'contacted', 'surveyed', 'interviewed', 'questioned', 'asked', 'consulted', 'reached', 'canvassed', 'approached', 'sampled']);
// After an auxiliary, a negation or an adverb the participle is a verb or opens an appositive (`was later contacted by`).
const VERB_AUXILIARY_BEFORE = /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|not|first|\p{Ll}+ly)\s+$/iu;

/**
 * The last character before `end` that is not white space, as a code unit (-1 when there is none), and where it is.
 * A code, not text[at]: a character past U+00FF is a fresh string that V8's compiled comparisons did not expect.
 */
export function previousChar(text: string, start: number, end: number): { code: number; at: number } {
  let at = end;
  while (at > start && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  return { code: at > start ? text.charCodeAt(at - 1) : -1, at: at - 1 };
}

/** The words just before `end`, back to punctuation, a clause word or the clause start. */
export function wordsBefore(text: string, clauseStart: number, end: number, antecedent = false): Word[] {
  // Read back from the verb: gathered last word first, reversed once at the end (no shift per word).
  const words: Word[] = [];
  while (words.length < MAX_SPEAKER_WORDS + 6) {
    while (end > clauseStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > clauseStart && isWordPartUnit(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    // `29,000 public school teachers`: a comma between digits is part of the number.
    while (start - 1 > clauseStart && text.charCodeAt(start - 1) === 0x2c && isDigitUnit(text.charCodeAt(start)) && isDigitUnit(text.charCodeAt(start - 2))) {
      start--;
      while (start > clauseStart && isWordPartUnit(text.charCodeAt(start - 1))) start--;
    }
    const word = text.slice(start, end);
    // The word next to the verb is taken as it is: every test below asks for a word after this one.
    if (words.length === 0) {
      words.push({ text: word, start, end });
      end = start;
      continue;
    }
    const next = words[words.length - 1];
    const lower = word.toLowerCase();
    // `A member of the board which regulates the system predicted`: the relative clause belongs to the speaker.
    // `Ahmed, who authorities said …`: a source right after `who` is the subject of the verb, and `who` its object.
    // So is one after `which` (`going bankrupt, which experts say will happen`).
    const subjectAfterWho = (lower === 'who' || lower === 'which') && (SPOKESPEOPLE.has(next.text.toLowerCase()) || /^(?:they|we)$/i.test(next.text));
    if (subjectAfterWho) break;
    const relative = (lower === 'who' && word !== 'WHO') || (lower === 'which' && VERB_FORM.test(next.text) && !DETERMINERS.test(next.text));
    // `two site creators operating out of Maryland are claiming`: a participle with its phrase describes the noun before it
    // (after an auxiliary it is a verb, `is waiting for`; after an article and before `of` a noun, `a meeting of`).
    const participle = lower.length > 5 && lower.endsWith('ing') && lower === word && AFTER_PARTICIPLE.has(next.text.toLowerCase()) && !ENDS_WITH_BE.test(text.slice(Math.max(clauseStart, start - 20), start)) && !(next.text === 'of' && /(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(Math.max(clauseStart, start - 5), start)));
    // `Scientists analyzing photographs taken by the spacecraft have concluded`: a participle with its object after a
    // plural of people who speak describes them, whatever word follows it.
    // Not `At an analysts meeting the company said`: a noun in -ing after a plural that modifies it.
    const describesSpeakers = !participle && words.length > 1 && lower.length > 5 && lower.endsWith('ing') && lower === word && !ING_NOUNS.has(lower) && SPOKESPEOPLE.has(wordBefore(text, clauseStart, start).toLowerCase());
    // `Analysts polled by Reuters said`: the agent of a participle of asking is no part of the subject. Not for a
    // relative pronoun's antecedent, past a coordinator before the verb, nor after a comma (an appositive).
    const described = lower === word && next.text === 'by' && ELICITED.has(lower) && !antecedent
      && !COORDINATORS.has(words[0].text.toLowerCase()) && previousChar(text, clauseStart, start).code !== 0x2c
      && !VERB_AUXILIARY_BEFORE.test(text.slice(Math.max(clauseStart, start - 16), start));
    if (relative || participle || describesSpeakers || described) {
      // `An analyst who wanted anonymity said`: the speaker is the noun before `who`.
      words.length = 0;
      end = start;
      continue;
    }
    if (CLAUSE_BREAKS.has(lower)) {
      // `Carolina Power and Light Co`, `Cable and Wireless`: `and` inside a capitalised name does not break it.
      const nextCapital = STARTS_UPPER.test(next.text);
      const previousCapital = ENDS_WITH_CAPITALISED.test(text.slice(Math.max(clauseStart, start - 20), start));
      if (!(lower === 'and' && nextCapital && previousCapital)) break;
    }
    words.push({ text: word, start, end });
    end = start;
  }
  return words.reverse();
}

// Sentence adverbs set off by commas between a subject and its verb (`The governor, however, said`).
// Not `too`, `also`, `again`, which close reported words as often (`…, has a designer, too, said Johnson`).
const SET_OFF_ADVERBS = ['however', 'meanwhile', 'though', 'therefore', 'moreover', 'in turn', 'for example',
  'for instance', 'in addition', 'in fact', 'nevertheless', 'instead', 'likewise', 'similarly', 'for its part',
  'for his part', 'for her part', 'for their part', 'on the other hand', 'in contrast', 'by contrast', 'separately'];

/**
 * `The governor, however, said`: the end of the subject's part of the clause, right after the comma that opens the
 * adverb (so that appositives before it are read as usual: `Miguel Urrutia, a senior official, for instance, said`).
 */
export function skipSetOffAdverb(text: string, clauseStart: number, end: number): number {
  let at = end;
  while (at > clauseStart && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at - 1) !== 0x2c) return end; // ','
  const before = text.slice(Math.max(clauseStart, at - 25), at - 1).trimEnd().toLowerCase();
  for (const adverb of SET_OFF_ADVERBS) {
    if (!before.endsWith(adverb)) continue;
    const wordStart = before.length - adverb.length;
    if (wordStart > 0 && HAS_LETTER.test(before[wordStart - 1])) continue;
    const head = before.slice(0, wordStart).trimEnd();
    if (!head.endsWith(',')) continue;
    const comma = Math.max(clauseStart, at - 25) + head.length - 1;
    return comma > clauseStart ? comma + 1 : end;
  }
  return end;
}

// Adverbial phrases that stand between a subject and its verb without commas (`Gorton for the first time mentioned`):
// none of them is a speaker.
const UNSET_ADVERBIALS = ['for the first time', 'for the second time', 'for the third time', 'for the last time',
  'for the first time ever', 'at one point', 'at the same time', 'once again', 'in turn', 'in the past',
  'in recent days', 'in recent weeks', 'in recent months', 'in recent years', 'on several occasions', 'on occasion'];

// The last words of those phrases: a verb after any other word is turned away before the phrases are compared.
const UNSET_ADVERBIAL_ENDS = new Set(UNSET_ADVERBIALS.map((adverbial) => adverbial.slice(adverbial.lastIndexOf(' ') + 1)));
const LONGEST_UNSET_END = Math.max(...[...UNSET_ADVERBIAL_ENDS].map((word) => word.length));
// Their last letters (`time`, `ever`, `point`, `days`, `occasion`): a word ending otherwise is turned away unread.
const UNSET_END_LETTERS = new Set([...UNSET_ADVERBIAL_ENDS].map((word) => word.charCodeAt(word.length - 1)));

/** The start of an adverbial phrase that ends right before `end` (`for the first time`), else `end`. */
export function skipUnsetAdverbial(text: string, clauseStart: number, end: number): number {
  let at = end;
  while (at > clauseStart && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  // `| 0x20` lower-cases an ASCII capital and leaves every other unit outside the ASCII letters, as toLowerCase would.
  if (at === clauseStart || !UNSET_END_LETTERS.has(text.charCodeAt(at - 1) | 0x20)) return end;
  let wordStart = at;
  while (wordStart > clauseStart && at - wordStart <= LONGEST_UNSET_END && !isSpaceUnit(text.charCodeAt(wordStart - 1))) wordStart--;
  if (at - wordStart > LONGEST_UNSET_END || !UNSET_ADVERBIAL_ENDS.has(text.slice(wordStart, at).toLowerCase())) return end;
  const before = text.slice(Math.max(clauseStart, at - 25), at).toLowerCase().replace(/\s+/g, ' ');
  for (const adverbial of UNSET_ADVERBIALS) {
    if (!before.endsWith(` ${adverbial}`)) continue;
    // Back over the phrase's words as written (its spaces may be line breaks).
    let start = at;
    for (let words = adverbial.split(' ').length; words > 0; words--) {
      while (start > clauseStart && isSpaceUnit(text.charCodeAt(start - 1))) start--;
      while (start > clauseStart && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    }
    return start;
  }
  return end;
}
