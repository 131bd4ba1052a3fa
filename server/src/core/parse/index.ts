import { Article, Dateline, Directive, Paragraph, Quote, Sentence } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { parseDateline } from './dateline';
import { parseDirective, readDirective } from './directive';
import { findDatelineInLine } from './embedded-dateline';
import { forgetFirmNames } from './firm-evidence';
import { Line, isBlankChar, isBlankLine, shareLines, splitLines } from './lines';
import { groupParagraphs } from './paragraphs';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { readRelease } from './release';
import { extendReleaseDateline, readServiceFirstDateline } from './release-dateline';
import { readReleaseHead, readReleaseLine } from './release-head';
import { splitSentences } from './sentences';
import { findStatements } from './statements';
import { ParsedArticle, maskSpans } from './parsed-article';
import { findTerminator } from './terminator';
import { tokenizeSentences } from './tokenizer';

/** How many non-blank lines may come before the dateline (headline, release line, slug). */
const DATELINE_SEARCH_LINES = 6;

/** Enough text for a headline, a release line and the dateline. */
const LEAD_LENGTH = 2000;

const DEFAULT_LEXICON = new Lexicon();

/** Parses wire copy into the article model. Never throws on any string. */
export function parseArticle(text: string, lexicon: Lexicon = DEFAULT_LEXICON): Article {
  const allLines = splitLines(text);
  const directives: Directive[] = [];
  const directiveLines = new Set<number>();
  // Pushed, not map()ped: every Line[] the stages read has one elements kind (map() makes holey arrays, splitLines
  // packed ones), so their optimised code is not thrown away for a second kind.
  const lines: Line[] = [];
  for (const line of allLines) lines.push(withoutDirective(line));
  function withoutDirective(line: Line): Line {
    // A directive opens with `[`: other lines are not sliced and matched (nor read past the text's end, a miss V8
    // deoptimises parseArticle for).
    if (line.contentStart >= text.length || text.charCodeAt(line.contentStart) !== 0x5b) return line;
    const content = text.slice(line.contentStart, line.contentEnd);
    const directive = readDirective(content);
    if (!directive) return line;
    // For now a next-line directive's own line; its target is found once every directive line is known.
    directives.push({ span: { start: line.contentStart, end: line.contentEnd }, ...directive, ...(directive.scope === 'next-line' ? { line: line.number } : {}) });
    directiveLines.add(line.number);
    return { start: line.start, end: line.end, number: line.number, contentStart: line.end, contentEnd: line.end };
  }
  for (const directive of directives) {
    if (directive.line === undefined) continue;
    let target = directive.line + 1;
    while (directiveLines.has(target)) target++;
    directive.line = target;
  }
  // The story is read with directive lines blanked out: one inside a paragraph neither splits it nor adds words.
  const storyText = directives.length > 0 ? maskSpans(text, directives.map((directive) => directive.span)) : text;

  const scan = findTerminator(storyText, lines);
  const bodyLines = clipLines(storyText, lines, scan.bodyEnd);
  const dateline = findDateline(storyText, bodyLines);
  // A release's headline and release line stand above the dateline (or, without one, at the top).
  const head = readReleaseHead(storyText, lines, dateline?.line);
  const bodyStart = dateline ? bodyLines[dateline.line].contentStart : head.end;

  // Each paragraph is made whole, with its sentences: a field set after the object exists is no longer constant to
  // V8, and code that relied on it is thrown away. Pushed into a literal, not made by filter().map(): arrays of one
  // elements kind keep parseArticle optimised.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const quotes: Quote[] = [];
  const storyLines = directiveLines.size > 0 ? bodyLines.filter((line) => !directiveLines.has(line.number)) : bodyLines;
  for (const span of groupParagraphs(storyText, storyLines)) {
    if (span.end <= bodyStart) continue;
    const index = paragraphs.length;
    const proseStart = dateline && index === 0 ? dateline.span.end : span.start;
    const prose = { start: Math.min(proseStart, span.end), end: span.end };
    const paragraph: Paragraph = { span, index, sentences: splitSentences(storyText, prose, index) };
    paragraphs.push(paragraph);
    // One at a time: a paragraph of a hundred thousand sentences would overflow the stack as spread arguments.
    for (const sentence of paragraph.sentences) sentences.push(sentence);
    for (const quote of findQuotes(storyText, prose, index)) quotes.push(quote);
  }

  // The words of the story's sentences, read once for every stage; the dateline's are no names.
  const words = tokenizeSentences(storyText, sentences, lexicon, dateline ? [dateline.span] : []);
  const { people, mentions } = findPeople(words, sentences, lexicon, quotes);
  const statements = findStatements({ text: storyText, words, sentences, mentions, quotes, lexicon, people });

  const article = new ParsedArticle({
    text,
    dateline,
    paragraphs,
    sentences,
    quotes,
    people,
    statements,
    terminator: scan.terminator,
    trailingText: scan.trailingText,
    directives,
    words,
    release: readRelease({ text: storyText, lines, head, dateline, paragraphs, terminator: scan.terminator }),
  });
  shareLines(article, allLines);
  return article;
}

/** Lines cut at the end of the body, so that the terminator is not part of the last paragraph. */
function clipLines(text: string, lines: Line[], bodyEnd: number): Line[] {
  const clipped: Line[] = [];
  for (const line of lines) {
    if (line.start > bodyEnd) continue;
    if (line.end <= bodyEnd) {
      clipped.push(line);
      continue;
    }
    let contentEnd = Math.min(line.contentEnd, bodyEnd);
    while (contentEnd > line.contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
    // Spelled out, keys in Line's order: a spread copy gets another hidden class, and every Line reader two shapes.
    clipped.push({ start: line.start, end: bodyEnd, number: line.number, contentStart: line.contentStart, contentEnd });
  }
  return clipped;
}

/** The dateline near the top of a text, read without parsing the whole story (to pick a house style). */
export function findLeadDateline(text: string): Dateline | undefined {
  return findDateline(text, splitLines(text.slice(0, LEAD_LENGTH)));
}

function findDateline(text: string, lines: Line[]): Dateline | undefined {
  const known = readingsOf(text).lead;
  let seen = 0;
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const reading = known[line.number];
    const dateline = reading && sameExtent(reading, line) ? reading.dateline : remember(known, line, readLeadLine(text, line));
    if (dateline && !(seen > 0 && readsAsTableRow(text, dateline))) return dateline;
    // A release line or a directive adds no words above the dateline: adding one must not push the dateline out of reach.
    if (isReleaseOrDirectiveLine(text, line)) continue;
    if (++seen >= DATELINE_SEARCH_LINES) break;
  }
  return findEmbeddedDateline(text, lines);
}

function readLeadLine(text: string, line: Line): Dateline | undefined {
  const found = parseDateline(text, line.contentStart, line.contentEnd, line.number) ?? afterTelexNoise(text, line) ??
    readServiceFirstDateline(text, line.contentStart, line.contentEnd, line.number);
  // Services such as NewMediaWire put the service and the date after the city's dash.
  return found && extendReleaseDateline(text, found);
}

/**
 * Below other lines, a word in capitals and a dash before a figure, with no date or agency, is a table row
 * (`WHEAT - 2,602,000 bushels …` under a heading), not a dateline.
 */
function readsAsTableRow(text: string, dateline: Dateline): boolean {
  if (dateline.date || dateline.agency || !dateline.separator) return false;
  return /^\s*\d/.test(text.slice(dateline.separator.end, dateline.separator.end + 8));
}

// Asterisks a telex left before the city (`****LONDON, March 5 - …`): the dateline is read after them, and
// `dateline/not-first-line` reports them as text before the dateline on its line.
const TELEX_STARS = /^\*{1,8}(?=\p{Lu})/u;

function afterTelexNoise(text: string, line: Line): Dateline | undefined {
  const stars = TELEX_STARS.exec(text.slice(line.contentStart, line.contentStart + 9));
  return stars ? parseDateline(text, line.contentStart + stars[0].length, line.contentEnd, line.number) : undefined;
}

function isReleaseOrDirectiveLine(text: string, line: Line): boolean {
  const content = text.slice(line.contentStart, line.contentEnd);
  return parseDirective(content) !== undefined || readReleaseLine(line, content) !== undefined;
}

const EMBEDDED_SEARCH_LENGTH = 400;

// `auto` reads the lead dateline to pick a style, then parseArticle reads the same lines again: the readings of
// the last text's lines are kept, by line number with the line's extent (a reading depends on nothing else). Arrays
// indexed by line number, emptied by length: a string key made per line, or a Map cleared per text, cost more than
// most readings.
interface Reading {
  contentStart: number;
  contentEnd: number;
  dateline: Dateline | undefined;
}

let rememberedText: string | undefined;
const readings = { lead: [] as (Reading | undefined)[], embedded: [] as (Reading | undefined)[] };

/**
 * Forgets what was kept of the last text (its lines' dateline readings, its firm names). Those memos serve one
 * analysis, where `auto` and the parser read the same lines and the parser and a rule ask for the same names: a new
 * analysis of the same text starts afresh, so that checking an article again costs what checking it first does.
 */
export function forgetLastText(): void {
  rememberedText = undefined;
  forgetFirmNames();
}

function readingsOf(text: string): typeof readings {
  if (text !== rememberedText) {
    rememberedText = text;
    // New empty arrays: setting an array's length is a call into V8's runtime, allocating one is a few instructions.
    readings.lead = [];
    readings.embedded = [];
  }
  return readings;
}

function sameExtent(reading: Reading, line: Line): boolean {
  return reading.contentStart === line.contentStart && reading.contentEnd === line.contentEnd;
}

function remember(known: (Reading | undefined)[], line: Line, dateline: Dateline | undefined): Dateline | undefined {
  known[line.number] = { contentStart: line.contentStart, contentEnd: line.contentEnd, dateline };
  return dateline;
}

function findEmbeddedDateline(text: string, lines: Line[]): Dateline | undefined {
  const known = readingsOf(text).embedded;
  let seen = 0;
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const reading = known[line.number];
    const dateline = reading && sameExtent(reading, line) ? reading.dateline : remember(known, line, readEmbedded(text, line));
    if (dateline) return dateline;
    if (++seen >= DATELINE_SEARCH_LINES) break;
  }
  return undefined;
}

function readEmbedded(text: string, line: Line): Dateline | undefined {
  const head = text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + EMBEDDED_SEARCH_LENGTH));
  return findDatelineInLine(text, head, line.contentStart, line.contentEnd, line.number);
}
