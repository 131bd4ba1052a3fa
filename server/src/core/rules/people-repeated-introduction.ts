import { Article, Person, Span } from '../article';
import { firstEndingAfter } from '../span-search';
import { Report } from '../finding';
import { namesWrittenAsFirms } from '../parse/firm-evidence';
import { lineFeedStartAt, lineFeedStarts } from '../parse/lines';
import { foldName } from '../parse/tokens';
import { inRepostFooter, isAttributive, isEvidentlyPerson } from './people-evidence';
import { Rule } from './rule';

export const peopleRepeatedIntroduction: Rule = {
  id: 'people/repeated-introduction',
  description: 'A person introduced by full name is named in full again later, where the surname would do.',
  defaultSeverity: 'info',
  check({ article, style }) {
    const reports: Report[] = [];
    const honorific = cachedHonorificPattern(style.honorifics ?? []);
    // Read once and only when a person gets that far: a count per surname, the firm-name prefixes, the story starts.
    let surnameCounts: Map<string, number> | undefined;
    let firmPrefixes: Set<string> | undefined;
    let storyStarts: number[] | undefined;
    let feedStarts: number[] | undefined;
    for (const person of article.people) {
      // One person with a one-word name has nothing shorter to be called.
      if (person.surname === person.fullName || !isEvidentlyPerson(person)) continue;
      // Two people of one surname (`Bobby Brock's son, Justin Brock`) need their full names to be told apart.
      if (((surnameCounts ??= countSurnames(article.people)).get(person.surname) ?? 0) > 1) continue;
      const introduced = storyIntroductionEnd(article, person);
      // Most people are never named in full after their introduction: nothing below to read for them.
      if (!namedInFullFrom(person, introduced)) continue;
      let fullStarts: number[] | undefined;
      // Each test below only turns a mention away: the cheap ones run first, the passes over the whole text last.
      for (const mention of person.mentions) {
        if (mention.kind !== 'full-name' || mention.span.start < introduced) continue;
        // Someone quoted may name a person in full; that is their wording, not the writer's.
        if (insideQuote(article, mention.span)) continue;
        if (isCredit(article.text, mention.span) || isAttributive(article.text, mention.span) || inReleaseBoilerplate(article, mention.span)) continue;
        if (honorific && honorific.test(article.text.slice(Math.max(0, mention.span.start - 40), mention.span.end))) continue;
        if (inRepostFooter(article.text, mention.span) || isListItem(article.text, (feedStarts ??= lineFeedStarts(article.text)), mention.span.start)) continue;
        // A digest of several stories introduces the person again in each: only a repeat within one story counts.
        storyStarts ??= laterStoryStarts(article.text, article.dateline?.span.end ?? 0);
        if (storyStarts.length && !namedInFullBefore((fullStarts ??= fullNamingStarts(person)), mention.span.start, storyStartBefore(storyStarts, mention.span.start))) continue;
        // `Dudley Taft` beside `Taft Broadcasting`: the full name tells the man from the firm that bears his name. Read
        // last, for a mention that would be reported: the firm names are a pass over the whole text.
        firmPrefixes ??= wordPrefixes(namesWrittenAsFirms(article.text));
        if (firmPrefixes.has(`${foldName(person.surname)} `)) continue;
        reports.push({
          span: mention.span,
          message: `${person.fullName} is already introduced: later references use the surname, \`${person.surname}\`.`,
        });
      }
    }
    return reports;
  },
};

/** Whether a mention names the person in full at or after `from`: the only mentions this rule reports. */
function namedInFullFrom(person: Person, from: number): boolean {
  for (const mention of person.mentions) if (mention.kind === 'full-name' && mention.span.start >= from) return true;
  return false;
}

/** Where the person is named in full (introduced or not), ascending. */
function fullNamingStarts(person: Person): number[] {
  return person.mentions.filter((mention) => mention.kind === 'full-name' || mention.kind === 'introduction')
    .map((mention) => mention.span.start).sort((a, b) => a - b);
}

function countSurnames(people: Person[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(person.surname, (counts.get(person.surname) ?? 0) + 1);
  return counts;
}

/** Every run of leading words of each name, with the space after it: `taft ` and `taft broadcasting ` for a firm. */
function wordPrefixes(names: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const name of names) {
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) prefixes.add(name.slice(0, space + 1));
  }
  return prefixes;
}

/** Quotes are in text order and never overlap: a binary search, not a scan per mention. */
function insideQuote(article: Article, span: Span): boolean {
  const index = firstEndingAfter(article.quotes, span.start);
  return index >= 0 && article.quotes[index].span.start <= span.start && span.end <= article.quotes[index].span.end;
}

/**
 * Where the person is introduced in the story proper. A headline above the dateline (`Acme Appoints Jane Doe`)
 * is not the introduction: the story names her in full again after the dateline, as it should.
 */
function storyIntroductionEnd(article: Article, person: Person): number {
  const storyStart = article.dateline?.span.start ?? 0;
  if (person.introduction.start >= storyStart) return person.introduction.end;
  const first = person.mentions.find((mention) => mention.kind !== 'pronoun' && mention.span.start >= storyStart);
  return first && first.kind === 'full-name' ? first.span.end : person.introduction.end;
}

// A story slug or dateline opening a later line of a digest: `(NYT40) SAN JOSE, Calif. -- Oct. 20`, `GORE-TEXAS _ Fifth…`.
const STORY_SLUG = /^[ \t]*(?:\(NYT\d{1,3}\)[ \t]*)?[A-Z][A-Z0-9.'&/-]*(?:[ \t][A-Z][A-Z0-9.'&/-]*){0,5}(?:,[ \t][A-Z][a-z.]{1,12})?[ \t](?:--|_)[ \t]/;

/** Where later stories of a digest begin: lines after the dateline that open with a slug or a dateline of their own. */
function laterStoryStarts(text: string, after: number): number[] {
  const starts: number[] = [];
  for (let line = text.indexOf('\n', after) + 1; line > 0 && line < text.length; line = text.indexOf('\n', line) + 1) {
    if (mayOpenSlug(text, line) && STORY_SLUG.test(text.slice(line, line + 120))) starts.push(line);
  }
  return starts;
}

/**
 * A slug opens, after blanks, with `(` or a capital letter followed by another slug character, a blank or a comma:
 * prose lines (`The`, `Officials`) are turned away without a slice and a pattern.
 */
function mayOpenSlug(text: string, line: number): boolean {
  let at = line;
  while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
  const first = text.charCodeAt(at);
  if (first === 0x28) return true;
  if (first < 0x41 || first > 0x5a) return false;
  const second = text.charCodeAt(at + 1);
  return !(second >= 0x61 && second <= 0x7a);
}

/** The last start at or before `offset`, or 0 (starts ascend). */
function storyStartBefore(starts: number[], offset: number): number {
  const index = lastAtOrBefore(starts, offset);
  return index >= 0 ? starts[index] : 0;
}

/** Whether a full naming (`starts`, ascending) stands in `[from, offset)`. */
function namedInFullBefore(starts: number[], offset: number, from: number): boolean {
  const index = lastAtOrBefore(starts, offset - 1);
  return index >= 0 && starts[index] >= from;
}

function lastAtOrBefore(sorted: number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** A release's About section, its contacts and whatever follows its end mark stand apart from the story. */
function inReleaseBoilerplate(article: Article, span: { start: number; end: number }): boolean {
  const release = article.release;
  if (!release) return false;
  if (release.endMark && span.start >= release.endMark.start) return true;
  return [...release.abouts, ...release.contacts].some((section) => section.span.start <= span.start && span.end <= section.span.end);
}

/** `* Hannah Jensen, Whistler Ski Club`: a roster or bullet list names each entry in full. */
function isListItem(text: string, feedStarts: number[], offset: number): boolean {
  const lineStart = lineFeedStartAt(feedStarts, offset - 1);
  return /^\s*(?:[*•·–-]|\d{1,3}[.)])\s/.test(text.slice(lineStart, lineStart + 8));
}

/** `By Carol Smith.`, `(Rebecca Cooney/New York Times Photo)`: a byline or a photo credit, not a reference. */
function isCredit(text: string, span: { start: number; end: number }): boolean {
  return text.slice(Math.max(0, span.start - 3), span.start) === 'By ' || text[span.end] === '/';
}

const honorificPatterns = new WeakMap<string[], RegExp>();

/** The style's honorific pattern, built once per list. */
function cachedHonorificPattern(honorifics: string[]): RegExp | undefined {
  if (honorifics.length === 0) return undefined;
  let pattern = honorificPatterns.get(honorifics);
  if (!pattern) honorificPatterns.set(honorifics, (pattern = honorificPattern(honorifics)));
  return pattern;
}

/** Matches a mention's text (with a little before it) that starts with one of the style's honorifics. */
function honorificPattern(honorifics: string[]): RegExp {
  const words = honorifics.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\b(?:${words})\\s+[^\\s]+(?:\\s+[^\\s]+){0,3}$`);
}
