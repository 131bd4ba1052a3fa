import { Quote, Statement } from '../article';
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
  const speechStatement = new Map<number, Statement>();
  const byParagraph = new Map<number, Statement[]>();
  const withStatement = new Set<number>();
  let q = 0;
  for (const statement of statements) {
    withStatement.add(statement.span.start);
    const list = byParagraph.get(statement.paragraph) ?? [];
    list.push(statement);
    byParagraph.set(statement.paragraph, list);
    while (q < quotes.length && quotes[q].span.end <= statement.span.start) q++;
    for (let i = q; i < quotes.length && quotes[i].span.start < statement.span.end; i++) {
      if (!speechStatement.has(speech[i])) speechStatement.set(speech[i], statement);
    }
  }
  const added: Statement[] = [];
  q = 0;
  for (const sentence of sentences) {
    if (withStatement.has(sentence.span.start)) continue;
    while (q < quotes.length && quotes[q].span.end <= sentence.span.start) q++;
    const quote = quotes[q];
    if (!quote || quote.span.start >= sentence.span.end || !opensInQuote(context.text, quote, sentence.span.start)) continue;
    const inParagraph = byParagraph.get(sentence.paragraph) ?? [];
    const source = speechStatement.get(speech[q])
      ?? [...inParagraph].reverse().find((statement) => statement.span.start < sentence.span.start)
      ?? inParagraph.find((statement) => statement.span.start > sentence.span.start)
      ?? neighbourQuotation(context.text, byParagraph, sentence.paragraph);
    if (!source) continue;
    const content = { start: Math.max(quote.inner.start, sentence.span.start), end: Math.min(quote.inner.end, sentence.span.end) };
    added.push({ ...source, span: sentence.span, paragraph: sentence.paragraph, content, direct: true });
    if (!speechStatement.has(speech[q])) speechStatement.set(speech[q], source);
  }
  if (!added.length) return statements;
  return [...statements, ...added].sort((a, b) => a.span.start - b.span.start || a.verb.start - b.verb.start);
}

/**
 * A paragraph of quotation with no attribution of its own: wire copy goes on with the speaker of the quotation
 * just before (`"…," Hall said.` ⏏ `"…."`), or names the speaker in the quotation right after (`"…."` ⏏ `"…," she said.`).
 */
function neighbourQuotation(text: string, byParagraph: Map<number, Statement[]>, paragraph: number): Statement | undefined {
  const before = byParagraph.get(paragraph - 1);
  const last = before?.[before.length - 1];
  if (last?.direct) return last;
  const first = byParagraph.get(paragraph + 1)?.[0];
  if (first?.direct && /^\s*(?:["“]|``|'')/.test(text.slice(first.span.start, first.span.start + 4))) return first;
  return undefined;
}

/** The sentence starts inside the quotation or with its opening mark. */
function opensInQuote(text: string, quote: Quote, sentenceStart: number): boolean {
  return quote.span.start <= sentenceStart + 2 && /\p{L}/u.test(text.slice(quote.inner.start, quote.inner.end));
}

/** Numbers the quotations so that an unclosed quote and the quote opening the next paragraph share a number. */
function chainQuotes(context: StatementContext, quotes: Quote[]): number[] {
  const speech: number[] = [];
  const firstSentenceStart = new Map<number, number>();
  for (const sentence of context.sentences) if (!firstSentenceStart.has(sentence.paragraph)) firstSentenceStart.set(sentence.paragraph, sentence.span.start);
  quotes.forEach((quote, i) => {
    const previous = quotes[i - 1];
    const continues = previous && !previous.closed && previous.paragraph === quote.paragraph - 1 && quote.span.start <= (firstSentenceStart.get(quote.paragraph) ?? -1) + 1;
    speech.push(continues ? speech[i - 1] : i);
  });
  return speech;
}
