import { Article } from '../article';
import { indexHolding } from '../span-search';
import { countLetterWords, isApostrophe } from '../parse/char-class';

/** One capitalised word: a surname or a one-word source. */
const SINGLE_NAME = /^\p{Lu}[\p{L}.'’-]+$/u;
/** The word at the start of the text. */
const LEADING_WORD = /^[\p{L}.'’-]+/u;

// `said Alan Shaw` typed without its space (`saidAlan Shaw`) still attributes.
const GLUED_VERB = /\b(?:said|says)\p{Lu}/u;
const NAME_WITH_ROLE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}\p{Ll}+, (?:a|an|the) \p{Ll}/u;
// A conjunction or a short adverbial may open the sentence before its subject (`But he refused …`).
const LEADING_WORDS = /^(?:\s|But\s|And\s|Yet\s|Still\s|So\s)*/;

/**
 * Which sentences (indexes into article.sentences) carry an attribution for unattributed-quote: a statement, a
 * verb outside the quotes, or a person as the subject. Each sentence is read only when a quotation near it asks:
 * most quotations are settled by the words around them, and reading every sentence made the rule a tenth of a
 * long article's time.
 */
export class AttributedSentences {
  private readonly known = new Map<number, boolean>();
  // Read from the statements and people only when a sentence is first asked about: over the corpus most articles
  // with quotations settle every one of them by the words around it, and asked nothing (2,198 questions for 5,041
  // articles, walking 50,150 statements and 48,650 mentions when this was read up front).
  private statementFacts: StatementFacts | undefined;
  /** Where a person is named, not as an owner (`Proxmire's committee will …` is not about Proxmire as subject). */
  private mentionStarts: Set<number> | undefined;

  constructor(
    private readonly article: Article,
    private readonly verbs: RegExp,
  ) {}

  has(index: number): boolean {
    let answer = this.known.get(index);
    if (answer === undefined) this.known.set(index, (answer = this.read(index)));
    return answer;
  }

  private read(index: number): boolean {
    const sentence = this.article.sentences[index];
    if (!sentence) return false;
    const facts = (this.statementFacts ??= readStatementFacts(this.article));
    if (facts.withStatement[index] === 1) return true;
    if (this.verbs.test(outsideQuotes(this.article, sentence.span, firstQuoteEndingAfter(this.article, sentence.span.start)))) return true;
    return this.aboutPerson(index, facts);
  }

  /**
   * A sentence whose subject is a person (a name or a pronoun for one opens it: `Woo treats …`, `But he refused …`):
   * the speaker is named there, and a quotation next to it reads as theirs. Also a sentence of a paragraph after a
   * direct statement in it: wire copy keeps one speaker per paragraph of quotation.
   */
  private aboutPerson(index: number, { directParagraphs, namedSources }: StatementFacts): boolean {
    const { text } = this.article;
    const mentionStarts = (this.mentionStarts ??= readMentionStarts(this.article));
    const sentence = this.article.sentences[index];
    const head = text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 60));
    // The subject may follow an opening adverbial (`In addition to cosmetic therapy, Woo treats …`).
    const adverbial = /^[^,"“”`]{1,45},\s+/.exec(head)?.[0].length ?? 0;
    if (adverbial && mentionStarts.has(sentence.span.start + adverbial)) return true;
    const lead = LEADING_WORDS.exec(head)?.[0].length ?? 0;
    const first = LEADING_WORD.exec(head.slice(lead))?.[0] ?? '';
    const since = directParagraphs.get(sentence.paragraph);
    const opening = head.slice(lead);
    // A pronoun for a person, or a name with an appositive (`Shannon Gormley, a teacher in …, is concerned.`).
    const quoting = /^\s*(?:["“`]|'')/.test(head);
    // Words inside the quotation (`"He has been …"`) do not name its speaker.
    const aboutPerson = !quoting && (mentionStarts.has(sentence.span.start + lead) || namedSources.has(first) || first === 'He' || first === 'She' || NAME_WITH_ROLE.test(opening));
    return aboutPerson || (quoting && since !== undefined && since < sentence.span.start) || GLUED_VERB.test(text.slice(sentence.span.start, sentence.span.end));
  }
}

interface StatementFacts {
  /** 1 for a sentence that holds a statement's verb. */
  withStatement: Uint8Array;
  /** Per paragraph, where its first direct statement starts. */
  directParagraphs: Map<number, number>;
  /** Speakers the name finder did not take for people but the article quotes by name (`says Woo`). */
  namedSources: Set<string>;
}

function readStatementFacts(article: Article): StatementFacts {
  const facts: StatementFacts = { withStatement: new Uint8Array(article.sentences.length), directParagraphs: new Map(), namedSources: new Set() };
  for (const statement of article.statements) {
    const index = indexHolding(article.sentences, statement.verb.start);
    if (index >= 0) facts.withStatement[index] = 1;
    if (statement.direct && !facts.directParagraphs.has(statement.paragraph)) facts.directParagraphs.set(statement.paragraph, statement.span.start);
    if (statement.speaker.kind === 'source' && SINGLE_NAME.test(statement.speaker.text)) facts.namedSources.add(statement.speaker.text);
  }
  return facts;
}

function readMentionStarts(article: Article): Set<number> {
  const starts = new Set<number>();
  for (const person of article.people) {
    for (const mention of person.mentions) if (!isApostrophe(article.text.charCodeAt(mention.span.end))) starts.add(mention.span.start);
  }
  return starts;
}

/** Index of the first quotation that ends after `offset` (quotations are in text order and do not overlap). */
export function firstQuoteEndingAfter(article: Article, offset: number): number {
  let low = 0;
  let high = article.quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (article.quotes[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The text of a span with every quotation blanked out, so a verb inside someone's words does not count. */
export function outsideQuotes(article: Article, span: { start: number; end: number }, firstQuote: number): string {
  let text = article.text.slice(span.start, span.end);
  for (let index = firstQuote; index < article.quotes.length && article.quotes[index].span.start < span.end; index++) {
    const quote = article.quotes[index];
    const start = Math.max(quote.span.start, span.start) - span.start;
    const end = Math.min(quote.span.end, span.end) - span.start;
    if (start < end) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}

/**
 * `countLetterWords(outsideQuotes(…), enough)` without building the blanked text: the words between the quotations
 * are counted piece by piece (a quotation, blanked, ends a word as a space would).
 */
export function countLetterWordsOutsideQuotes(article: Article, span: { start: number; end: number }, firstQuote: number, enough: number): number {
  const { quotes, text } = article;
  let count = 0;
  let from = span.start;
  for (let index = firstQuote; index < quotes.length && quotes[index].span.start < span.end && count < enough; index++) {
    const start = Math.max(quotes[index].span.start, span.start);
    const end = Math.min(quotes[index].span.end, span.end);
    if (start >= end) continue;
    if (start > from) count += countLetterWords(text.slice(from, start), enough - count);
    if (end > from) from = end;
  }
  if (from < span.end && count < enough) count += countLetterWords(text.slice(from, span.end), enough - count);
  return count;
}
