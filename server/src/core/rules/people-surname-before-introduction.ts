import { Article } from '../article';
import { Report } from '../finding';
import { isAttributive, isEvidentlyPerson, isNamedInFull, namesAFirm } from './people-evidence';
import { Rule } from './rule';

export const peopleSurnameBeforeIntroduction: Rule = {
  id: 'people/surname-before-introduction',
  description: 'A person is called by surname before the story introduces them by full name (and title).',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    let speakers: SpeakerSpans | undefined;
    const speaksAt = (offset: number) => (speakers ??= new SpeakerSpans(article)).holds(offset);
    for (const person of article.people) {
      if (!isEvidentlyPerson(person) || !isNamedInFull(person)) continue;
      // A headline above the dateline may use the surname alone; the story proper starts at the dateline.
      const storyStart = article.dateline?.span.end ?? 0;
      const early = person.mentions.find((mention) =>
        (mention.kind === 'surname' || mention.kind === 'title-surname') && mention.span.end <= person.introduction.start &&
        mention.span.start >= storyStart && !namesAFirm(article.text, mention.span) && !isAttributive(article.text, mention.span) &&
        (mention.kind === 'title-surname' || speaksAt(mention.span.start)) && !speaksAsFirm(article.text, mention.span) &&
        !needsNoGivenName(article.text, mention.span) && !introducedRightAfter(article.text, mention.span, person.introduction.start));
      if (!early) continue;
      reports.push({
        span: early.span,
        message: `\`${article.text.slice(early.span.start, early.span.end)}\` comes before ${person.fullName} is introduced: introduce a person by full name${person.title ? ' and title' : ''} at first mention.`,
      });
    }
    return reports;
  },
};

/**
 * Where statements' speakers are named (`Xi said …`). A bare surname that speaks before the introduction is the
 * slip this rule is for; one in passing (`names like Topolos and Fetzer`) is too often a firm or a place the name
 * finder took for a person. Spans sorted by start with the furthest end so far: a binary search per mention, not
 * a scan of every statement.
 */
class SpeakerSpans {
  private readonly starts: number[] = [];
  private readonly furthestEnds: number[] = [];

  constructor(article: Article) {
    const spans = article.statements.flatMap((statement) => (statement.speakerSpan ? [statement.speakerSpan] : []))
      .sort((a, b) => a.start - b.start);
    let furthest = -1;
    for (const span of spans) {
      furthest = Math.max(furthest, span.end);
      this.starts.push(span.start);
      this.furthestEnds.push(furthest);
    }
  }

  /** Whether some speaker span holds `offset` (start ≤ offset < end). */
  holds(offset: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.furthestEnds[low - 1] > offset;
  }
}

/** `Taft said it would negotiate`, `Viner said its brokerage …`: the speaker is the firm that bears the name. */
function speaksAsFirm(text: string, span: { start: number; end: number }): boolean {
  return /^\s+(?:\w+\s+){0,3}?(?:said|says|added|announced|reported)\s+(?:\w+\s+){0,3}?(?:it|its)\b/i.test(text.slice(span.end, span.end + 60));
}

// Offices whose holder needs no given name at first reference (AP: "the first name of a current or former U.S.
// president is not necessary on first reference"): `President Reagan`, `Pope Francis`.
const SURNAME_ENOUGH = /^(?:(?:former|then|late)\s+)?(?:President|Pope)\s/i;

function needsNoGivenName(text: string, span: { start: number; end: number }): boolean {
  return SURNAME_ENOUGH.test(text.slice(span.start, span.end));
}

/**
 * `Saur said Klaus Saur, president and owner of the company, …`: the full name follows in the same sentence, so
 * the bare surname before it is the firm that bears it, or a slip the introduction right after already mends.
 */
function introducedRightAfter(text: string, span: { start: number; end: number }, introduction: number): boolean {
  return introduction - span.end < 120 && !/[.!?]\s/.test(text.slice(span.end, introduction));
}
