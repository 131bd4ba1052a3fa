// The article model: what parseArticle() finds in a wire story.
// Every span is a pair of UTF-16 offsets into the text that was parsed (end exclusive).
import type { Release } from './release-model';
import type { TokenStream } from './parse/token-stream';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface DatelineDate {
  month: TextSpan;
  /** 1-12, or undefined when the month word is not recognised. */
  monthNumber?: number;
  day?: TextSpan & { value: number };
  year?: TextSpan & { value: number };
}

export interface Dateline {
  span: Span;
  /** 0-based line the dateline starts on. */
  line: number;
  city: TextSpan;
  /** State, province or country after the city (`Mass.`, `Mongolia`). */
  region?: TextSpan;
  date?: DatelineDate;
  /** The agency or distribution service: `Xinhua`, `AP`, `PRNewswire`, `BUSINESS WIRE`. */
  agency?: TextSpan;
  /** How the agency was written: `(…)`, `/…/`, `--(…)--`, or bare after a comma (`March 13, Reuter -`). */
  agencyForm?: 'parentheses' | 'slashes' | 'dashes' | 'bare';
  /** Where a comma is left out between city or region and date (`RICHMOND, Va. Feb 26`). */
  missingCommaAt?: number;
  /** The dash between dateline and lede (`--`, `-`, `—`, `_`). */
  separator?: TextSpan;
}

export interface Sentence {
  span: Span;
  paragraph: number;
}

export interface Quote {
  /** From the opening mark to the closing mark inclusive, or to the paragraph end when unclosed. */
  span: Span;
  /** Span of the quoted words, without the marks. */
  inner: Span;
  paragraph: number;
  closed: boolean;
  mark: 'straight' | 'curly' | 'backtick';
}

export interface Paragraph {
  span: Span;
  index: number;
  sentences: Sentence[];
}

/** `given-name`: a first name alone (`Peter`), as press releases refer to people. */
export type MentionKind = 'introduction' | 'full-name' | 'surname' | 'title-surname' | 'given-name' | 'pronoun';

export interface Mention {
  span: Span;
  person: number;
  kind: MentionKind;
  /**
   * For a pronoun that could as well refer to someone else (two people of its gender were just mentioned and
   * none is the sentence's own subject): the other candidates. `person` is the likelier one.
   */
  alternatives?: number[];
}

/** Every mention is built here, `alternatives` present (undefined when there are none): one hidden class for V8. */
export function makeMention(span: Span, person: number, kind: MentionKind, alternatives?: number[]): Mention {
  return { span, person, kind, alternatives };
}

export interface Person {
  id: number;
  fullName: string;
  /** The name a later reference uses: `Xi` for `Xi Jinping`, `Diaz-Canel` for `Miguel Diaz-Canel`. */
  surname: string;
  title?: string;
  /** The span of the name (and title) where the person is first named in full. */
  introduction: Span;
  gender?: 'male' | 'female';
  mentions: Mention[];
}

export type Speaker =
  | { kind: 'person'; person: number }
  | { kind: 'source'; text: string }
  | { kind: 'unresolved'; text: string };

export interface Statement {
  /** The whole sentence or clause the attribution belongs to. */
  span: Span;
  paragraph: number;
  speaker: Speaker;
  /** Where the speaker is named in the attribution (`Xi`, `he`, `officials`). */
  speakerSpan?: Span;
  verb: TextSpan;
  /** The quoted or reported words. */
  content: Span;
  direct: boolean;
  /** Who quoted the speaker (`Interfax` of `Interfax quoted X as saying`): what a later `it said` may stand for. */
  quotedBy?: Speaker;
}

/**
 * Every statement is built here, with all its fields in one order (`quotedBy` undefined when there is none): objects
 * of one hidden class keep V8's compiled readers of statements from deoptimising as new shapes come by.
 */
export function makeStatement(fields: Statement): Statement {
  const { span, paragraph, speaker, speakerSpan, verb, content, direct, quotedBy } = fields;
  return { span, paragraph, speaker, speakerSpan, verb, content, direct, quotedBy };
}

export interface Terminator {
  span: Span;
  text: string;
  /** True when the terminator ends the last paragraph's line (the seed's ` Enditem`). */
  inline: boolean;
}

export interface Article {
  text: string;
  dateline?: Dateline;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  people: Person[];
  statements: Statement[];
  terminator?: Terminator;
  /** Rules switched off by `[wirecheck-disable rule/id]` (file) and `[wirecheck-disable-next-line …]` lines. */
  directives: Directive[];
  /** Text after the terminator that is not whitespace. */
  trailingText?: Span;
  /** A getter on the parsed article, counted on each read: a spread or JSON.stringify leaves it out. */
  wordCount: number;
  /**
   * The words of the story's sentences as the tokenizer read them (the dateline's left out), with their lexicon
   * classes: for stages and rules that read words, instead of scanning the text again. Derived from the text, so
   * left out of JSON.
   */
  words: TokenStream;
  /** The parts of a press release (release line, headline, About, contacts, end mark), when the text is one. */
  release?: Release;
}

export interface Directive {
  span: Span;
  rules: string[];
  /** `file` for `[wirecheck-disable …]`; `next-line` for `[wirecheck-disable-next-line …]`. */
  scope: 'file' | 'next-line';
  /** For a `next-line` directive: the 0-based number of the line it silences (the next line that is no directive). */
  line?: number;
}
