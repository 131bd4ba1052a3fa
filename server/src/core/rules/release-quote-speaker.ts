import { Article, Person, Quote, Span, Statement } from '../article';
import { Report } from '../finding';
import { speakerName } from '../speaker';
import { Rule } from './rule';
import { releaseOf } from './release-shape';
import { HAS_UPPER, STARTS_LOWER, STARTS_UPPER } from '../parse/letter-patterns';

/** quote text opening (after spaces or a quote mark) in lower case */
const OPENS_LOWER = /^[\s'‘]*\p{Ll}/u;
/** 'Mr', 'Dr.' …, optionally with a surname (group 2) */
const COURTESY_TITLE = /^(Mr|Mrs|Ms|Dr|Prof)\.?(?:\s+(\p{Lu}[\p{L}'’-]+))?$/u;
/** the capitalised word (group 1) after a courtesy title */
const SURNAME_AFTER_TITLE = /^\.?\s+(\p{Lu}[\p{L}'’-]+)/u;
/** a capitalised word followed by another with a capital */
const TWO_CAPITALISED_WORDS = /\p{Lu}\p{Ll}+\s+\p{Ll}*\p{Lu}/u;
/** A sentence end before a capital, or a quote mark. */
const SENTENCE_OR_QUOTE_BREAK = /[.;!?]\s+(?=\p{Lu})|[“”"]/u;
/** a word of letters, apostrophes and hyphens */
const SURNAME_SHAPE = /^\p{L}[\p{L}'’-]+$/u;

/** Shorter quotations are scare quotes or product names, not a person's words. */
const MIN_QUOTE_WORDS = 6;
// After a name, a title runs as an apposition: `Jane Doe, chief executive officer of Acme`.
// Or with `as`: `the appointment of Brad Miller as President of CoreAI`.
const APPOSITION = /^(?:,\s+|\s+as\s+)(?:the\s+|a\s+|an\s+|our\s+|its\s+|their\s+)?[“"]?([^,;:"“”]{2,100})/u;
/** A speaker the people engine did not take for a person but that reads as one: `Jun Li`, `Dr. Ana Ruiz`. */
const NAME_LIKE = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|van|von|der|den|ten|la|le|bin|al)\s+)*\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const TITLE_WORDS = /\b(?:officer|president|director|founder|co-founder|chief|ceo|cfo|cto|coo|cmo|cio|head|manager|chair|chairman|chairwoman|chairperson|partner|principal|vice|vp|svp|evp|lead|leader|executive|dean|professor|secretary|minister|spokesperson|spokesman|spokeswoman|owner|analyst|editor|counsel|general|governor|mayor|senator|representative|researcher|scientist|engineer|physician|founding|treasurer|superintendent|commissioner|administrator|coordinator|specialist|consultant|advisor|adviser|strategist|architect|member|trustee|ambassador|attorney|lawyer|author|creator|designer|producer|artist|singer|musician|chef|actor|actress|coach|athlete|pastor|doctor|nurse|teacher|activist|journalist|writer|filmmaker|photographer|entrepreneur|expert|economist|officer|broadcaster|host|presenter|anchor|employee)s?\b/i;

export const releaseQuoteSpeaker: Rule = {
  id: 'release/quote-speaker',
  description: 'A quotation in a release is not given to a named person with a title at first reference (`said Jane Doe, chief executive officer of Acme`).',
  defaultSeverity: 'warning',
  releaseOnly: true,
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
      // Two quotations of one untitled speaker are one problem, reported once at the name.
      if (report && !reports.some((other) => other.span.start === report.span.start && other.message === report.message)) reports.push(report);
    }
    return reports;
  },
};

function judgeQuote(article: Article, quote: Quote, reported: Set<number>): Report | undefined {
  const statement = attributionOf(article, quote);
  const span = { start: quote.span.start, end: Math.min(quote.span.end, quote.span.start + 1) };
  if (!statement) {
    // The statement finder may miss an attribution that mismatched quotation marks hide: read `said Name` here.
    const named = attributionInParagraph(article, quote);
    if (named) return titledAt(article.text, named) ? undefined : { span: named, message: untitled(article.text.slice(named.start, named.end)) };
    // A quoted phrase in lower case with nobody near it is a slogan or a term (`"the whole island as a carnival."`).
    if (OPENS_LOWER.test(article.text.slice(quote.inner.start, quote.inner.end))) return undefined;
    return { span, message: 'This quotation has no speaker: attribute it (`said Jane Doe, chief executive officer of Acme`).' };
  }
  const speaker = statement.speaker;
  if (namedWithTitleBefore(article.text, statement)) return undefined;
  if (speaker.kind !== 'person') {
    const name = speakerName(article, speaker).replace(/ \(unresolved\)$/, '');
    // `said Ms. Kowal.` read as the speaker `Ms`: the surname follows the honorific.
    const title = COURTESY_TITLE.exec(name);
    const surname = title?.[2] ?? (title && statement.speakerSpan ? SURNAME_AFTER_TITLE.exec(article.text.slice(statement.speakerSpan.end, statement.speakerSpan.end + 60))?.[1] : undefined);
    if (title && surname) {
      const introduced = earlierFullName(article.text, surname, statement.span.start);
      return introduced && titledAt(article.text, introduced) ? undefined : { span: statement.speakerSpan ?? span, message: untitled(`${title[1]}. ${surname}`) };
    }
    // `the celebrated broadcaster`, `the company's founder`: a role that points back to a person named before.
    if (speaker.kind === 'source' && /^the\s/i.test(name) && TITLE_WORDS.test(name.split(/\s+/).pop() ?? '')) return undefined;
    if (speaker.kind === 'source' && HAS_UPPER.test(name) && statement.speakerSpan) {
      // `Krista, Owner/Operator at Bar Ella`, `coalition Co-Chair Kevin Conway`: named and titled.
      if (titledAt(article.text, statement.speakerSpan) || (TITLE_WORDS.test(name) && TWO_CAPITALISED_WORDS.test(name))) return undefined;
      const introduced = earlierFullName(article.text, name, statement.span.start);
      if (introduced) return titledAt(article.text, introduced) ? undefined : { span: introduced, message: untitled(article.text.slice(introduced.start, introduced.end)) };
      const first = article.text.indexOf(name);
      if (first >= 0 && titledAt(article.text, { start: first, end: first + name.length })) return undefined;
      if (NAME_LIKE.test(name)) return { span: statement.speakerSpan, message: untitled(name) };
    }
    return { span, message: `This quotation is given to \`${name}\`, not to a named person: quote someone by name and title.` };
  }
  const person = article.people[speaker.person];
  const headline = article.release?.headline;
  // A title alone read as a name (`Managing Partner`), or a "person" found in the headline, is not judged.
  if (person && (person.fullName.split(/\s+/).every((word) => TITLE_WORDS.test(word)) || (headline && person.introduction.start < headline.end))) return undefined;
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

const NAME_THEN_TITLE = /(?:^[“”"’]?|[.”"’]\s*|,\s+)((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^,”"]{2,120}),?\s*$/u;

/** A surname alone as the speaker (`Bhalla said`): where the full name (`Raj Bhalla`) first stands before it. */
function earlierFullName(text: string, surname: string, before: number): Span | undefined {
  if (!SURNAME_SHAPE.test(surname) || !HAS_UPPER.test(surname)) return undefined;
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
  // The first reference may be one the people engine did not read (a headline, `shared Vera Oh, Co-Founder…`).
  // `Mr. Kastahorau` after `Appoints Dzmitry Kastahorau as Chief Financial Officer`.
  const honorific = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(\S+)$/.exec(person.fullName);
  const full = honorific ? earlierFullName(text, honorific[1], firstFullName.start) : undefined;
  if (full && titledAt(text, full)) return true;
  const first = text.indexOf(person.fullName);
  return titledAt(text, firstFullName) || (first >= 0 && first < firstFullName.start && titledAt(text, { start: first, end: first + person.fullName.length }));
}

const SAID_NAME = /\b(?:said|says|added|explained|noted|commented|shared|stated|remarked)\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})/u;

/** `… ,” said Liz Leonard, EVP, PMX Lift.` in the quotation's paragraph, read without the statement finder. */
function attributionInParagraph(article: Article, quote: Quote): Span | undefined {
  const paragraph = article.paragraphs[quote.paragraph];
  if (!paragraph) return undefined;
  const words = article.text.slice(paragraph.span.start, paragraph.span.end);
  const found = SAID_NAME.exec(words);
  if (!found) return undefined;
  const start = paragraph.span.start + found.index + found[0].length - found[1].length;
  return { start, end: start + found[1].length };
}

/** An apposition after the name (`Jane Doe, chief executive officer`) or title words just before it (`Acme CEO Jane Doe`). */
function titledAt(text: string, name: Span): boolean {
  const rest = text.slice(name.end, name.end + 160);
  const after = APPOSITION.exec(rest);
  if (after && TITLE_WORDS.test(after[1])) return true;
  // Credentials before the title (`Dhruv S. Kazi, M.D., M.Sc., FAHA, head of…`), or `… has joined Acme as Managing Partner`.
  const sentence = rest.split(SENTENCE_OR_QUOTE_BREAK)[0];
  if (/^,\s/.test(sentence) && TITLE_WORDS.test(sentence)) return true;
  // Any role tied to an organisation reads as a title: `Trey Morris, auctioneer from Morris Auctioneers`.
  if (ROLE_AT_ORGANISATION.test(sentence)) return true;
  const role = AS_ROLE.exec(sentence);
  if (role && TITLE_WORDS.test(role[1])) return true;
  // `Randy Hayashi’s promotion … to Chief Operating Officer`.
  if (/^['’]s\s/.test(sentence) && TITLE_WORDS.test(sentence)) return true;
  const before = text.slice(Math.max(0, name.start - 60), name.start);
  return TITLE_WORDS.test(before.split(/[.;:"“”]/).pop() ?? '') || /\bfounded\b[^.]{0,40}\bby\s+$/i.test(before);
}

const ROLE_AT_ORGANISATION = /^,\s+(?:the\s+|a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:of|at|from|with|for)\s+(?:the\s+)?\p{Lu}/u;
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
  const capitalised = words.filter((word) => STARTS_UPPER.test(word)).length;
  if (capitalised / words.length >= 0.6) return false;
  return !(STARTS_LOWER.test(inner) && !/[.,!?…:;—–-]$/.test(inner) && quote.closed);
}

function inside(span: Span, offset: number): boolean {
  return offset >= span.start && offset < span.end;
}
