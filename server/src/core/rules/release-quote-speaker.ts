import { Article, Person, Quote, Span, Statement } from '../article';
import { Report } from '../finding';
import { speakerName } from '../speaker';
import { Rule } from './rule';
import { releaseOf } from './release-shape';

/** Shorter quotations are scare quotes or product names, not a person's words. */
const MIN_QUOTE_WORDS = 6;
// After a name, a title runs as an apposition: `Jane Doe, chief executive officer of Acme`.
// Or with `as`: `the appointment of Brad Miller as President of CoreAI`.
const APPOSITION = /^(?:,\s+|\s+as\s+)(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+)?[“"]?([^,;:"“”]{2,100})/u;
/** A speaker the people engine did not take for a person but that reads as one: `Jun Li`, `Dr. Ana Ruiz`. */
const NAME_LIKE = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|den|ten|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const TITLE_WORDS = /\b(?:officer|president|director|founder|co-founder|chief|ceo|cfo|cto|coo|cmo|cio|head|manager|chair|chairman|chairwoman|chairperson|partner|principal|vice|vp|svp|evp|lead|leader|executive|dean|professor|secretary|minister|spokesperson|spokesman|spokeswoman|owner|analyst|editor|counsel|general|governor|mayor|senator|representative|researcher|scientist|engineer|physician|founding|treasurer|superintendent|commissioner|administrator|coordinator|specialist|consultant|advisor|adviser|strategist|architect|member|trustee|ambassador|attorney|lawyer|author|creator|designer|producer)\b/i;

export const releaseQuoteSpeaker: Rule = {
  id: 'release/quote-speaker',
  description: 'A quotation in a release is not given to a named person with a title at first reference (`said Jane Doe, chief executive officer of Acme`).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    if (!style.release) return [];
    const release = releaseOf(article);
    const closing = [...release.abouts, ...release.contacts].map((section) => section.span);
    const reports: Report[] = [];
    const named = new Set<number>();
    for (const quote of article.quotes) {
      if (!readsAsSpeech(article.text, quote) || closing.some((span) => inside(span, quote.span.start))) continue;
      if (release.endMark && quote.span.start > release.endMark.start) continue;
      const report = judgeQuote(article, quote, named);
      if (report) reports.push(report);
    }
    return reports;
  },
};

function judgeQuote(article: Article, quote: Quote, reported: Set<number>): Report | undefined {
  const statement = attributionOf(article, quote);
  const span = { start: quote.span.start, end: Math.min(quote.span.end, quote.span.start + 1) };
  if (!statement) return { span, message: 'This quotation has no speaker: attribute it (`said Jane Doe, chief executive officer of Acme`).' };
  const speaker = statement.speaker;
  if (speaker.kind !== 'person') {
    const name = speakerName(article, speaker).replace(/ \(unresolved\)$/, '');
    if (namedWithTitleBefore(article.text, statement)) return undefined;
    if (speaker.kind === 'source' && /\p{Lu}/u.test(name) && statement.speakerSpan) {
      // `Krista, Owner/Operator at Bar Ella`, `coalition Co-Chair Kevin Conway`: named and titled.
      if (titledAt(article.text, statement.speakerSpan) || (TITLE_WORDS.test(name) && /\p{Lu}\p{Ll}+\s+\p{Ll}*\p{Lu}/u.test(name))) return undefined;
      const introduced = earlierFullName(article.text, name, statement.span.start);
      if (introduced) return titledAt(article.text, introduced) ? undefined : { span: introduced, message: untitled(article.text.slice(introduced.start, introduced.end)) };
      if (NAME_LIKE.test(name)) return { span: statement.speakerSpan, message: untitled(name) };
    }
    return { span, message: `This quotation is given to \`${name}\`, not to a named person: quote someone by name and title.` };
  }
  const person = article.people[speaker.person];
  if (!person || hasTitle(article.text, person) || (statement.speakerSpan && titledAt(article.text, statement.speakerSpan)) || reported.has(person.id)) return undefined;
  reported.add(person.id);
  return { span: person.introduction, message: untitled(person.fullName) };
}

/** `Robert McDermott, President and CEO of iCoreConnect, commented`: a name and its title just before the verb. */
function namedWithTitleBefore(text: string, statement: Statement): boolean {
  if (statement.verb.start < statement.span.start || statement.verb.start > statement.span.end) return false;
  const before = text.slice(Math.max(statement.span.start, statement.verb.start - 200), statement.verb.start);
  const found = NAME_THEN_TITLE.exec(before);
  return found !== null && TITLE_WORDS.test(found[2]);
}

const NAME_THEN_TITLE = /(?:^|[.”"’]\s+|,\s+)((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^,”"]{2,120}),?\s*$/u;

/** A surname alone as the speaker (`Bhalla said`): where the full name (`Raj Bhalla`) first stands before it. */
function earlierFullName(text: string, surname: string, before: number): Span | undefined {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return undefined;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.\\s+)?\\p{Lu}[\\p{L}'’.-]+\\s+${escaped}(?![\\p{L}])`, 'u').exec(text.slice(0, before));
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}

function untitled(name: string): string {
  return `${name} is quoted without a title at first reference: write \`${name}, <title> of <company>\` or \`<Title> ${name}\`.`;
}

/**
 * The statement a quotation belongs to: one in its own sentence, else the nearest one in its paragraph (a
 * quotation runs on after `said Jane Doe.`), else a direct one closing the paragraph before (a continued quote).
 */
function attributionOf(article: Article, quote: Quote): Statement | undefined {
  const own = article.statements.find((candidate) => candidate.span.start < quote.span.end && candidate.span.end > quote.span.start);
  if (own) return own;
  const inParagraph = article.statements.filter((candidate) => candidate.paragraph === quote.paragraph);
  const before = inParagraph.filter((candidate) => candidate.span.end <= quote.span.start).pop();
  if (before ?? inParagraph[0]) return before ?? inParagraph[0];
  const previous = article.statements.filter((candidate) => candidate.paragraph === quote.paragraph - 1).pop();
  return previous?.direct ? previous : undefined;
}

/** A title before the name (`CEO Jane Doe`) as the people engine reads it, or one next to the first full name. */
function hasTitle(text: string, person: Person): boolean {
  if (person.title) return true;
  const firstFullName = person.mentions.find((mention) => mention.kind === 'introduction' || mention.kind === 'full-name')?.span ?? person.introduction;
  return titledAt(text, firstFullName);
}

/** An apposition after the name (`Jane Doe, chief executive officer`) or title words just before it (`Acme CEO Jane Doe`). */
function titledAt(text: string, name: Span): boolean {
  const rest = text.slice(name.end, name.end + 160);
  const after = APPOSITION.exec(rest);
  if (after && TITLE_WORDS.test(after[1])) return true;
  // Credentials before the title (`Dhruv S. Kazi, M.D., M.Sc., FAHA, head of…`), or `… has joined Acme as Managing Partner`.
  const sentence = rest.split(/[.;!?]\s+(?=\p{Lu})|[“”"]/u)[0];
  if (/^,\s/.test(sentence) && TITLE_WORDS.test(sentence)) return true;
  const role = AS_ROLE.exec(sentence);
  if (role && TITLE_WORDS.test(role[1])) return true;
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  return TITLE_WORDS.test(before.split(/[.;:"“”]/).pop() ?? '') || /\bfounded\b[^.]{0,40}\bby\s+$/i.test(before);
}

const AS_ROLE = /^[^,;]{0,80}?\bas\s+(?:the\s+|its\s+|our\s+|their\s+|a\s+|an\s+)?([^,;]{2,80})/u;

/**
 * Whether quotation marks hold someone's words: six words or more, not a title in capitals
 * (`"Student Ambassador Programme for Chinese Medicine"`), not a lower-case phrase without end punctuation
 * (`"future trends in human resource management"`, an example or a search term).
 */
function readsAsSpeech(text: string, quote: Quote): boolean {
  const inner = text.slice(quote.inner.start, quote.inner.end).trim();
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length < MIN_QUOTE_WORDS) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (capitalised / words.length >= 0.7) return false;
  return !(/^\p{Ll}/u.test(inner) && !/[.,!?…:;—–-]$/.test(inner) && quote.closed);
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
