import { Article, Person } from '../article';
import { Report } from '../finding';
import { namesWrittenAsFirms } from '../parse/firm-evidence';
import { foldName } from '../parse/tokens';
import { inRepostFooter, isAttributive, isEvidentlyPerson } from './people-evidence';
import { Rule } from './rule';

export const peopleRepeatedIntroduction: Rule = {
  id: 'people/repeated-introduction',
  description: 'A person introduced by full name is named in full again later, where the surname would do.',
  defaultSeverity: 'info',
  check({ article, style }) {
    const reports: Report[] = [];
    const honorific = honorificPattern(style.honorifics ?? []);
    const firms = namesWrittenAsFirms(article.text);
    const storyStarts = laterStoryStarts(article.text, article.dateline?.span.end ?? 0);
    for (const person of article.people) {
      // One person with a one-word name has nothing shorter to be called.
      if (person.surname === person.fullName || !isEvidentlyPerson(person)) continue;
      // Two people of one surname (`Bobby Brock's son, Justin Brock`) need their full names to be told apart.
      if (article.people.some((other) => other.id !== person.id && other.surname === person.surname)) continue;
      // `Dudley Taft` beside `Taft Broadcasting`: the full name tells the man from the firm that bears his name.
      const surnameFirm = `${foldName(person.surname)} `;
      if ([...firms].some((firm) => firm.startsWith(surnameFirm))) continue;
      const introduced = storyIntroductionEnd(article, person);
      for (const mention of person.mentions) {
        if (mention.kind !== 'full-name' || mention.span.start < introduced) continue;
        // A digest of several stories introduces the person again in each: only a repeat within one story counts.
        if (storyStarts.length && !namedInFullBefore(person, mention.span.start, storyStartBefore(storyStarts, mention.span.start))) continue;
        // Someone quoted may name a person in full; that is their wording, not the writer's.
        if (article.quotes.some((quote) => quote.span.start <= mention.span.start && mention.span.end <= quote.span.end)) continue;
        if (inReleaseBoilerplate(article, mention.span) || isListItem(article.text, mention.span.start) || inRepostFooter(article.text, mention.span) || isCredit(article.text, mention.span) || isAttributive(article.text, mention.span)) continue;
        if (honorific && honorific.test(article.text.slice(Math.max(0, mention.span.start - 40), mention.span.end))) continue;
        reports.push({
          span: mention.span,
          message: `${person.fullName} is already introduced: later references use the surname, \`${person.surname}\`.`,
        });
      }
    }
    return reports;
  },
};

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
    if (STORY_SLUG.test(text.slice(line, line + 120))) starts.push(line);
  }
  return starts;
}

function storyStartBefore(starts: number[], offset: number): number {
  let start = 0;
  for (const candidate of starts) if (candidate <= offset) start = candidate;
  return start;
}

function namedInFullBefore(person: Person, offset: number, from: number): boolean {
  return person.mentions.some((mention) => (mention.kind === 'full-name' || mention.kind === 'introduction') && mention.span.start >= from && mention.span.start < offset);
}

/** A release's About section, its contacts and whatever follows its end mark stand apart from the story. */
function inReleaseBoilerplate(article: Article, span: { start: number; end: number }): boolean {
  const release = article.release;
  if (!release) return false;
  if (release.endMark && span.start >= release.endMark.start) return true;
  return [...release.abouts, ...release.contacts].some((section) => section.span.start <= span.start && span.end <= section.span.end);
}

/** `* Hannah Jensen, Whistler Ski Club`: a roster or bullet list names each entry in full. */
function isListItem(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*(?:[*•·–-]|\d{1,3}[.)])\s/.test(text.slice(lineStart, lineStart + 8));
}

/** `By Carol Smith.`, `(Rebecca Cooney/New York Times Photo)`: a byline or a photo credit, not a reference. */
function isCredit(text: string, span: { start: number; end: number }): boolean {
  return text.slice(Math.max(0, span.start - 3), span.start) === 'By ' || text[span.end] === '/';
}

/** Matches a mention's text (with a little before it) that starts with one of the style's honorifics. */
function honorificPattern(honorifics: string[]): RegExp | undefined {
  if (honorifics.length === 0) return undefined;
  const words = honorifics.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\b(?:${words})\\s+[^\\s]+(?:\\s+[^\\s]+){0,3}$`);
}
