import { clauseSubjectSpan } from './clause-subject';
import { Mention, Span, Speaker } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { PLURAL_SOURCE_NOUNS } from '../lexicon/people-words';
import { firstEndingAfter } from '../span-search';
import { isApostrophe, isSpaceUnit } from './char-class';
import { coordinatedGroup } from './coordinated-speakers';
import { FoldedWords } from './folded-words';
import { OWNED_BY, describedAfterName, subjectBeforeAppositives } from './appositives';
import { descriptionBeforeName, speakerNamedAfter } from './inverted-speakers';
import { CLAUSE_BREAKS, COORDINATORS, CORPORATE_SUFFIX, DETERMINERS, PREPOSITIONS } from './speaker-words';
import { joinTexts } from './tokens';
import { MAX_SPEAKER_WORDS, Word, previousChar, skipBackOver, skipSetOffAdverb, skipUnsetAdverbial, wordsBefore } from './words-before';
import { ALL_LOWER, HAS_LETTER, HAS_LETTER_OR_DIGIT, STARTS_LOWER, STARTS_UPPER } from './letter-patterns';

/** 'who' or 'which' ending the text as a whole word */
const ENDS_WITH_RELATIVE = /(?:^|[^\p{L}])(who|which|Who|Which)$/u;
/** 'who' (any case) ending the text as a whole word */
const ENDS_WITH_WHO = /(?:^|[^\p{L}])who$/iu;
/** a word opening with a lower-case letter or a digit */
const STARTS_LOWER_OR_DIGIT = /^[\p{Ll}\d]/u;
/** a word that can sit inside a capitalised name: capitalised, 'and', 'of', '&' */
const NAME_PART_WORD = /^(?:\p{Lu}|and$|of$|&$)/u;
/** a lower-case word ending in -ed or -ly */
const PARTICIPLE_OR_ADVERB = /^\p{Ll}+(?:ed|ly)$/u;
/** a word of letters, lower-case (or hyphens) after the first */
const PLAIN_WORD = /^\p{L}[\p{Ll}-]*$/u;

export interface SpeakerReading {
  speaker: Speaker;
  span: Span;
}

export interface PhraseContext {
  text: string;
  /** The mentions of the sentence, in text order. */
  mentions: Mention[];
  lexicon: Lexicon;
}

const COORDINATOR_WORDS = new FoldedWords(COORDINATORS);
const LONE_CLAUSE_WORDS = new Set(['once', 'after', 'before', 'unless', 'although', 'though', 'since', 'until', 'whenever', 'also', 'commonly', 'often']);
// A nationality or a country's initials before a common noun (`Ruritanian officials`, `Chinese diplomats`, `U.S.
// officials`, `EU officials`), not any capitalised word (`Private sources` opening a sentence).
const PROPER_MODIFIER = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{2,4})$/u;
// A capitalised word with an adjective's ending (`Monetary`, `Private`, `Federal`, `Senior`, `Western`).
const CAPITALISED_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ary|al|ic|ive|ous|ate|ior|ern|ed|ial)$/u;

/** The speaker named before an attribution verb: `Xi said`, `the ministry also said`, `Jane Doe, CEO of Acme, said`. */
export function speakerBefore(context: PhraseContext, clauseStart: number, verbStart: number, verbEnd = verbStart, sentenceEnd = verbEnd, mayInvert = true): SpeakerReading | undefined {
  const { text } = context;
  const bracketed = bracketedSubject(context, clauseStart, verbStart);
  if (bracketed) return bracketed;
  let end = skipSetOffAdverb(text, clauseStart, skipBackOver(text, clauseStart, verbStart));
  // `Gorton Wednesday for the first time mentioned`: an adverbial phrase between subject and verb.
  const adverbial = skipUnsetAdverbial(text, clauseStart, end);
  if (adverbial !== end) end = skipBackOver(text, clauseStart, adverbial);
  // `"…2,974 acres.'' said Neil Gaffney`: two apostrophes close a quotation as `"` does (AP, NYT); what stands before
  // them is what was said, and the speaker follows the verb.
  if (closesWithApostrophes(text, clauseStart, end)) return undefined;
  // `Patrick Buchanan, who declared …`: the speaker stands before the relative pronoun.
  // `The ministry, which said …`: so does `which`.
  // Not `the WHO said`: the World Health Organization in capitals.
  // Both words end in `o` or `h`: other endings are turned away without a slice.
  const lastCode = text.charCodeAt(end - 1);
  const relative = end > clauseStart && (lastCode === 0x6f || lastCode === 0x68) ? ENDS_WITH_RELATIVE.exec(text.slice(Math.max(clauseStart, end - 6), end)) : null;
  if (relative) end = skipBackOver(text, clauseStart, end - relative[1].length);
  let before = previousChar(text, clauseStart, end);
  if (before.code === 0x2c && ENDS_WITH_WHO.test(text.slice(Math.max(clauseStart, before.at - 4), before.at))) before = { code: -1, at: before.at };
  if (before.code === 0x2c) {
    const quoteMark = previousChar(text, clauseStart, before.at).code;
    if (quoteMark === 0x22 || quoteMark === 0x201d || isApostrophe(quoteMark)) return undefined; // `"…," said X`: inverted
    if (mayInvert && speakerNamedAfter(context, verbEnd, sentenceEnd)) return undefined; // `…, said INA.`
    end = subjectBeforeAppositives(context, clauseStart, before.at);
    if (end < 0) return undefined;
    // `<Norcen Energy Resources Ltd>, 41 pct owned by …, said`: the firm in brackets is the subject, not a ticker.
    const firm = bracketedSubject(context, clauseStart, end);
    if (firm) return firm;
    // `D-Wave Quantum (NYSE: QBTS), a leader in …, announced`: the ticker after the subject is no part of it.
    end = skipBackOver(text, clauseStart, end);
  } else if (before.code === -1 && before.at !== end - 1) {
    end = before.at + 1;
  }
  let words = withNameBeforeSuffix(text, clauseStart, wordsBefore(text, clauseStart, end, relative !== null));
  if (!words.length) return undefined;
  // `Teleglobe Canada, owned by <Memotec Data Inc> said`: the appositive's closing comma is missing.
  const opening = previousChar(text, clauseStart, words[0].start);
  if (opening.code === 0x2c && OWNED_BY.test(text.slice(words[0].start, end + 1))) {
    const subjectEnd = subjectBeforeAppositives(context, clauseStart, opening.at);
    if (subjectEnd < 0) return undefined;
    const firm = bracketedSubject(context, clauseStart, subjectEnd);
    if (firm) return firm;
    words = wordsBefore(text, clauseStart, skipBackOver(text, clauseStart, subjectEnd));
    if (!words.length) return undefined;
  }
  const last = words[words.length - 1];
  if (COORDINATOR_WORDS.has(last.text)) return coordinatedSubject(context, clauseStart, last.start);
  // `Karen Koenig, who is a co-plaintiff, at one point asked …`: an adverbial phrase after a comma is no subject.
  if (adverbialAfterComma(context, clauseStart, words)) return speakerBefore(context, clauseStart, words[0].start, verbEnd, sentenceEnd, false);
  const mention = mentionEndingAt(context.mentions, last);
  // `Kidman, Cruise and Curtis, who wrote …`: a relative clause after a list may be about its last name alone.
  const listed = relative === null;
  if (mention) return descriptionBeforeName(context, words[0].start, mention) ?? personOrGroup(context, clauseStart, mention, listed);
  // `David Gray from AMSA said`, `Lance Roberts of the Alliance said`: a person with where they work.
  const person = lastNamedWithin(context.mentions, words[0].start, last.end);
  if (person && /^\s+(?:from|of|at|with|for)\s/.test(text.slice(person.span.end, person.span.end + 6))) {
    return personOrGroup(context, clauseStart, person, listed);
  }
  // `Roberto Lavagna in a news conference said`, `Director of Planning Kang'ethe Gitu in the ministry said`: a person
  // opening the subject (after a title at most) with where or when they spoke; not `officials with Shultz in Peking`.
  if (person && /^\s+in\s/.test(text.slice(person.span.end, person.span.end + 4)) && opensSubject(words, person.span.start)) {
    return personOrGroup(context, clauseStart, person, listed);
  }
  return describedAfterName(context, clauseStart, words) ?? phraseSpeaker(words);
}

/** Whether two apostrophes (straight or curly) end the text before `end`, closing a quotation. */
function closesWithApostrophes(text: string, clauseStart: number, end: number): boolean {
  const last = previousChar(text, clauseStart, end);
  return last.at > clauseStart && isApostrophe(text.charCodeAt(last.at)) && isApostrophe(text.charCodeAt(last.at - 1));
}

/**
 * `TekStream Solutions, LLC said`: a company suffix set off by a comma belongs to the capitalised name before it;
 * the comma stays in the speaker's text (`TekStream Solutions, LLC`).
 */
function withNameBeforeSuffix(text: string, clauseStart: number, words: Word[]): Word[] {
  if (words.length !== 1 || !CORPORATE_SUFFIX.test(words[0].text) || !STARTS_UPPER.test(words[0].text)) return words;
  const comma = previousChar(text, clauseStart, words[0].start);
  if (comma.code !== 0x2c) return words;
  const name = wordsBefore(text, clauseStart, comma.at);
  const nameEnd = name[name.length - 1];
  if (!nameEnd || !STARTS_UPPER.test(nameEnd.text) || nameEnd.end !== comma.at) return words;
  return [...name.slice(0, -1), { text: `${nameEnd.text},`, start: nameEnd.start, end: nameEnd.end }, words[0]];
}

/** Whether only capitalised words (a title: `Ceasars World Chairman`, `Director of Planning`) stand before `start`. */
function opensSubject(words: Word[], start: number): boolean {
  for (const word of words) {
    if (word.start >= start) return true;
    if (!STARTS_UPPER.test(word.text) && word.text !== 'of' && word.text !== 'for') return false;
  }
  return true;
}

// Prepositions that open an adverbial phrase between a subject and its verb (`at one point`, `in a letter`).
// Not `after`, `before` or `since`, which also open a clause with a subject of its own (`after the company reported`),
// nor `with`, which opens one with a participle (`with the balance added`).
const ADVERBIAL_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'for', 'under', 'by', 'without', 'through']);
const MAX_ADVERBIAL_WORDS = 4;

/** A short prepositional phrase of lower-case words, right after a comma and naming nobody, before the verb. */
function adverbialAfterComma(context: PhraseContext, clauseStart: number, words: Word[]): boolean {
  if (words.length < 2 || words.length > MAX_ADVERBIAL_WORDS || !ADVERBIAL_PREPOSITIONS.has(words[0].text)) return false;
  const last = words[words.length - 1].text;
  // `…, at least 20 people said`: a phrase ending in people is the subject, with its quantity.
  if (!ALL_LOWER.test(last) || PLURAL_SOURCE_NOUNS.has(last) || DETERMINERS.test(last) || /^(?:least|most)$/.test(words[1].text) || words.slice(1).some((word) => !STARTS_LOWER_OR_DIGIT.test(word.text))) return false;
  if (previousChar(context.text, clauseStart, words[0].start).code !== 0x2c) return false;
  return !context.mentions.some((mention) => mention.span.start >= words[0].start && mention.span.start < words[words.length - 1].end);
}

/**
 * `He questioned whether the rule was fair and said …`: a verb after `and` shares the subject that opens the clause.
 * Only a person or pronoun named by the clause's first word is taken; anything else is left unattributed rather than
 * giving the statement the words before `and` as its speaker.
 */
function coordinatedSubject(context: PhraseContext, clauseStart: number, conjunctionStart: number): SpeakerReading | undefined {
  const { text } = context;
  let start = clauseStart;
  while (start < conjunctionStart && !HAS_LETTER_OR_DIGIT.test(text[start])) start++;
  const mention = context.mentions.find((candidate) => candidate.span.start === start && candidate.span.end < conjunctionStart);
  if (mention) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  const pronoun = /^(?:he|she)\b/i.exec(text.slice(start, start + 4));
  if (pronoun) return { speaker: { kind: 'unresolved', text: pronoun[0] }, span: { start, end: start + pronoun[0].length } };
  // `The company did not say …, but said`, `Argentina is aiming … and has said`: the subject before the clause's verb.
  const subject = clauseSubjectSpan(text, clauseStart, conjunctionStart);
  return subject && speakerBefore(context, subject.start, subject.end, subject.end, subject.end, false);
}

/** `<General Partners> said`: a ticker-bracketed company that is the whole subject names the speaker. */
function bracketedSubject(context: PhraseContext, clauseStart: number, verbStart: number): SpeakerReading | undefined {
  const { text } = context;
  let end = verbStart;
  while (end > clauseStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 0x3e) return undefined; // '>'
  const open = text.lastIndexOf('<', end - 1);
  if (open < clauseStart || end - open > 60 || HAS_LETTER_OR_DIGIT.test(text.slice(clauseStart, open))) return undefined;
  const inner = text.slice(open + 1, end - 1).trim();
  if (!STARTS_UPPER.test(inner)) return undefined;
  const start = text.indexOf(inner, open);
  return { speaker: { kind: 'source', text: inner.replace(/\s+/g, ' ') }, span: { start, end: start + inner.length } };
}

function phraseSpeaker(words: Word[]): SpeakerReading | undefined {
  const last = words[words.length - 1];
  if (!HAS_LETTER.test(last.text)) return undefined;
  const lower = last.text.toLowerCase();
  // `When asked how …`, `If pressed …`: a clause word alone is no speaker.
  if (words.length === 1 && (CLAUSE_BREAKS.has(lower) || LONE_CLAUSE_WORDS.has(lower))) return undefined;
  if (lower === 'he' || lower === 'she') return { speaker: { kind: 'unresolved', text: last.text }, span: { start: last.start, end: last.end } };
  // `an acknowledged homosexual`, `the alleged plot`: a verb form right after an article modifies the noun after it.
  if (ARTICLES_AND_POSSESSIVES.has(lower)) return undefined;
  // A noun phrase: from the nearest determiner or the start of a capitalised name, at most a few words back.
  let first = words.length - 1;
  while (first > 0 && words.length - first < MAX_SPEAKER_WORDS && !DETERMINERS.test(words[first].text)) first--;
  if (!DETERMINERS.test(words[first].text)) {
    first = words.length - 1;
    const capitalised = STARTS_UPPER.test(last.text);
    while (first > 0 && words.length - first < 6 && (capitalised ? NAME_PART_WORD.test(words[first - 1].text) : STARTS_LOWER.test(words[first - 1].text) && words.length - first < 2)) first--;
    // `Lawyers for those who challenged it`: the plural of people before the preposition heads the phrase.
    if (!capitalised && first > 0 && PREPOSITIONS.has(words[first].text) && PLURAL_SOURCE_NOUNS.has(words[first - 1].text.toLowerCase())) first--;
    // `Ruritanian officials`, `U.S. health officials`: a capitalised modifier belongs to a common-noun head.
    for (let modifiers = 0; !capitalised && modifiers < 2 && first > 0 && PROPER_MODIFIER.test(words[first - 1].text); modifiers++) first--;
    // `Monetary sources said`, `Senior officials said`: an adjective capitalised to open the sentence belongs to the plural.
    if (!capitalised && first === words.length - 1 && first > 0 && PLURAL_SOURCE_NOUNS.has(last.text) && CAPITALISED_ADJECTIVE.test(words[first - 1].text)) first--;
    // `health officials in Stamford`: a place after a preposition belongs to the plural of people before it.
    if (capitalised && first > 1 && PREPOSITIONS.has(words[first - 1].text) && PLURAL_SOURCE_NOUNS.has(words[first - 2].text)) {
      first -= 2;
      const modifier = first > 0 ? words[first - 1].text : '';
      if (ALL_LOWER.test(modifier) && !NOT_HEAD_NOUNS.has(modifier) && !AUXILIARIES.has(modifier) && !LONE_CLAUSE_WORDS.has(modifier) && !CLAUSE_BREAKS.has(modifier)) first--;
    }
  } else {
    // `the chairman of the Safety Board`, `a source close to the federation`: the head noun comes before the preposition.
    for (let guard = 0; guard < 2 && first > 1 && PREPOSITIONS.has(words[first - 1].text.toLowerCase()); guard++) {
      let back = first - 2;
      // `a source close to`, `sources familiar with`: an adjective and its complement describe the noun before it.
      if (back > 0 && COMPLEMENT_ADJECTIVES.has(words[back].text.toLowerCase())) back--;
      let reach = back;
      while (reach > 0 && back - reach < 3 && !DETERMINERS.test(words[reach].text) && !/['’]s$/.test(words[reach].text) && STARTS_LOWER.test(words[reach].text)) reach--;
      // `passed them on to the coaches`: only a noun takes a prepositional phrase; after a particle or a verb the
      // determined noun is the phrase.
      if (!mayHeadPhrase(words[back].text)) break;
      if (!(DETERMINERS.test(words[reach].text) || /['’]s$/.test(words[reach].text))) {
        // `experts from seven countries`, `Experts at the ministry`: no determiner before the head noun, which then
        // opens the phrase (capitalised only as a plural of people opening the sentence).
        // `sources (closely) linked to the Presidency`: a participle after the head noun describes it.
        // `An economy ministry decree published in the gazette`: back over the noun's modifiers to its determiner.
        let head = back;
        while (head > 0 && PARTICIPLE_OR_ADVERB.test(words[head].text) && !DETERMINERS.test(words[head - 1].text)) head--;
        if (head !== back && (NOT_HEAD_NOUNS.has(words[head].text.toLowerCase()) || AUXILIARIES.has(words[head].text.toLowerCase()))) head = back;
        let opening = head;
        while (head !== back && opening > 0 && head - opening < 3 && PLAIN_WORD.test(words[opening - 1].text) && !AUXILIARIES.has(words[opening - 1].text.toLowerCase()) && !DETERMINERS.test(words[opening].text)) opening--;
        if (head !== back && DETERMINERS.test(words[opening].text)) first = opening;
        else if (ALL_LOWER.test(words[head].text) || (head === 0 && PLURAL_SOURCE_NOUNS.has(words[head].text.toLowerCase()))) first = head;
        break;
      }
      first = reach;
    }
  }
  const span = { start: words[first].start, end: last.end };
  return { speaker: { kind: 'source', text: joinTexts(words.slice(first)) }, span };
}

const COMPLEMENT_ADJECTIVES = new Set(['close', 'familiar', 'loyal', 'opposed', 'sympathetic', 'allied', 'hostile', 'friendly', 'knowledgeable', 'critical', 'near', 'closest', 'nearest']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'they', 'it', 'he', 'she', 'we', 'who', 'which', 'that']);
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const NOT_HEAD_NOUNS = new Set([...PREPOSITIONS, 'up', 'out', 'off', 'down', 'over', 'back', 'away', 'them', 'him', 'her', 'it', 'us', 'me', 'you', 'there', 'here', 'and', 'or', 'but']);

/** Whether a word before a preposition can be the noun (or the participle after it) the phrase belongs to: not a particle or pronoun. */
function mayHeadPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_HEAD_NOUNS.has(lower);
}

/**
 * The first mention that ends at the word's end (or one character before it, for a trailing period) and starts
 * at or before the word. Mentions are in text order and do not overlap, so their ends ascend: a binary search
 * instead of a scan keeps a sentence with thousands of attributions linear.
 */
function mentionEndingAt(mentions: Mention[], word: { start: number; end: number }): Mention | undefined {
  const first = firstEndingAfter(mentions, word.end - 2);
  if (first < 0) return undefined;
  for (let i = first; i < mentions.length && mentions[i].span.end <= word.end; i++) {
    if (mentions[i].span.end >= word.end - 1 && mentions[i].span.start <= word.start) return mentions[i];
  }
  return undefined;
}

/** The last mention by name (not a pronoun) that starts at or after `start` and ends before `end`. */
function lastNamedWithin(mentions: Mention[], start: number, end: number): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.kind !== 'pronoun' && mention.span.start >= start && mention.span.end < end) return mention;
  }
  return undefined;
}

/** The person named, or the list of people they close (`Ann Lee and Tom Reed`) when `listed` allows one. */
function personOrGroup(context: PhraseContext, clauseStart: number, named: Mention, listed: boolean): SpeakerReading {
  return (listed ? coordinatedGroup(context.text, clauseStart, context.mentions, named) : undefined) ?? { speaker: { kind: 'person', person: named.person }, span: named.span };
}
