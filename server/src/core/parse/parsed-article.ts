import { Article, Dateline, Directive, Paragraph, Person, Quote, Sentence, Span, Statement, Terminator } from '../article';
import type { Release } from '../release-model';
import { TokenStream } from './token-stream';

/** What the parser finds: every field of an article but the word count, which is counted from them. */
type ArticleFields = Omit<Article, 'wordCount'>;

/**
 * The parsed article. Its word count is for the status bar and `inspect`, which no rule reads: it is counted when
 * asked (a scan of every character, ≈ 3 % of checking the seed), by a getter on the class, since a getter in an
 * object literal puts the object in dictionary mode and slows every rule's read of its fields. The fields are
 * set in one order, the order JSON writes them in.
 */
export class ParsedArticle implements Article {
  text: string;
  dateline?: Dateline;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  people: Person[];
  statements: Statement[];
  terminator?: Terminator;
  trailingText?: Span;
  directives: Directive[];
  words: TokenStream;
  release?: Release;

  constructor(fields: ArticleFields) {
    this.text = fields.text;
    this.dateline = fields.dateline;
    this.paragraphs = fields.paragraphs;
    this.sentences = fields.sentences;
    this.quotes = fields.quotes;
    this.people = fields.people;
    this.statements = fields.statements;
    this.terminator = fields.terminator;
    this.trailingText = fields.trailingText;
    this.directives = fields.directives;
    this.words = fields.words;
    this.release = fields.release;
  }

  /** Runs of non-blank characters in the paragraphs (directive lines blanked out). */
  get wordCount(): number {
    const story = this.directives.length > 0 ? maskSpans(this.text, this.directives.map((directive) => directive.span)) : this.text;
    return countWords(story, this.paragraphs);
  }
}

/** The text with each span replaced by as many spaces: offsets stay, the words are gone. */
export function maskSpans(text: string, spans: Span[]): string {
  let masked = '';
  let at = 0;
  for (const span of spans) {
    masked += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return masked + text.slice(at);
}

function countWords(text: string, paragraphs: Paragraph[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    // Without branches on the character: a blank every few letters is a branch the processor cannot predict.
    let previousBlank = 1;
    for (let i = paragraph.span.start; i < paragraph.span.end; i++) {
      const code = text.charCodeAt(i);
      const blank = +(code <= 0x20) | +(code === 0xa0);
      count += previousBlank & (blank ^ 1);
      previousBlank = blank;
    }
  }
  return count;
}
