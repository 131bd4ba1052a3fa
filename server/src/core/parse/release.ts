import { Dateline, Paragraph, Terminator } from '../article';
import { Release } from '../release-model';
import { afterDirectiveLines } from './directive';
import { Line, isBlankLine } from './lines';
import { ReleaseHead, mayOpenReleaseLine, readReleaseLine } from './release-head';
import { findEndMarkLine, isAboutHeading, readReleaseSections, startsContactBlock } from './release-sections';

// Distribution services put their name in a release's dateline; news agencies do not count.
const DISTRIBUTION_SERVICE = /wire|press\s*release|pr\s*web|news\s*direct|media\s*outreach|newsfile|pr\s*karma|presswire|cision|\bcnw\b/i;
/** End marks of a release, as opposed to agency sign-offs (`Enditem`, `Reuter`). */
const RELEASE_END_MARK = /^(?:###|#\s#\s#|-\s?30\s?-|-?ENDS-?\.?)$/i;

export function isDistributionService(agency: string): boolean {
  return DISTRIBUTION_SERVICE.test(agency);
}

const RELEASE_LINE_START = /^\s*[*_]{0,2}(?:for\s+immediate\s+release|embargoed|under\s+embargo|hold\s+for\s+release)\b/i;
const RELEASE_END = /(?:^|\n)\s*(?:###|#\s#\s#|-\s?30\s?-)\s*$/;
const HASH_END_MARK = /^(?:###|# # #)$/;

/**
 * Whether a text reads as a press release without parsing it (for `auto`): it opens with a release line, ends
 * with a release end mark, has a year in its dateline (news agencies date without one), or has a line that
 * is an `About <Company>` or a media contact heading.
 */
export function looksLikeRelease(text: string, dateline: Dateline | undefined): boolean {
  const top = afterDirectiveLines(text);
  if (RELEASE_LINE_START.test(text.slice(top, top + 200)) || RELEASE_END.test(text.slice(-200)) || dateline?.date?.year !== undefined) return true;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const words = line.trim();
    // `###` is a release's end mark wherever it stands: boilerplate often follows it.
    if (words && words.length < 300 && (isAboutHeading(words) || startsContactBlock(words) || HASH_END_MARK.test(words))) return true;
  }
  return false;
}

export interface ReleaseInput {
  text: string;
  lines: Line[];
  head: ReleaseHead;
  dateline?: Dateline;
  paragraphs: Paragraph[];
  terminator?: Terminator;
}

/**
 * The release anatomy of an article, or undefined when nothing marks the text as a press release: a release
 * line, a markdown headline, a distribution service in the dateline, a release end mark, or a headline
 * above the dateline together with an About section or a contact block.
 */
export function readRelease(input: ReleaseInput): Release | undefined {
  const { text, lines, head, dateline, paragraphs } = input;
  const bodyLine = dateline?.line ?? lineOf(lines, head.end);
  const signedOff = input.terminator && RELEASE_END_MARK.test(input.terminator.text) ? { ...input.terminator.span, text: input.terminator.text } : undefined;
  const releaseLine = head.releaseLine ?? releaseLineNearTop(text, lines);
  const markedOutsideSections = releaseLine !== undefined || head.headline?.markdown === true ||
    (dateline?.agency !== undefined && isDistributionService(dateline.agency.text)) || signedOff !== undefined;
  const headedStory = head.headline !== undefined && dateline !== undefined;
  // Its sections mark a story as a release only by an end mark, or under a headline above a dateline by an About
  // section or a contact block: most stories are turned away by a look at their lines' first characters.
  const endMarkLine = findEndMarkLine(text, lines, bodyLine);
  if (!markedOutsideSections && !headedStory && !endMarkLine) return undefined;
  const sections = readReleaseSections(text, lines, bodyLine, endMarkLine);
  const endMark = sections.endMark ?? signedOff;
  const marked = markedOutsideSections || endMark !== undefined || (headedStory && (sections.abouts.length > 0 || sections.contacts.length > 0));
  if (!marked) return undefined;
  const firstSentence = paragraphs.find((paragraph) => paragraph.sentences.length > 0)?.sentences[0];
  return {
    releaseLine,
    headline: head.headline,
    subheadline: head.subheadline,
    lede: firstSentence && { ...firstSentence.span },
    abouts: sections.abouts,
    contacts: sections.contacts,
    endMark,
    afterEndMark: sections.endMark ? sections.afterEndMark : undefined,
  };
}

/** How far down a release line is looked for when it is not in the head (under highlights, say). */
const RELEASE_LINE_SEARCH_LINES = 15;

function releaseLineNearTop(text: string, lines: Line[]): Release['releaseLine'] {
  let seen = 0;
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    if (++seen > RELEASE_LINE_SEARCH_LINES) break;
    const found = mayOpenReleaseLine(text, line.contentStart) ? readReleaseLine(line, text.slice(line.contentStart, line.contentEnd)) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The number of the line an offset is on (the last line starting at or before it). */
function lineOf(lines: Line[], offset: number): number {
  let number = -1;
  for (const line of lines) {
    if (line.start > offset) break;
    number = line.number;
  }
  return number;
}
