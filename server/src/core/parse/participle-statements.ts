import { Mention, Quote, Sentence, Statement } from '../article';
import { REPORTING_PARTICIPLES } from '../lexicon/reporting-verbs';
import { AsciiWordMap } from './ascii-word-map';
import { PhraseContext, SpeakerReading, speakerBefore } from './speaker-phrase';

// `Chavez issued the decree, saying that …`, `She praised the ruling, adding …`, `released a statement saying …`:
// the participle of a reporting verb reports speech and its speaker is the subject of the main verb before it.
const PARTICIPLE = /(?:,|\b(?:statement|letter|communique|communiqué|memo|declaration|notice))\s+(\p{Ll}{2,}ing)\b/gu;
// A finite main verb: a regular past tense, a common irregular one, or `be` (`Other brokers were more cautious, saying …`).
const MAIN_VERB = /^(?:\p{Ll}{2,}ed|issued|made|gave|took|sent|spoke|wrote|met|told|led|left|won|held|went|came|broke|put|set|cut|hit|quit|was|were|is|are|remained|remains)$/u;
const MAX_SUBJECT_DISTANCE = 12;

/** A statement for a sentence whose only report of speech is a participle clause after the main verb. */
export function participleStatement(context: PhraseContext, sentence: Sentence, quotes: Quote[], paragraph: number): Statement | undefined {
  const { text } = context;
  if (!holdsParticiple(text, sentence.span.start, sentence.span.end)) return undefined;
  const slice = text.slice(sentence.span.start, sentence.span.end);
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
    return { span: sentence.span, paragraph, speaker: speaker.speaker, speakerSpan: speaker.span, verb, content, direct: quotes.length > 0 };
  }
  return undefined;
}

const PARTICIPLES = new AsciiWordMap([...REPORTING_PARTICIPLES].map((word): [string, true] => [word, true]));

/**
 * Whether a reporting participle (lower-case ASCII, as all are) ends at some `ing` in [start, end): the pattern
 * above can only find one there, and most sentences have none, so it is not run on them.
 */
function holdsParticiple(text: string, start: number, end: number): boolean {
  // Searched in the sentence's own slice: `indexOf` on the whole text would run on to the story's end for every
  // sentence without an `ing`, quadratic in a long story.
  const sentence = text.slice(start, end);
  for (let found = sentence.indexOf('ing'); found >= 0; found = sentence.indexOf('ing', found + 3)) {
    const ing = start + found;
    let wordStart = ing;
    while (wordStart > start && text.charCodeAt(wordStart - 1) >= 0x61 && text.charCodeAt(wordStart - 1) <= 0x7a) wordStart--;
    if (PARTICIPLES.get(text, wordStart, ing + 3) === true) return true;
  }
  return false;
}

/**
 * `Rich Prem, a tax partner with …, sides with the retailers, saying …`: when no main verb is known, a person named
 * at the opening of the sentence (not as an owner: `Prem's firm`) is its subject.
 */
function openingPerson(context: PhraseContext, sentence: Sentence): SpeakerReading | undefined {
  const first = context.mentions[0];
  if (!first || first.kind === 'pronoun' || /[\p{L}\p{N}]/u.test(context.text.slice(sentence.span.start, first.span.start))) return undefined;
  if (/^['’]/.test(context.text.slice(first.span.end, first.span.end + 1))) return undefined;
  return { speaker: { kind: 'person', person: first.person }, span: first.span };
}

/** The first finite verb of the sentence, within a few words of its start and outside names. */
function mainVerb(text: string, start: number, end: number, mentions: Mention[]): { start: number; end: number } | undefined {
  const words = /[\p{L}'’-]+/gu;
  let count = 0;
  for (let word = words.exec(text.slice(start, end)); word && count < MAX_SUBJECT_DISTANCE; word = words.exec(text.slice(start, end)), count++) {
    const at = start + word.index;
    if (mentions.some((mention) => mention.span.start <= at && at < mention.span.end)) continue;
    if (MAIN_VERB.test(word[0])) return { start: at, end: at + word[0].length };
  }
  return undefined;
}
