import { TextSpan } from '../article';
import { ReleaseHeadline, ReleaseLine } from '../release-model';
import { parseEmbargoTime } from './embargo';
import { Line, isBlankLine } from './lines';
import { startsContactBlock } from './release-sections';

// The lines above a release's dateline: a release line, a headline and perhaps a subheadline. Reposted
// releases carry the headline as a markdown heading (`# Headline`) and may have image or wire-tag lines.
const IMMEDIATE = /^[*_]{0,2}for\s+immediate\s+release\b[*_]{0,2}[.:]?/i;
const EMBARGO = /^[*_]{0,2}(?:embargoed|under\s+embargo|hold\s+for\s+release)(?:\s+(?:until|till|to|for|before))?\s*[:\-–—]?\s*/i;
const MARKDOWN_HEADING = /^(#{1,3})\s+(?=\S)/;
/** Lines that carry no words of the release: images, links alone, `--News Direct--`. */
const NOISE_LINE = /^(?:!?\[[^\]]*\]\([^)]*\)\s*)+$|^--[\p{L}\d .-]{2,40}--$/u;
const UNFINISHED = /(?:\s(?:and|or|of|the|to|for|in|on|with|a|an|&)|[,:–—-])$/i;
/** A date or a byline on its own line above the dateline is not a subheadline. */
const DATE_OR_BYLINE = /^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4}|\d{4}-\d{2}-\d{2}|By\s+\p{Lu}.{0,60})$/u;
/** A headline is one line of a few words, not a paragraph. */
const MAX_HEADLINE_LINE = 300;
/** Without a dateline, only this many lines at the top are read as the head. */
const MAX_HEAD_LINES = 6;

export interface ReleaseHead {
  releaseLine?: ReleaseLine;
  headline?: ReleaseHeadline;
  subheadline?: TextSpan;
  /** Where the body may start: the end of the head's last line, or 0 when there is no head. */
  end: number;
}

/**
 * Reads the head of a release from the lines before `stop` (the dateline's line), or, when there is no
 * dateline, from the top lines when they start with a release line or a markdown headline.
 */
export function readReleaseHead(text: string, lines: Line[], datelineLine: number | undefined): ReleaseHead {
  // Every field from the start, in one order: fields added as lines are read gave heads many hidden classes.
  const head: ReleaseHead = { releaseLine: undefined, headline: undefined, subheadline: undefined, end: 0 };
  let seen = 0;
  let inContact = false;
  for (const line of lines) {
    if (datelineLine !== undefined ? line.number >= datelineLine : seen >= MAX_HEAD_LINES) break;
    if (isBlankLine(line)) {
      inContact = false;
      continue;
    }
    seen++;
    const content = text.slice(line.contentStart, line.contentEnd);
    // A contact block at the top (`Media Contact: …` down to a blank line) is read with the other contacts.
    if (inContact || startsContactBlock(content)) {
      inContact = true;
      continue;
    }
    if (!readLine(text, line, content, head, datelineLine !== undefined)) break;
    head.end = line.contentEnd;
  }
  return head;
}

/** Takes one head line into `head`; false when the line is no part of a head (the body has begun). */
function readLine(text: string, line: Line, content: string, head: ReleaseHead, beforeDateline: boolean): boolean {
  // Usually first, but some releases put it under the headline (`# Headline` / `Embargoed until …`).
  if (!head.releaseLine) {
    const releaseLine = readReleaseLine(line, content);
    if (releaseLine) {
      head.releaseLine = releaseLine;
      return true;
    }
  }
  if (NOISE_LINE.test(content) || (head.headline && DATE_OR_BYLINE.test(content))) return beforeDateline || head.headline !== undefined || head.releaseLine !== undefined;
  if (content.length > MAX_HEADLINE_LINE) return beforeDateline;
  const heading = MARKDOWN_HEADING.exec(content);
  if (!beforeDateline && !heading && !head.releaseLine && !head.headline) return false;
  if (!beforeDateline && head.headline && !heading) return false;
  const start = line.contentStart + (heading ? heading[0].length : 0);
  const words = trimDecoration(text, start, line.contentEnd);
  if (!words) return true;
  if (!head.headline) head.headline = { ...words, markdown: heading !== null };
  // A headline broken after `and`, `of` or a comma goes on in the next line (`# Acme Group and` / `Beta Partner…`).
  else if (!head.subheadline && !heading && UNFINISHED.test(head.headline.text)) head.headline = { ...head.headline, text: text.slice(head.headline.start, words.end), end: words.end };
  else if (!head.subheadline) head.subheadline = words;
  return true;
}

export function readReleaseLine(line: Line, content: string): ReleaseLine | undefined {
  if (!mayOpenReleaseLine(content, 0)) return undefined;
  const span = { start: line.contentStart, end: line.contentEnd };
  if (IMMEDIATE.test(content)) return { span, kind: 'immediate' };
  const embargo = EMBARGO.exec(content);
  if (!embargo) return undefined;
  const rest = content.slice(embargo[0].length).replace(/[*_]+$/, '').trimEnd();
  const start = line.contentStart + embargo[0].length;
  return { span, kind: 'embargo', embargo: { text: { text: rest, start, end: start + rest.length }, time: parseEmbargoTime(rest) } };
}

/**
 * Whether the text at `start` may be a release line: after at most two `*` or `_`, each opens with `for`, `embargoed`,
 * `under` or `hold`. One letter turns the other lines of a story away before two patterns are tried.
 */
export function mayOpenReleaseLine(text: string, start: number): boolean {
  let at = start;
  while (at < start + 2 && (text.charCodeAt(at) === 0x2a || text.charCodeAt(at) === 0x5f)) at++;
  const letter = text.charCodeAt(at) | 0x20;
  return letter === 0x66 || letter === 0x65 || letter === 0x75 || letter === 0x68;
}

/** The words of a line without markdown emphasis around them (`**Headline**`). */
function trimDecoration(text: string, start: number, end: number): TextSpan | undefined {
  const raw = text.slice(start, end);
  const leading = /^[*_]{0,2}\s*/.exec(raw)![0].length;
  const trailing = /\s*[*_]{0,2}$/.exec(raw.slice(leading))![0].length;
  const words = raw.slice(leading, raw.length - trailing);
  if (!words.trim()) return undefined;
  return { text: words, start: start + leading, end: start + leading + words.length };
}
