import { Mention, Quote, Sentence, Statement, makeStatement } from '../article';
import { REPORTING_PARTICIPLES } from '../lexicon/reporting-verbs';
import { PhraseContext, SpeakerReading, speakerBefore } from './speaker-phrase';
import { HAS_LETTER, HAS_LETTER_OR_DIGIT, STARTS_UPPER } from './letter-patterns';

/** A lower-case word ending in -ing. */
const PRESENT_PARTICIPLE = /^\p{Ll}{2,}ing$/u;
/** A character that can sit inside a name. */
const NAME_CHARACTER = /[\p{L}\p{M}\p{N}.'’&-]/u;
/** A lower-case word ending in -s. */
const LOWER_PLURAL = /^\p{Ll}+s$/u;

// `Chavez issued the decree, saying that …`, `She praised the ruling, adding …`, `released a statement saying …`:
// the participle of a reporting verb reports speech and its speaker is the subject of the main verb before it.
const PARTICIPLE = /(?:,|\b(?:statement|letter|communique|communiqué|memo|declaration|notice))\s+(\p{Ll}{2,}ing)\b/gu;
// A finite main verb: a regular past tense, a common irregular one, or `be` (`Other brokers were more cautious, saying …`).
const MAIN_VERB = /^(?:\p{Ll}{2,}ed|issued|made|gave|took|sent|spoke|wrote|met|told|led|left|won|held|went|came|broke|put|set|cut|hit|quit|was|were|is|are|remained|remains)$/u;
const MAX_SUBJECT_DISTANCE = 12;

// `The trial opened with coaches and doctors confessing they …`, `prices fell, with dealers saying …`: the noun
// phrase between `with` and the participle is its subject (a few words, no punctuation).
const MAX_WITH_SUBJECT_WORDS = 5;
// Words that cannot end that subject: `with little warning`, `with a stern warning`, `by adding`, `and saying`.
const NOT_SUBJECT_END = /^(?:a|an|the|and|or|but|by|of|for|to|in|on|without|little|much|no|some|most|any|more|all|each|its|his|her|their|our|(?:second|minute|hour|day|week|month|year|decade)s|\p{L}+['’]s?)$/iu;
// Verbs whose own complement `with` opens (`met with Republicans saying …`, `cooperate with OPEC cuts saying …`):
// the participle after it belongs to the main clause, not to the words after `with`.
const WITH_COMPLEMENT_VERBS = new Set(['meet', 'meets', 'met', 'meeting', 'cooperate', 'cooperated', 'cooperating', 'agree', 'agreed',
  'disagree', 'disagreed', 'make', 'made', 'side', 'sided', 'deal', 'dealt', 'talk', 'talked', 'talks', 'speak', 'spoke', 'consult',
  'consulted', 'comply', 'complied', 'negotiate', 'negotiated', 'negotiating', 'work', 'worked', 'working']);

/**
 * A statement for a sentence whose only report of speech is a participle clause after the main verb. Read only in
 * a sentence that may hold a reporting participle (verb-scan.ts finds those in its walk over the words): the
 * patterns below can only find one at a word's start, and most sentences have none.
 */
export function participleStatement(context: PhraseContext, sentence: Sentence, quotes: Quote[]): Statement | undefined {
  const { text } = context;
  const slice = text.slice(sentence.span.start, sentence.span.end);
  return afterMainVerb(context, sentence, quotes, slice) ?? withSubject(context, sentence, quotes, slice);
}

function afterMainVerb(context: PhraseContext, sentence: Sentence, quotes: Quote[], slice: string): Statement | undefined {
  const { text } = context;
  PARTICIPLE.lastIndex = 0;
  for (let match = PARTICIPLE.exec(slice); match; match = PARTICIPLE.exec(slice)) {
    if (!REPORTING_PARTICIPLES.has(match[1])) continue;
    const verbStart = sentence.span.start + match.index + match[0].length - match[1].length;
    if (quotes.some((quote) => quote.inner.start <= verbStart && verbStart < quote.inner.end)) continue;
    const main = mainVerb(text, sentence.span.start, verbStart, context.mentions);
    const speaker = (main && speakerBefore(context, sentence.span.start, main.start, main.end, sentence.span.end, false)) || openingPerson(context, sentence);
    if (!speaker) continue;
    const verb = { text: match[1], start: verbStart, end: verbStart + match[1].length };
    const content = { start: verb.end, end: sentence.span.end };
    while (content.start < content.end && /[\s,:]/.test(text[content.start])) content.start++;
    return makeStatement({ span: sentence.span, paragraph: sentence.paragraph, speaker: speaker.speaker, speakerSpan: speaker.span, verb, content, direct: quotes.length > 0 });
  }
  return undefined;
}

/** `…, with officials saying …`: the participle's own subject stands between `with` and it. */
function withSubject(context: PhraseContext, sentence: Sentence, quotes: Quote[], slice: string): Statement | undefined {
  const { text } = context;
  for (let found = slice.indexOf('with'); found >= 0; found = slice.indexOf('with', found + 4)) {
    if (found > 0 && HAS_LETTER_OR_DIGIT.test(slice[found - 1])) continue;
    const words = wordsAfter(slice, found + 4, MAX_WITH_SUBJECT_WORDS + 1);
    const verbIndex = words.findIndex((word, index) => index > 0 && PRESENT_PARTICIPLE.test(word.text));
    if (verbIndex < 1 || !REPORTING_PARTICIPLES.has(words[verbIndex].text)) continue;
    const participle = words[verbIndex];
    const verbStart = sentence.span.start + participle.start;
    if (quotes.some((quote) => quote.inner.start <= verbStart && verbStart < quote.inner.end)) continue;
    if (!subjectHead(context, words[verbIndex - 1].text, verbStart)) continue;
    if (WITH_COMPLEMENT_VERBS.has(wordBefore(slice, found))) continue;
    // `sales reporting to him`: a line of command, not a report.
    if (participle.text === 'reporting' && /^\s+to\b/.test(slice.slice(participle.end, participle.end + 4))) continue;
    const speaker = speakerBefore(context, sentence.span.start + words[0].start, verbStart, verbStart + participle.text.length, sentence.span.end, false);
    if (!speaker) continue;
    const verb = { text: participle.text, start: verbStart, end: verbStart + participle.text.length };
    const content = { start: verb.end, end: sentence.span.end };
    while (content.start < content.end && /[\s,:]/.test(text[content.start])) content.start++;
    return makeStatement({ span: sentence.span, paragraph: sentence.paragraph, speaker: speaker.speaker, speakerSpan: speaker.span, verb, content, direct: quotes.length > 0 });
  }
  return undefined;
}

/** Up to `limit` words after `from`, each separated by white space only (punctuation ends the run). */
function wordsAfter(slice: string, from: number, limit: number): { text: string; start: number; end: number }[] {
  const words: { text: string; start: number; end: number }[] = [];
  let at = from;
  while (words.length < limit) {
    const spaceStart = at;
    while (at < slice.length && /\s/.test(slice[at])) at++;
    if (at === spaceStart || at >= slice.length) break;
    const start = at;
    while (at < slice.length && NAME_CHARACTER.test(slice[at])) at++;
    if (at === start) break;
    words.push({ text: slice.slice(start, at), start, end: at });
  }
  return words;
}

/** The lower-case word ending right before `at` (after white space), or ''. */
function wordBefore(slice: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(slice[end - 1])) end--;
  let start = end;
  while (start > 0 && HAS_LETTER.test(slice[start - 1])) start--;
  return slice.slice(start, end).toLowerCase();
}

/**
 * Whether the word before the participle can head its subject: a name, a plural (`dealers`, `critics`) or a role
 * (`one senator`), not a determiner, preposition or adjective (`with a stern warning`, `with little warning`).
 */
function subjectHead(context: PhraseContext, word: string, verbStart: number): boolean {
  if (NOT_SUBJECT_END.test(word)) return false;
  if (context.mentions.some((mention) => mention.span.end <= verbStart && mention.span.end >= verbStart - word.length - 2)) return true;
  if (STARTS_UPPER.test(word)) return true;
  if (LOWER_PLURAL.test(word) && !/(?:ss|us|is)$/.test(word)) return true;
  return context.lexicon.isRoleNoun(word.toLowerCase());
}

/**
 * `Rich Prem, a tax partner with …, sides with the retailers, saying …`: when no main verb is known, a person named
 * at the opening of the sentence (not as an owner: `Prem's firm`) is its subject.
 */
function openingPerson(context: PhraseContext, sentence: Sentence): SpeakerReading | undefined {
  const first = context.mentions[0];
  if (!first || first.kind === 'pronoun' || HAS_LETTER_OR_DIGIT.test(context.text.slice(sentence.span.start, first.span.start))) return undefined;
  if (/^['’]/.test(context.text.slice(first.span.end, first.span.end + 1))) return undefined;
  return { speaker: { kind: 'person', person: first.person }, span: first.span };
}

/** The first finite verb of the sentence, within a few words of its start and outside names. */
function mainVerb(text: string, start: number, end: number, mentions: Mention[]): { start: number; end: number } | undefined {
  const words = /[\p{L}'’-]+/gu;
  const before = text.slice(start, end);
  let count = 0;
  for (let word = words.exec(before); word && count < MAX_SUBJECT_DISTANCE; word = words.exec(before), count++) {
    const at = start + word.index;
    if (mentions.some((mention) => mention.span.start <= at && at < mention.span.end)) continue;
    if (MAIN_VERB.test(word[0])) return { start: at, end: at + word[0].length };
  }
  return undefined;
}
