import { TextSpan } from '../article';
import { AboutSection, ContactBlock, Release } from '../release-model';
import { Line, isBlankLine } from './lines';
import { HAS_UPPER, STARTS_LOWER, STARTS_UPPER } from './letter-patterns';

/** An e-mail address. */
const EMAIL_ADDRESS = /[^\s@]+@[^\s@]+\.\p{L}{2,}/u;

// The tail of a release: `About <Company>` boilerplate, media contact blocks and the end mark. Reposts run
// headings into the text (`About Acme.ioAcme.io is…`, `ContactJane Doe`), so a heading may end mid-line.
const END_MARK = /^(?:###|#\s#\s#|-\s?30\s?-|-?ENDS-?\.?)$/i;
// No `i` flag on patterns with \p{Lu}: under `iu` it would match lower-case letters too.
const ABOUT_WORD = '(?:#{1,4}\\s*)?[*_]{0,2}(?:About|ABOUT)\\s+\\[?(?:[Tt]he\\s+)?';
const ABOUT_LINE = new RegExp(`^${ABOUT_WORD}((?:\\p{Lu}|\\p{N}+\\p{L}|\\p{Ll}\\p{Lu})[^\\n]{0,90}?)[*_]{0,2}\\s*:?$`, 'u');
/** `About Acme Acme is…`, `About Acme.ioAcme.io is…`, `About Acme: Acme is…` on one line with the boilerplate. */
const ABOUT_RUN_ON = new RegExp(`^${ABOUT_WORD.replace('(?:[Tt]he\\s+)?', '')}((?:\\p{Lu}|\\p{N}+\\p{L}|\\p{Ll}\\p{Lu})[^\\n:()]{1,60}?)[*_]{0,2}(?::\\s*|[.:]?\\s*(?=\\1))`, 'u');
/** `About Finys, LLCFinys offers…`, `ABOUT MADSCIMadSci is…`: the heading ends where a capitalised word is glued on. */
const ABOUT_JUNCTION = new RegExp(`^${ABOUT_WORD.replace('(?:[Tt]he\\s+)?', '')}((?:\\p{Lu}|\\p{N}+\\p{L})[^\\n:()]{0,60}?[\\p{Lu}.\\d])(?=\\p{Lu}\\p{Ll})`, 'u');
/** `About Beijing Tong Ren TangTong Ren Tang was…`: a name of several words glued to the boilerplate. */
const ABOUT_GLUED = new RegExp(`^${ABOUT_WORD.replace('(?:[Tt]he\\s+)?', '')}((?:\\p{Lu}|\\p{N}+\\p{L})[^\\n:()]{0,60}?\\s[^\\n:()]{0,60}?\\p{Ll})(?=\\p{Lu}\\p{Ll})`, 'u');
const COMPANY_SUFFIX = /\b(?:Inc|Corp|Co|Ltd|Plc|LLC|L\.P|S\.A|N\.V|AG|GmbH)\.?$/i;
const CONTACT_HEADING = /(?:^|\s)(?:for\s+)?(?:(?:media|press|investor|investors|news|pr|company|public\s+relations)(?:\s+(?:and|&)\s+\p{L}+)?\s+)?(?:contacts?|inquiries|enquiries)(?:\s+(?:details|information|info|person))?[*_]{0,2}\s*(?:(:)\s*|\s*$|(?=[^\s:]))/giu;
// Every contact heading holds one of these words: most lines lack them and skip CONTACT_HEADING's scan.
const CONTACT_WORD = /contact|inquiries|enquiries/iu;
const CONTACT_WORDS = /contact|inquiries|enquiries/giu;
const MAX_CONTACT_PREFIX_WORDS = 4;
const MAX_CONTACT_LINES = 15;
const MAX_CONTACT_LINE = 120;
const EMAIL_LIKE = /[^\s<>()[\]"'`,;:]+@[^\s<>()[\]"'`,;:]*/g;
const PHONE_LABELLED = /\b(?:phone|tel|telephone|mobile|cell|office|direct|t|p|m)\b\.?[ \t]*[:.]?[ \t]*(\+?[\d(][\d \t().\-/]{2,30}\d(?:[ \t]*(?:ext\.?|x)[ \t]*\d{1,6})?)/gi;
const PHONE_LIKE = /(?<![\w.@/-])\+?\(?\d[\d().\- ]{5,20}\d(?![\w@/])/g;
const NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

export type ReleaseSections = Pick<Release, 'abouts' | 'contacts' | 'endMark' | 'afterEndMark'>;

/**
 * Finds About sections, contact blocks and the end mark. About sections are looked for only after the lede
 * (`bodyLine`); contact blocks anywhere, since some releases put the contact at the top. `endMarkLine` is the line
 * `findEndMarkLine` found, read once by the caller, which also needs it.
 */
export function readReleaseSections(text: string, lines: Line[], bodyLine: number, endMarkLine: Line | undefined): ReleaseSections {
  const content = lines.filter((line) => !isBlankLine(line));
  // Every field from the start: one added later would give the readers of `sections` a second hidden class.
  const sections: ReleaseSections = { abouts: [], contacts: [], endMark: undefined, afterEndMark: undefined };
  let about: AboutSection | undefined;
  let contact: { block: ContactBlock; lines: number; lastLine: number } | undefined;
  // Where the text's next contact word and `About` stand: a line holding neither, and no end mark, is read no further
  // (most lines of most texts), without a slice and three tests of its own.
  const contactWords = new TriggerScan((from) => {
    CONTACT_WORDS.lastIndex = from;
    return CONTACT_WORDS.exec(text)?.index ?? -1;
  });
  const aboutWords = new TriggerScan((from) => firstOf(text.indexOf('About', from), text.indexOf('ABOUT', from)));
  for (const line of content) {
    const atEnd = line === endMarkLine;
    const mayHead = contactWords.within(line.contentStart, line.contentEnd) || (line.number > bodyLine && aboutWords.within(line.contentStart, line.contentEnd));
    if (!contact && !atEnd && !mayHead) {
      if (about) about.span.end = line.contentEnd;
      continue;
    }
    const words = text.slice(line.contentStart, line.contentEnd);
    if (atEnd) {
      sections.endMark = { text: words, start: line.contentStart, end: line.contentEnd };
      const last = content[content.length - 1];
      if (last !== line) sections.afterEndMark = { start: content[content.indexOf(line) + 1].contentStart, end: last.contentEnd };
      about = contact = undefined;
      continue;
    }
    if (contact && continuesContact(words, line, contact, bodyLine)) {
      contact.block.span.end = line.contentEnd;
      contact.lines++;
      contact.lastLine = line.number;
      continue;
    }
    contact = undefined;
    const heading = findContactHeading(words);
    if (heading) {
      const start = line.contentStart + heading.index + (heading[0].length - heading[0].trimStart().length);
      const headingEnd = line.contentStart + heading.index + heading[0].length;
      const block: ContactBlock = { span: { start, end: line.contentEnd }, heading: span(text, start, trimEnd(text, start, headingEnd)), emails: [], phones: [] };
      sections.contacts.push(block);
      contact = { block, lines: 1, lastLine: line.number };
      about = undefined;
      continue;
    }
    const aboutHeading = line.number > bodyLine ? readAboutHeading(text, line, words) : undefined;
    if (aboutHeading) {
      about = aboutHeading;
      sections.abouts.push(about);
      continue;
    }
    if (about) about.span.end = line.contentEnd;
  }
  if (sections.contacts.length === 0) {
    const headless = headlessContact(text, content, bodyLine, sections.endMark?.start ?? text.length);
    if (headless) sections.contacts.push(headless);
  }
  for (const block of sections.contacts) fillContact(text, block);
  return sections;
}

/**
 * The next place a trigger word stands at or after a line's start, found by `next(from)` (-1 for none) and kept while
 * later lines are asked about: the text is searched once from start to end, however many lines it has.
 */
class TriggerScan {
  private at = -2;

  constructor(private readonly next: (from: number) => number) {}

  /** Whether a trigger word starts in [start, end): lines are asked about in text order. */
  within(start: number, end: number): boolean {
    if (this.at === -1) return false;
    if (this.at < start) this.at = this.next(start);
    return this.at >= 0 && this.at < end;
  }
}

function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** A release's end mark (`###`, `-30-`, `ENDS`): the first line after the lede (`bodyLine`) that is one. */
export function findEndMarkLine(text: string, lines: Line[], bodyLine: number): Line | undefined {
  for (const line of lines) {
    if (line.number > bodyLine && !isBlankLine(line) && line.contentEnd - line.contentStart <= END_MARK_LENGTH &&
      mayOpenEndMark(text.charCodeAt(line.contentStart)) && END_MARK.test(text.slice(line.contentStart, line.contentEnd))) return line;
  }
  return undefined;
}

/** The longest line END_MARK matches (`-ENDS-.`): longer lines are not sliced and tested. */
const END_MARK_LENGTH = 7;

/** Every end mark opens with `#`, `-` or `E`/`e` (`###`, `-30-`, `ENDS`). */
function mayOpenEndMark(code: number): boolean {
  return code === 0x23 || code === 0x2d || (code | 0x20) === 0x65;
}

const MAX_HEADLESS_LINE = 160;
const HEADLESS_LINES = 4;

/**
 * Contact lines with no heading, as some releases end: `Jane Doe, jane@acme.com` or `Dr. Ann Lee (952) 555-0134`.
 * Only short lines among the last few before the end mark count, each with an e-mail address or a phone number.
 */
function headlessContact(text: string, content: Line[], bodyLine: number, end: number): ContactBlock | undefined {
  const tail = content.filter((line) => line.number > bodyLine && line.contentEnd <= end).slice(-HEADLESS_LINES);
  const reachable = tail.filter((line) => {
    const words = text.slice(line.contentStart, line.contentEnd);
    return words.length <= MAX_HEADLESS_LINE && ((words.includes('@') && EMAIL_ADDRESS.test(words)) || phoneDigits(words));
  });
  if (reachable.length === 0) return undefined;
  const start = reachable[0].contentStart;
  return { span: { start, end: reachable[reachable.length - 1].contentEnd }, heading: { text: '', start, end: start }, emails: [], phones: [] };
}

function phoneDigits(words: string): boolean {
  // A number needs seven digits: most lines have fewer in all and need no pattern run.
  if (digitCount(words) < 7) return false;
  return [...words.matchAll(PHONE_LIKE)].some((found) => {
    const digits = found[0].replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  });
}

function digitCount(words: string): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    const code = words.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) count++;
  }
  return count;
}

/** Whether a line is an `About <Company>` heading, alone or run on into the boilerplate. */
export function isAboutHeading(words: string): boolean {
  return mayBeAboutHeading(words) && (aloneHeading(words) !== undefined || runOnHeading(words) !== undefined);
}

/** Every About pattern needs `About` or `ABOUT` (in that case): a cheap test before four regexes. */
function mayBeAboutHeading(words: string): boolean {
  return words.includes('About') || words.includes('ABOUT');
}

/** `About Acme Corp.` on a line of its own: the company's name. */
function aloneHeading(words: string): string | undefined {
  const alone = ABOUT_LINE.exec(words);
  return alone && nameLike(alone[1]) && (!/[.!?]$/.test(alone[1]) || COMPANY_SUFFIX.test(alone[1])) ? alone[1].trim() : undefined;
}

/** `About Acme: Acme is…`, `About Acme.ioAcme.io is…`: the heading's match. */
function runOnHeading(words: string): RegExpExecArray | undefined {
  for (const pattern of [ABOUT_RUN_ON, ABOUT_JUNCTION, ABOUT_GLUED]) {
    const runOn = pattern.exec(words);
    if (runOn && nameLike(runOn[1])) return runOn;
  }
  return undefined;
}

// Words a company or organisation name may hold in lower case (`Bank of America`, `Preferred Employers, a Berkley Company`).
const NAME_MINOR_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'de', 'la', 'du', 'van', 'von', '&', '—', '–', '-']);

/** A name reads capitalised word by word: `About the S80, according to officials` is prose, not a heading. */
function nameLike(name: string): boolean {
  if (/["“”'‘’]$/.test(name)) return false;
  return name.split(/\s+/).every((word) => !STARTS_LOWER.test(word) || NAME_MINOR_WORDS.has(word) || HAS_UPPER.test(word));
}

/** Whether a line opens a contact block (`Media Contact: Jane Doe`). */
export function startsContactBlock(words: string): boolean {
  return findContactHeading(words) !== undefined;
}

/** The first place on a line where a contact heading stands (`Metaverse contact: … Media Contact: …` has it second). */
function findContactHeading(words: string): RegExpExecArray | undefined {
  if (!CONTACT_WORD.test(words)) return undefined;
  for (const heading of words.matchAll(CONTACT_HEADING)) {
    if (isContactHeading(words, heading)) return heading;
  }
  return undefined;
}

/** A contact heading starts the line, or follows a few words (`Waterfall Network Media Contact:`). */
function isContactHeading(words: string, heading: RegExpMatchArray): boolean {
  const index = heading.index ?? 0;
  const before = words.slice(0, index).trim();
  if (before && (before.split(/\s+/).length > MAX_CONTACT_PREFIX_WORDS || /[.!?,;]$/.test(before) || !/^(?:media|press|investor|news|pr)\b/i.test(heading[0].trim()))) return false;
  const rest = words.slice(index + heading[0].length);
  // `Contact us today to learn more.` is a sentence, not a heading: a heading has a colon, ends the line or runs on.
  // A run-on heading is glued to the name (`ContactJane Doe`); `Contact Herman at …` is a sentence.
  return heading[1] === ':' || rest.length === 0 || (STARTS_UPPER.test(rest) && !/\s$/.test(heading[0]));
}

function continuesContact(words: string, line: Line, contact: { lines: number; lastLine: number; block: ContactBlock }, bodyLine: number): boolean {
  if (contact.lines >= MAX_CONTACT_LINES || words.length > MAX_CONTACT_LINE || END_MARK.test(words) || /^(?:#{1,4}\s*)?[*_]{0,2}about\s/i.test(words)) return false;
  // Above the dateline a blank line ends the block: the headline follows.
  if (line.number <= bodyLine && line.number > contact.lastLine + 1) return false;
  const sentence = /[.!?]["”’]?$/.test(words) && !/@|www\.|https?:|\d/.test(words);
  return !sentence && words.split(/\s+/).length <= 12;
}

function readAboutHeading(text: string, line: Line, words: string): AboutSection | undefined {
  if (!mayBeAboutHeading(words)) return undefined;
  const company = aloneHeading(words);
  if (company) return { span: { start: line.contentStart, end: line.contentEnd }, heading: span(text, line.contentStart, line.contentEnd), company };
  const runOn = runOnHeading(words);
  if (!runOn) return undefined;
  const headingEnd = line.contentStart + runOn[0].length;
  return { span: { start: line.contentStart, end: line.contentEnd }, heading: span(text, line.contentStart, trimEnd(text, line.contentStart, headingEnd)), company: runOn[1].trim() };
}

function fillContact(text: string, block: ContactBlock): void {
  const body = text.slice(block.heading.end, block.span.end);
  const base = block.heading.end;
  for (const found of body.matchAll(EMAIL_LIKE)) {
    const address = found[0].replace(/[.)]+$/, '');
    block.emails.push({ text: address, start: base + found.index, end: base + found.index + address.length });
  }
  const phoneStarts = new Set<number>();
  for (const found of body.matchAll(PHONE_LABELLED)) {
    const start = base + found.index + found[0].lastIndexOf(found[1]);
    phoneStarts.add(start);
    block.phones.push({ text: found[1].trim(), start, end: start + found[1].trim().length });
  }
  for (const found of body.matchAll(PHONE_LIKE)) {
    const start = base + found.index;
    const digits = found[0].replace(/\D/g, '').length;
    if (phoneStarts.has(start) || digits < 7 || digits > 15 || insideEmail(block, start)) continue;
    if ([...phoneStarts].some((known) => start >= known && start < known + 30)) continue;
    block.phones.push({ text: found[0], start, end: start + found[0].length });
  }
  block.phones.sort((a, b) => a.start - b.start);
  block.name = findName(text, block);
}

function insideEmail(block: ContactBlock, offset: number): boolean {
  return block.emails.some((email) => offset >= email.start && offset < email.end);
}

/** The first line of the block (or the heading's own line after the colon) that is a person's name. */
function findName(text: string, block: ContactBlock): TextSpan | undefined {
  for (const piece of text.slice(block.heading.end, block.span.end).matchAll(/[^\r\n,|•·]+/g)) {
    const trimmed = piece[0].trim().replace(/:$/, '');
    const at = block.heading.end + piece.index + piece[0].indexOf(trimmed);
    if (trimmed && NAME.test(trimmed) && !/\d|@/.test(trimmed)) return { text: trimmed, start: at, end: at + trimmed.length };
  }
  return undefined;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s]/.test(text.charAt(end - 1))) end--;
  return end;
}

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}
