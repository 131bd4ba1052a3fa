import { Mention, Quote, Sentence, Span, Speaker, Statement } from '../article';
import { Lexicon } from '../lexicon/lexicon';

// Words that may stand between a speaker and the verb: `Xi also said`, `officials have said`.
const ADVERBS = new Set(['also', 'further', 'later', 'again', 'earlier', 'then', 'has', 'have', 'had', 'once', 'repeatedly', 'previously', 'recently', 'publicly', 'separately', 'had', 'was', 'is', 'were', 'reportedly', 'even', 'last', 'often', 'frequently']);
// A speaker phrase stops at these words when read backwards from the verb.
const CLAUSE_BREAKS = new Set(['that', 'and', 'but', 'which', 'who', 'while', 'as', 'because', 'if', 'when', 'where', 'so', 'than']);
const SOURCE_PRONOUNS = new Set(['they', 'it', 'we', 'i', 'you', 'officials', 'sources', 'experts', 'analysts', 'witnesses', 'residents', 'police']);
const MAX_SPEAKER_WORDS = 7;

export interface StatementContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  lexicon: Lexicon;
}

/** Finds the attributed statements, one per sentence with an attribution verb, with their speakers. */
export function findStatements(context: StatementContext): Statement[] {
  const verbPattern = buildVerbPattern(context.lexicon.attributionVerbs);
  const statements: Statement[] = [];
  let mentionIndex = 0;
  for (const sentence of context.sentences) {
    while (mentionIndex < context.mentions.length && context.mentions[mentionIndex].span.end <= sentence.span.start) mentionIndex++;
    const mentions: Mention[] = [];
    for (let i = mentionIndex; i < context.mentions.length && context.mentions[i].span.start < sentence.span.end; i++) mentions.push(context.mentions[i]);
    const statement = readStatement(context, sentence, mentions, verbPattern);
    if (statement) statements.push(statement);
  }
  continueQuotedParagraphs(context, statements);
  return statements;
}

function buildVerbPattern(verbs: string[]): RegExp {
  const alternatives = [...verbs].sort((a, b) => b.length - a.length).map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}-])`, 'gu');
}

function readStatement(context: StatementContext, sentence: Sentence, mentions: Mention[], verbPattern: RegExp): Statement | undefined {
  const { text } = context;
  const slice = text.slice(sentence.span.start, sentence.span.end);
  verbPattern.lastIndex = 0;
  for (let found = verbPattern.exec(slice); found; found = verbPattern.exec(slice)) {
    const verbStart = sentence.span.start + found.index;
    const verb = { text: found[0].replace(/\s+/g, ' '), start: verbStart, end: verbStart + found[0].length };
    if (insideQuote(context.quotes, verbStart)) continue;
    const speaker = verb.text.toLowerCase() === 'according to'
      ? speakerAfter(context, mentions, verb.end, sentence.span.end)
      : speakerBefore(context, mentions, sentence.span.start, verb.start) ?? speakerAfter(context, mentions, verb.end, sentence.span.end, true);
    if (!speaker) continue;
    const direct = context.quotes.some((quote) => quote.span.start < sentence.span.end && quote.span.end > sentence.span.start);
    return {
      span: sentence.span,
      paragraph: sentence.paragraph,
      speaker: speaker.speaker,
      speakerSpan: speaker.span,
      verb,
      content: reportedContent(text, sentence.span, speaker.span, verb),
      direct,
    };
  }
  return undefined;
}

interface SpeakerReading {
  speaker: Speaker;
  span: Span;
}

/** `Xi said`, `the ministry also said`, `he added`. */
function speakerBefore(context: StatementContext, mentions: Mention[], sentenceStart: number, verbStart: number): SpeakerReading | undefined {
  const words = wordsBefore(context.text, sentenceStart, verbStart);
  while (words.length && ADVERBS.has(words[words.length - 1].text.toLowerCase())) words.pop();
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  const mention = mentions.find((candidate) => candidate.span.end >= last.end - 2 && candidate.span.end <= last.end && candidate.span.start <= last.start);
  if (mention) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  return phraseSpeaker(words);
}

/** `said Xi`, `said the World Meteorological Organization`, `according to officials`. */
function speakerAfter(context: StatementContext, mentions: Mention[], verbEnd: number, sentenceEnd: number, inverted = false): SpeakerReading | undefined {
  const { text } = context;
  if (inverted && !/[,"”'’]\s*$/.test(text.slice(Math.max(0, verbEnd - 40), verbEnd).replace(/\s*\p{L}+\s*$/u, ''))) return undefined;
  let start = verbEnd;
  while (start < sentenceEnd && /\s/.test(text[start])) start++;
  const mention = mentions.find((candidate) => candidate.span.start === start);
  if (mention) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  const tail = /^[^,.;:!?"“”()]{1,80}/u.exec(text.slice(start, sentenceEnd));
  if (!tail) return undefined;
  // The span ends after the last word taken from the text itself, not after the folded phrase.
  const words = [...tail[0].matchAll(/\S+/gu)].slice(0, MAX_SPEAKER_WORDS);
  if (!words.length) return undefined;
  const lastWord = words[words.length - 1];
  const end = start + lastWord.index! + lastWord[0].length;
  const phrase = words.map((word) => word[0]).join(' ');
  if (!/\p{L}/u.test(phrase)) return undefined;
  return { speaker: { kind: 'source', text: phrase }, span: { start, end } };
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words just before the verb, back to a punctuation mark, clause word or the sentence start. */
function wordsBefore(text: string, sentenceStart: number, verbStart: number): Word[] {
  const words: Word[] = [];
  let end = verbStart;
  while (words.length < MAX_SPEAKER_WORDS + 3) {
    while (end > sentenceStart && /\s/.test(text[end - 1])) end--;
    let start = end;
    while (start > sentenceStart && /[\p{L}\p{M}\p{N}'’.-]/u.test(text[start - 1])) start--;
    if (start === end) break;
    const word = text.slice(start, end);
    if (CLAUSE_BREAKS.has(word.toLowerCase()) && words.length > 0) break;
    words.unshift({ text: word, start, end });
    end = start;
  }
  return words;
}

function phraseSpeaker(words: Word[]): SpeakerReading | undefined {
  const last = words[words.length - 1];
  if (!/\p{L}/u.test(last.text)) return undefined;
  const lower = last.text.toLowerCase();
  if (lower === 'he' || lower === 'she') return { speaker: { kind: 'unresolved', text: last.text }, span: { start: last.start, end: last.end } };
  // A noun phrase: from the nearest determiner or capitalised word, at most a few words back.
  let first = words.length - 1;
  while (first > 0 && words.length - first < MAX_SPEAKER_WORDS && !/^(?:the|a|an|its|his|her|their|our|some|many|several|other)$/i.test(words[first].text)) first--;
  if (!/^(?:the|a|an|its|his|her|their|our|some|many|several|other)$/i.test(words[first].text)) first = Math.max(words.length - 3, 0);
  const span = { start: words[first].start, end: last.end };
  const text = words.slice(first).map((word) => word.text).join(' ');
  if (SOURCE_PRONOUNS.has(lower) || words.length - first >= 1) return { speaker: { kind: 'source', text }, span };
  return undefined;
}

function insideQuote(quotes: Quote[], offset: number): boolean {
  return quotes.some((quote) => quote.inner.start <= offset && offset < quote.inner.end);
}

/** The reported words: the larger side of the sentence around the attribution. */
function reportedContent(text: string, sentence: Span, speaker: Span, verb: Span): Span {
  const attributionStart = Math.min(speaker.start, verb.start);
  const attributionEnd = Math.max(speaker.end, verb.end);
  const before = { start: sentence.start, end: trimEnd(text, sentence.start, attributionStart) };
  const after = { start: attributionEnd, end: sentence.end };
  while (after.start < after.end && /[\s,:]/.test(text[after.start])) after.start++;
  if (/^that\s/i.test(text.slice(after.start, after.start + 5))) after.start += 5;
  return before.end - before.start >= after.end - after.start ? before : after;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return end;
}

/**
 * A paragraph that opens with a quote continuing the previous paragraph's unclosed quote belongs to the same
 * speaker, even with no attribution of its own.
 */
function continueQuotedParagraphs(context: StatementContext, statements: Statement[]): void {
  for (const quote of context.quotes) {
    if (quote.closed) continue;
    const speakerOf = statements.find((statement) => statement.paragraph === quote.paragraph);
    const next = context.quotes.find((candidate) => candidate.paragraph === quote.paragraph + 1);
    if (!speakerOf || !next) continue;
    const sentence = context.sentences.find((candidate) => candidate.paragraph === next.paragraph && candidate.span.start <= next.span.start && next.span.start < candidate.span.end);
    if (!sentence || sentence.span.start !== next.span.start || statements.some((statement) => statement.span.start === sentence.span.start)) continue;
    statements.push({ ...speakerOf, span: sentence.span, paragraph: next.paragraph, content: next.inner, direct: true });
  }
  statements.sort((a, b) => a.span.start - b.span.start);
}
