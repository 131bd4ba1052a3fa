import { Quote, Sentence, Statement, makeStatement } from '../article';
import { firstEndingAfter, firstStartingAtOrAfter, indexHolding, lastStartingBefore } from '../span-search';
import { STARTS_UPPER } from './letter-patterns';
import { StatementContext } from './statements';

/**
 * Sentences of a quotation that carry no attribution of their own take the speaker of the quotation: the
 * statement over the same quotation (also when it is continued into following paragraphs with no closing mark),
 * else the previous statement of the paragraph, else the next one. Returns all statements in text order.
 */
export function continueQuotes(context: StatementContext, statements: Statement[]): Statement[] {
  const { quotes, sentences } = context;
  if (!quotes.length) return statements;
  const speech = chainQuotes(context, quotes);
  // Arrays, not maps: quotations and paragraphs are numbered densely from 0.
  const speechStatement: (Statement | undefined)[] = new Array(quotes.length);
  const byParagraph: Statement[][] = [];
  let q = 0;
  let previous: Statement | undefined;
  for (const statement of statements) {
    (byParagraph[statement.paragraph] ??= []).push(statement);
    // A second statement of the same sentence finds every quotation there taken already: not read again, which
    // was quadratic in a sentence of thousands of statements.
    const sameSpan = previous !== undefined && previous.span.start === statement.span.start && previous.span.end === statement.span.end;
    previous = statement;
    if (sameSpan) continue;
    while (q < quotes.length && quotes[q].span.end <= statement.span.start) q++;
    for (let i = q; i < quotes.length && quotes[i].span.start < statement.span.end; i++) {
      speechStatement[speech[i]] ??= statement;
    }
  }
  const added: Statement[] = [];
  q = 0;
  // Statements are in text order, as sentences are: whether a sentence has one is read by walking both.
  let next = 0;
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex];
    while (next < statements.length && statements[next].span.start < sentence.span.start) next++;
    if (next < statements.length && statements[next].span.start === sentence.span.start) continue;
    while (q < quotes.length && quotes[q].span.end <= sentence.span.start) q++;
    const quote = quotes[q];
    if (!quote || quote.span.start >= sentence.span.end) continue;
    const inParagraph = byParagraph[sentence.paragraph] ?? [];
    if (!opensInQuote(context.text, quote, sentence.span.start)) {
      // `In a field of rice, the blast can spread "like a fire through a field of dry grass."` after `Mundt explained
      // that …`: a quoted phrase of several words with no attribution goes on with the paraphrase just before.
      // Only right after that statement's sentence, naming nobody else, and not a title or a name in quotes.
      // A quotation that runs on into a sentence with its own attribution keeps that speaker (`Sales "are at a point of
      // transition. There's not much …" about ways to sell cars, says David Cole.`).
      const fragment = quotedFragment(context.text, quotes, q, sentence.span.end);
      const before = fragment && (speechStatement[speech[q]] ?? previousSentenceStatement(context, statements, sentenceIndex));
      if (fragment && before && !namesSomeoneElse(context, sentence, before)) added.push(makeStatement({ ...before, span: sentence.span, paragraph: sentence.paragraph, content: fragment.inner, direct: true }));
      continue;
    }
    const source = speechStatement[speech[q]]
      ?? lastOpeningBefore(inParagraph, sentence.span.start)
      ?? firstOpeningAfter(inParagraph, sentence.span.start)
      ?? neighbourQuotation(context.text, byParagraph, sentence.paragraph);
    if (!source) continue;
    const content = { start: Math.max(quote.inner.start, sentence.span.start), end: Math.min(quote.inner.end, sentence.span.end) };
    added.push(makeStatement({ ...source, span: sentence.span, paragraph: sentence.paragraph, content, direct: true }));
    speechStatement[speech[q]] ??= source;
  }
  if (!added.length) return statements;
  return [...statements, ...added].sort((a, b) => a.span.start - b.span.start || a.verb.start - b.verb.start);
}

// By binary search: a scan per sentence was quadratic in a long paragraph.
/** The last of the statements (in text order) that opens before `offset`. */
function lastOpeningBefore(statements: Statement[], offset: number): Statement | undefined {
  const index = lastStartingBefore(statements, offset);
  return index >= 0 ? statements[index] : undefined;
}

/** The first of the statements (in text order) that opens after `offset`. */
function firstOpeningAfter(statements: Statement[], offset: number): Statement | undefined {
  const index = firstStartingAtOrAfter(statements, offset + 1);
  return index >= 0 ? statements[index] : undefined;
}

/**
 * A paragraph of quotation with no attribution of its own: wire copy goes on with the speaker of the quotation
 * just before (`"…," Hall said.` ⏏ `"…."`), or names the speaker in the quotation right after (`"…."` ⏏ `"…," she said.`).
 */
function neighbourQuotation(text: string, byParagraph: Statement[][], paragraph: number): Statement | undefined {
  const before = paragraph > 0 ? byParagraph[paragraph - 1] : undefined;
  const last = before?.[before.length - 1];
  if (last?.direct) return last;
  const first = byParagraph[paragraph + 1]?.[0];
  if (first?.direct && /^\s*(?:["“]|``|'')/.test(text.slice(first.span.start, first.span.start + 4))) return first;
  return undefined;
}

const MIN_FRAGMENT_WORDS = 4;
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:titled|entitled|called|named|dubbed|as|known as|the|a|an|of|name|term|phrase|expression|words?|heading|headline|slogan|motto|sign|reads?)[\s,]*$|:\s*$/iu;
// A quotation most of whose words are capitalised is a title or a name (`"Economical Travel in Japan"`).

/** The first closed quotation of the sentence from quote `q` on that holds several words (not a scare-quoted term). */
function quotedFragment(text: string, quotes: Quote[], q: number, sentenceEnd: number): Quote | undefined {
  for (let i = q; i < quotes.length && quotes[i].span.start < sentenceEnd; i++) {
    const inner = text.slice(quotes[i].inner.start, quotes[i].inner.end);
    // `a book titled "…"`, `the slogan: "…"`: a title or a cited text, not the speaker's words.
    if (TITLE_BEFORE.test(text.slice(Math.max(0, quotes[i].span.start - 12), quotes[i].span.start))) continue;
    const words = inner.match(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu) ?? [];
    const capitalised = words.filter((word) => STARTS_UPPER.test(word)).length;
    if (quotes[i].closed && words.length >= MIN_FRAGMENT_WORDS && capitalised * 2 < words.length) return quotes[i];
  }
  return undefined;
}

/** The last statement made in the sentence right before sentence `index` (in its paragraph or the one before). */
function previousSentenceStatement(context: StatementContext, statements: Statement[], index: number): Statement | undefined {
  const previous = context.sentences[index - 1];
  if (!previous || previous.paragraph < context.sentences[index].paragraph - 1) return undefined;
  const last = lastOpeningBefore(statements, previous.span.start + 1);
  return last && last.span.start === previous.span.start ? last : undefined;
}

/** A person named outside the quotations of the sentence, other than the speaker: the quotation may be theirs. */
function namesSomeoneElse(context: StatementContext, sentence: { span: { start: number; end: number } }, statement: Statement): boolean {
  const speaker = statement.speaker.kind === 'person' ? statement.speaker.person : -1;
  const { mentions, quotes } = context;
  // Only the sentence's own mentions, and the one quotation that may hold each: a scan of every mention and every
  // quotation per sentence would grow with the square of a long story.
  const first = firstEndingAfter(mentions, sentence.span.start);
  if (first < 0) return false;
  for (let i = first; i < mentions.length && mentions[i].span.start < sentence.span.end; i++) {
    const mention = mentions[i];
    if (mention.span.start < sentence.span.start || mention.span.end > sentence.span.end || mention.kind === 'pronoun' || mention.person === speaker) continue;
    const holder = indexHolding(quotes, mention.span.start);
    if (holder < 0 || mention.span.end > quotes[holder].span.end) return true;
  }
  return false;
}

/** The sentence starts inside the quotation or with its opening mark. */
function opensInQuote(text: string, quote: Quote, sentenceStart: number): boolean {
  return quote.span.start <= sentenceStart + 2 && /\p{L}/u.test(text.slice(quote.inner.start, quote.inner.end));
}

/** Numbers the quotations so that an unclosed quote and the quote opening the next paragraph share a number. */
function chainQuotes(context: StatementContext, quotes: Quote[]): number[] {
  const speech: number[] = [];
  // Read only after an unclosed quotation: most stories close every one.
  let firstSentenceStart: Map<number, number> | undefined;
  quotes.forEach((quote, i) => {
    const previous = quotes[i - 1];
    const continues = previous && !previous.closed && previous.paragraph === quote.paragraph - 1 && quote.span.start <= ((firstSentenceStart ??= paragraphStarts(context.sentences)).get(quote.paragraph) ?? -1) + 1;
    speech.push(continues ? speech[i - 1] : i);
  });
  return speech;
}

/** Where each paragraph's first sentence starts. */
function paragraphStarts(sentences: Sentence[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const sentence of sentences) if (!starts.has(sentence.paragraph)) starts.set(sentence.paragraph, sentence.span.start);
  return starts;
}
