import { Mention, Person, Quote, Sentence, Speaker, Statement, makeStatement } from '../article';
import { PLURAL_SOURCE_NOUNS } from '../lexicon/people-words';
import { Lexicon } from '../lexicon/lexicon';
import { continueQuotes } from './quote-speakers';
import { resolveDescribedSpeakers } from './described-speakers';
import { participleStatement } from './participle-statements';
import { resolveReferringSpeakers } from './referring-speakers';
import { speakerAfter } from './speaker-after';
import { PhraseContext, SpeakerReading, speakerBefore } from './speaker-phrase';
import { indexHolding } from '../span-search';
import { isLetterUnit, lowersToOther } from './char-class';
import { closingAttribution, closingInversion } from './closing-attributions';
import { passiveSubject, reportedContent } from './statement-content';
import { inComparison, negatedBefore, readsAsNoun } from './verb-context';
import { VerbMatch, readSentenceVerbs } from './verb-scan';
import { TokenStream } from './token-stream';
import { describesNounBefore } from './reduced-relative';
import { passiveSpeaker } from './passive-sources';
import { namesNoWords } from './verb-objects';
import { QuotedObject, quotedObject } from './quoted-object';
import { followsCoordinator } from './clause-subject';
import { isHeOrSheAt } from './pronoun-at';

// Verbs that may open a second statement in a sentence (`X says …, while officials say …`).
const SECOND_VERBS = new Set(['said', 'says', 'say', 'added', 'told', 'stressed', 'noted', 'according to', 'denied', 'claimed', 'claim', 'warned', 'insisted', 'argued', 'reported']);

// Verbs that report speech only with a clause after them or the reported words before them (`the memorandum
// concluded.`, `concluded that …`), not `the talks concluded Friday`.
const WEAK_VERBS = new Set(['concluded', 'concludes']);
// An announcement only foreseen (by someone else, unnamed): a statement only when the sentence has no other verb.
const PROSPECTIVE_VERBS = new Set(['expected to announce']);
// Verbs of denying (`deny`, `dispute`): negated, they grant what follows, so they are no negated attribution.
const DENIAL_VERB = /^(?:den|disput)/;
// Where a source's head noun ends: `officials at the ministry`, `a spokesman for the firm`.
const HEAD_ENDS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'to', 'close', 'who', 'on']);

export interface StatementContext {
  text: string;
  /** The words of `sentences`, as the tokenizer read them. */
  words: TokenStream;
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  lexicon: Lexicon;
  people?: Person[];
}

/** Finds the attributed statements with their speakers; linear in the number of sentences, verbs and quotes. */
export function findStatements(context: StatementContext): Statement[] {
  const statements: Statement[] = [];
  // Negated attributions, read only so that pronouns after them find their subject (see readStatements).
  const negated = new Set<Statement>();
  let mentionIndex = 0;
  let quoteIndex = 0;
  for (let index = 0; index < context.sentences.length; index++) {
    const sentence = context.sentences[index];
    const { matches, mayHoldParticiple } = readSentenceVerbs(context.words, index, sentence.span.end, context.lexicon.verbs);
    // Most sentences report no speech: no reporting verb and no participle, and nothing else to read.
    if (matches.length === 0 && !mayHoldParticiple) continue;
    while (mentionIndex < context.mentions.length && context.mentions[mentionIndex].span.end <= sentence.span.start) mentionIndex++;
    let mentionEnd = mentionIndex;
    while (mentionEnd < context.mentions.length && context.mentions[mentionEnd].span.start < sentence.span.end) mentionEnd++;
    const mentions = context.mentions.slice(mentionIndex, mentionEnd);
    while (quoteIndex < context.quotes.length && context.quotes[quoteIndex].span.end <= sentence.span.start) quoteIndex++;
    let quoteEnd = quoteIndex;
    while (quoteEnd < context.quotes.length && context.quotes[quoteEnd].span.start < sentence.span.end) quoteEnd++;
    const quotes = context.quotes.slice(quoteIndex, quoteEnd);
    const phraseContext = { text: context.text, mentions, lexicon: context.lexicon };
    const negatedStatements: Statement[] = [];
    const found = readStatements(context, phraseContext, index, quotes, matches, negatedStatements);
    // A participle before every verb found governs them: `praised the ruling, saying his father hoped …`.
    const participle = mayHoldParticiple ? participleStatement(phraseContext, sentence, quotes) : undefined;
    if (participle && (!found.length || participle.verb.start < found[0].verb.start)) statements.push(participle);
    else for (const statement of negatedStatements.length ? [...found, ...negatedStatements].sort((a, b) => a.verb.start - b.verb.start) : found) statements.push(statement);
    for (const negatedStatement of negatedStatements) negated.add(negatedStatement);
  }
  resolveDescribedSpeakers(context.text, statements, context.people ?? [], context.mentions);
  resolveReferringSpeakers(context.text, statements, context.people ?? [], context.mentions, context.sentences);
  return continueQuotes(context, negated.size ? statements.filter((statement) => !negated.has(statement)) : statements);
}

/**
 * The statements of sentence `index`, one for each of its reporting verbs (`matches`) that has a speaker. A negated
 * attribution (`did not say which`, `has never denied`) states nothing and is no statement, but its subject is still
 * the one a later pronoun refers to (`The secretary would not say how much. … he said`): it goes to `negatedStatements`, read
 * like a statement, without counting as one for the verbs after it.
 */
function readStatements(context: StatementContext, phraseContext: PhraseContext, index: number, quotes: Quote[], matches: VerbMatch[], negatedStatements: Statement[]): Statement[] {
  const { text } = context;
  const sentence = context.sentences[index];
  const found: Statement[] = [];
  let clauseStart = sentence.span.start;
  // `The issue has underlined the trend …, said the document.`: an inverted attribution closing the sentence
  // governs all of it, and a verb before it is part of the reported words.
  const last = matches[matches.length - 1];
  if (matches.length > 1 && closingInversion(phraseContext, sentence, last)) matches.splice(0, matches.length - 1);
  // `…, state officials said.`: the source after the last comma is the closing verb's own subject, whatever came before.
  const closingSource = matches.length > 1 && matches[matches.length - 2].start < text.lastIndexOf(',', last.start) ? closingAttribution(phraseContext, sentence, last) : undefined;
  // A verb before it keeps a statement of its own only as a report within the report (`The army claimed that …,
  // Interfax reported.`); otherwise it is part of what was said (`a robin … confirms the virus is spreading`).
  // So does one whose subject is a person named before it (`Betancur has said he would attend, the board said.`).
  if (closingSource) matches.splice(0, matches.length - 1, ...matches.slice(0, -1).filter((match) => /^\s+that\b/i.test(text.slice(match.end, match.end + 6)) || namedSubject(phraseContext, sentence, match)));
  // `Interfax quoted Ivan Petrov as saying`: the object speaks; its `as saying`, when read as a verb, is the attribution.
  let pendingQuotedObject: (QuotedObject & { quotedBy?: Speaker }) | undefined;
  for (let at = 0; at < matches.length; at++) {
    const match = matches[at];
    const verbStart = match.start;
    if (insideQuote(quotes, verbStart)) continue;
    // A verb of one word is one letter run: only a longer one has white space to make single.
    const verbText = match.verb.words.length > 1 ? text.slice(match.start, match.end).replace(/\s+/g, ' ') : text.slice(match.start, match.end);
    // A one-word verb lower-cased is the table's own word it was found by (already hashed for the set look-ups below).
    const lower = match.verb.words.length > 1 ? verbText.toLowerCase() : match.verb.words[0];
    const verb = { text: verbText, start: verbStart, end: match.end };
    const mayInvert = match.verb.inverts;
    // Only lower-case verbs, except `According to` and an inverted `Said Schorr of Mercedes:` opening a sentence.
    if (lowersToOther(text.charCodeAt(verbStart)) && !opensSentence(text, sentence.span.start, verb, mayInvert)) continue;
    if (readsAsNoun(text, sentence.span.start, verb.start, lower) || inComparison(text, sentence.span.start, verb.start)) continue;
    // `did not say which`, `has never said that`: a negated verb attributes nothing (eval/README.md: `did not announce`);
    // a denial denied (`did not deny that`, `does not dispute that`) grants what follows, and still states a view.
    const isNegated = !DENIAL_VERB.test(lower) && negatedBefore(text, sentence.span.start, verb.start);
    if (WEAK_VERBS.has(lower) && !/^(?:\s+that\b|\s*[.!?,;])/.test(text.slice(verb.end, verb.end + 6))) continue;
    // `the interest rates charged by banks`, `a budget proposed by Verhofstadt`, `it was later told by Baird`: a past
    // form before `by` is a passive describing its noun, whose agent is no speaker of this sentence's subject.
    if (match.passiveSource === undefined && match.verb.form === 'past' && !match.verb.inverts && lower !== 'quoted' && /^\s+by\s/i.test(text.slice(verb.end, verb.end + 5))) continue;
    if (namesNoWords(text, lower, verb.end, sentence.span.end)) continue;
    // `X is expected to announce …, bankers told Reuters.`: a forecast gives way to an attribution after it.
    if (PROSPECTIVE_VERBS.has(lower) && match !== last) continue;
    // A passive names its own source, but only as the sentence's first attribution: after `AMC said` what was
    // confirmed `by a court` is part of what AMC said; and `was not confirmed by` denies that anyone said it.
    if (match.passiveSource !== undefined && (found.length || /\bnot\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(Math.max(sentence.span.start, verb.start - 24), verb.start)))) continue;
    const object = match.passiveSource === undefined ? quotedObject(phraseContext, lower, verb, sentence.span.end) : undefined;
    // The source that quotes is no speaker, but a later `it said` may stand for it.
    const quoting = object ? speakerBefore(phraseContext, found.length ? clauseStart : sentence.span.start, verb.start, verb.end, sentence.span.end, false) : undefined;
    if (object && matches[at + 1]?.start === object.asStart) {
      pendingQuotedObject = { ...object, quotedBy: quoting?.speaker };
      continue;
    }
    const quotedBy = object ? quoting?.speaker : pendingQuotedObject?.asStart === match.start ? pendingQuotedObject.quotedBy : undefined;
    let speaker: SpeakerReading | undefined = match.passiveSource !== undefined ? passiveSpeaker(phraseContext, match.passiveSource, sentence.span.end) : object?.reading ?? (pendingQuotedObject?.asStart === match.start ? pendingQuotedObject.reading : match === last ? closingSource : undefined);
    if (match.passiveSource !== undefined && !speaker) continue;
    // `Linder, who said it was his idea, said …`: the verb after a relative clause shares the clause's antecedent.
    if (!speaker && found.length) speaker = afterRelativeClause(text, found[found.length - 1], clauseStart, verb.start);
    if (!speaker && found.length && !SECOND_VERBS.has(lower)) {
      // Any reporting verb opens a second statement when a person named right before it is its subject, or people
      // named by a plural noun (`as prosecutors have charged`, `the coaches, who admitted …`).
      const named = speakerBefore(phraseContext, clauseStart, verb.start, verb.end, sentence.span.end, false);
      // Named, not a pronoun: `reports said he would propose …` reports what he would do, not what he said.
      if (!named || (named.speaker.kind === 'person' ? isHeOrSheAt(text, named.span.start, named.span.end) : !namesPluralPeople(named.speaker) && !namesGroup(named, phraseContext.mentions))) continue;
      speaker = named;
    }
    if (speaker) {
      // the named subject of a second verb, found above
    } else if (lower === 'according to') speaker = speakerAfter(phraseContext, verb.end, sentence.span.end);
    else {
      speaker = speakerBefore(phraseContext, found.length ? clauseStart : sentence.span.start, verb.start, verb.end, sentence.span.end, mayInvert);
      // A second verb needs a real subject of its own, not the end of the first statement's words.
      // Bare plural people (`insurance industry officials said`) are a subject of their own.
      if (speaker && found.length && speaker.speaker.kind !== 'person' && /^\p{Ll}/u.test(text.slice(speaker.span.start, speaker.span.end)) && !/^(?:(?:the|a|an|some|many|most|local|his|her|its|their|our)\s|(?:they|it|he|she|we)$)/i.test(text.slice(speaker.span.start, speaker.span.end)) && !namesPluralPeople(speaker.speaker)) speaker = undefined;
      // A coordinated verb is not inverted: what follows it is what was said.
      if (!speaker && !found.length && mayInvert && !followsCoordinator(text, sentence.span.start, verb.start)) speaker = speakerAfter(phraseContext, verb.end, sentence.span.end);
    }
    if (!speaker) continue;
    if (match.passiveSource === undefined && match.verb.form === 'past' && speaker.speaker.kind !== 'person' && describesNounBefore(text, speaker.span, verb)) continue;
    const direct = quotes.length > 0;
    (isNegated ? negatedStatements : found).push(makeStatement({
      span: sentence.span,
      paragraph: sentence.paragraph,
      speaker: speaker.speaker,
      speakerSpan: speaker.span,
      verb,
      content: match.passiveSource === undefined ? reportedContent(text, sentence.span, speaker.span, verb) : passiveSubject(text, sentence.span.start, verb.start),
      direct,
      quotedBy: quotedBy?.kind === 'source' ? quotedBy : undefined,
    }));
    if (!isNegated) clauseStart = verb.end;
  }
  return found;
}

/** `insurance industry officials`, `the coaches`, `officials at the ministry`: a source whose head noun is a plural of people. */
function namesPluralPeople(speaker: Speaker): boolean {
  if (speaker.kind !== 'source') return false;
  const words = speaker.text.toLowerCase().split(/\s+/);
  const cut = words.findIndex((word, index) => index > 0 && HEAD_ENDS.has(word));
  return PLURAL_SOURCE_NOUNS.has(cut > 0 ? words[cut - 1] : words[words.length - 1]);
}

/** A person or people named as the subject of a verb, not a pronoun (`Betancur has said`, `Baker and Volcker have told`). */
function namedSubject(phraseContext: PhraseContext, sentence: Sentence, match: VerbMatch): boolean {
  const named = speakerBefore(phraseContext, sentence.span.start, match.start, match.end, sentence.span.end, false);
  if (!named) return false;
  if (named.speaker.kind !== 'person') return namesGroup(named, phraseContext.mentions);
  return !isHeOrSheAt(phraseContext.text, named.span.start, named.span.end);
}

/** `Baker and Volcker`: a source phrase that names two people or more (mentions are few per sentence). */
function namesGroup(reading: SpeakerReading, mentions: Mention[]): boolean {
  const named = mentions.filter((mention) => mention.kind !== 'pronoun' && mention.span.start >= reading.span.start && mention.span.end <= reading.span.end);
  // The phrase ends with a name: not `his decisions on the Tucker and Lucas cases`. One name will do after a person's
  // description (`quoted a source close to Lowe as saying`).
  const described = reading.speaker.kind === 'source' && /^(?:a|an|the|its|his|her|their)\s/i.test(reading.speaker.text);
  return (named.length > 1 || (named.length === 1 && described)) && named[named.length - 1].span.end === reading.span.end;
}

const RELATIVE_BEFORE_VERB = /,\s*who\s+(?:(?:also|has|have|had|later|then|once|repeatedly|publicly)\s+)*$/i;
const COMMA_BEFORE_VERB = /,\s*(?:(?:also|has|have|had|then|later|again)\s+)*$/i;

/**
 * `Rep. John Linder, R-Ga., who said it was his idea …, said 20 minutes was enough`: when the statement before was
 * made in a relative clause (`, who said`) and this verb follows the comma that closes it, both share the antecedent.
 */
function afterRelativeClause(text: string, previous: Statement, clauseStart: number, verbStart: number): SpeakerReading | undefined {
  if (!previous.speakerSpan || previous.speakerSpan.end > previous.verb.start) return undefined;
  if (!RELATIVE_BEFORE_VERB.test(text.slice(Math.max(0, previous.verb.start - 40), previous.verb.start))) return undefined;
  const between = text.slice(clauseStart, verbStart);
  if (!COMMA_BEFORE_VERB.test(between) || /\bwho\b/i.test(between)) return undefined;
  return { speaker: previous.speaker, span: previous.speakerSpan };
}

/** `According to …` or an inverted verb of speaking with its speaker right after it (`Said the mayor, "…"`). */
function opensSentence(text: string, sentenceStart: number, verb: { text: string; start: number; end: number }, mayInvert: boolean): boolean {
  if (verb.start !== firstWordStart(text, sentenceStart)) return false;
  const lower = verb.text.toLowerCase();
  if (lower === 'according to') return true;
  // A capitalised name next, or a short determined noun closed by a comma or colon (`Said a foreign lawyer,`):
  // `Added to the list were …` is a participle, `Wrote a book about the killings,` a verb with its object.
  return mayInvert && !lower.includes(' ') && /^ (?:\p{Lu}|(?:the|a|an|one|another)(?: [\p{Ll}-]+){1,3}[,:])/u.test(text.slice(verb.end, verb.end + 60));
}

function firstWordStart(text: string, start: number): number {
  let at = start;
  while (at < text.length && !isLetterUnit(text.charCodeAt(at))) at++;
  return at;
}

/** Quotes are in text order and never overlap: a binary search keeps a sentence with many verbs and quotes linear. */
function insideQuote(quotes: Quote[], offset: number): boolean {
  const index = indexHolding(quotes, offset);
  return index >= 0 && quotes[index].inner.start <= offset && offset < quotes[index].inner.end;
}
