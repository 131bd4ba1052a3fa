import { Article, Dateline, Mention, Person, Span, Statement } from './article';
import { mentionAt, touches } from './mention-at';
import { positionAt } from './parse/lines';
import { WEEKDAYS } from './parse/months';
import { excerpt, speakerName } from './speaker';
import { SpanIndex, indexedFromSecondUse } from './span-index';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const STATEMENTS_SHOWN = 3;
const STATEMENT_LENGTH = 80;

/**
 * What a hover at an offset stands on, and how to write its text. `key` is the same object for every offset whose
 * hover reads the same (a person for any non-pronoun mention of them), so that an editor can keep the text.
 */
export interface HoverTarget {
  span: Span;
  key: object;
  markdown(): string;
}

const statementWithVerbAt = indexedFromSecondUse(
  (article: Article, offset: number) => article.statements.find((statement) => touches(statement.verb, offset)),
  (article) => {
    const index = new SpanIndex(article.statements, (statement) => statement.verb);
    return (offset) => index.first(offset, true);
  },
);

/** A person's mention, an attribution verb or the dateline at `offset`, found by binary search in the article. */
export function hoverTarget(article: Article, offset: number, lineStarts: number[], style?: string): HoverTarget | undefined {
  const found = mentionAt(article, offset);
  if (found) {
    const { person, mention } = found;
    return { span: mention.span, key: mention.kind === 'pronoun' ? mention : person, markdown: () => personHover(article, person, lineStarts, mention) };
  }
  const statement = statementWithVerbAt(article, offset);
  if (statement) return { span: statement.verb, key: statement, markdown: () => verbHover(article, statement, lineStarts) };
  const { dateline } = article;
  if (dateline && touches(dateline.span, offset)) return { span: dateline.span, key: dateline, markdown: () => datelineHover(dateline, style) };
  return undefined;
}

/**
 * What hovering at `offset` shows: a person, the dateline's parts, or the speaker of an attribution verb. `style`
 * (`Generic (picked by auto: …)`) closes the dateline's hover, so that a quiet or a strict dateline rule can be understood.
 */
export function hover(article: Article, offset: number, lineStarts: number[], style?: string): HoverResult | undefined {
  const target = hoverTarget(article, offset, lineStarts, style);
  return target && { markdown: target.markdown(), span: target.span };
}

/**
 * A person at a glance: full name and title as introduced, what the hovered word stands for, where they were
 * introduced, how often they are mentioned, and a few of their statements with their lines.
 */
export function personHover(article: Article, person: Person, lineStarts: number[], hovered?: Mention): string {
  const line = (offset: number) => positionAt(lineStarts, offset).line + 1;
  const statements = article.statements.filter((statement) => statement.speaker.kind === 'person' && statement.speaker.person === person.id);
  const introduction = article.text.slice(person.introduction.start, person.introduction.end).replace(/\s+/g, ' ');
  const lines = [`**${escape(person.fullName)}**${person.title ? ` — ${escape(person.title)}` : ''}`, ''];
  if (hovered && hovered.kind === 'pronoun') lines.push(pronounLine(article, hovered, person), '');
  lines.push(
    `Introduced on line ${line(person.introduction.start)} as “${escape(introduction)}” · ` +
      `${plural(person.mentions.length, 'mention')} · ${plural(statements.length, 'statement')}`,
  );
  if (statements.length) {
    lines.push('');
    for (const statement of statements.slice(0, STATEMENTS_SHOWN)) {
      lines.push(`- line ${line(statement.span.start)}, *${statement.verb.text}*: ${quoteText(article, statement)}`);
    }
    if (statements.length > STATEMENTS_SHOWN) lines.push(`- … and ${statements.length - STATEMENTS_SHOWN} more`);
  }
  return lines.join('\n');
}

function pronounLine(article: Article, mention: Mention, person: Person): string {
  const word = article.text.slice(mention.span.start, mention.span.end);
  const others = (mention.alternatives ?? []).map((id) => article.people[id]?.fullName).filter((name): name is string => !!name);
  return `*${escape(word)}* refers to ${escape(person.fullName)}${others.length ? ` (could also be ${others.map(escape).join(' or ')})` : ''}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function quoteText(article: Article, statement: Statement): string {
  return `“${escape(excerpt(article.text.slice(statement.content.start, statement.content.end), STATEMENT_LENGTH))}”`;
}

/** Article text shown in markdown: its own `*`, `_` and brackets must not format anything. */
function escape(text: string): string {
  return text.replace(/[\\*_`[\]<>]/g, '\\$&');
}

function verbHover(article: Article, statement: Statement, lineStarts: number[]): string {
  const kind = statement.direct ? 'direct quotation' : 'reported speech';
  const lines = [`Attribution: **${escape(speakerName(article, statement.speaker))}** *${statement.verb.text}* (${kind})`];
  const { speaker } = statement;
  if (speaker.kind === 'person') {
    const person = article.people[speaker.person];
    const named = statement.speakerSpan && article.text.slice(statement.speakerSpan.start, statement.speakerSpan.end);
    if (person) {
      const where = `introduced on line ${positionAt(lineStarts, person.introduction.start).line + 1}`;
      lines.push('', `${named && named !== person.fullName ? `*${escape(named)}* is ` : ''}${escape(person.fullName)}${person.title ? `, ${escape(person.title)}` : ''}, ${where}`);
    }
  } else if (speaker.kind === 'source') {
    lines.push('', 'An institutional or unnamed source, not a named person.');
  } else {
    lines.push('', 'Wirecheck could not tell who this is: name the speaker.');
  }
  return lines.join('\n');
}

function datelineHover(dateline: Dateline, style: string | undefined): string {
  const parts = ['**Dateline**', '', `- City: ${escape(dateline.city.text)}`];
  if (dateline.region) parts.push(`- Region: ${escape(dateline.region.text)}`);
  const date = dateline.date;
  if (date) {
    let dateText = `${date.month.text} ${date.day?.text ?? ''}`.trim();
    if (date.year) {
      dateText += `, ${date.year.text}`;
      if (date.monthNumber && date.day) {
        const weekday = new Date(Date.UTC(date.year.value, date.monthNumber - 1, date.day.value)).getUTCDay();
        dateText += ` (${WEEKDAYS[weekday]})`;
      }
    } else {
      dateText += ' (no year given, so no weekday)';
    }
    parts.push(`- Date: ${escape(dateText)}`);
  }
  if (dateline.agency) parts.push(`- Agency: ${escape(dateline.agency.text)}${dateline.agencyForm ? ` (${AGENCY_FORM[dateline.agencyForm]})` : ''}`);
  if (dateline.separator) parts.push(`- Separator: \`${dateline.separator.text}\``);
  // Our own words (the agency inside them is in a code span), so not escaped like article text.
  if (style) parts.push('', `Checked in the ${style} style.`);
  return parts.join('\n');
}

const AGENCY_FORM: Record<NonNullable<Dateline['agencyForm']>, string> = {
  parentheses: 'in parentheses',
  slashes: 'between slashes',
  dashes: 'between dashes',
  bare: 'without marks',
};
