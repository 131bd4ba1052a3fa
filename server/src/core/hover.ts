import { Article, Dateline, Person, Span, Statement } from './article';
import { positionAt } from './parse/lines';
import { WEEKDAYS } from './parse/months';
import { excerpt, speakerName } from './speaker';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const STATEMENTS_SHOWN = 3;

/** What hovering at `offset` shows: a person, the dateline's parts, or the speaker of an attribution verb. */
export function hover(article: Article, offset: number, lineStarts: number[]): HoverResult | undefined {
  const mention = article.people.flatMap((person) => person.mentions).find((candidate) => within(candidate.span, offset));
  if (mention) return { markdown: personHover(article, article.people[mention.person], lineStarts), span: mention.span };
  const statement = article.statements.find((candidate) => within(candidate.verb, offset));
  if (statement) return { markdown: verbHover(article, statement), span: statement.verb };
  if (article.dateline && within(article.dateline.span, offset)) return { markdown: datelineHover(article.dateline), span: article.dateline.span };
  return undefined;
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function personHover(article: Article, person: Person, lineStarts: number[]): string {
  const line = (offset: number) => positionAt(lineStarts, offset).line + 1;
  const statements = article.statements.filter((statement) => statement.speaker.kind === 'person' && statement.speaker.person === person.id);
  const lines = [
    `**${person.fullName}**${person.title ? ` — ${person.title}` : ''}`,
    '',
    `Introduced on line ${line(person.introduction.start)} · ${person.mentions.length} mention${person.mentions.length === 1 ? '' : 's'} · ${statements.length} statement${statements.length === 1 ? '' : 's'}`,
  ];
  if (statements.length) {
    lines.push('');
    for (const statement of statements.slice(0, STATEMENTS_SHOWN)) {
      lines.push(`- line ${line(statement.span.start)}, *${statement.verb.text}*: ${quoteText(article, statement)}`);
    }
    if (statements.length > STATEMENTS_SHOWN) lines.push(`- … and ${statements.length - STATEMENTS_SHOWN} more`);
  }
  return lines.join('\n');
}

function quoteText(article: Article, statement: Statement): string {
  return `“${excerpt(article.text.slice(statement.content.start, statement.content.end), 90).replace(/[*_`[\]]/g, '\\$&')}”`;
}

function verbHover(article: Article, statement: Statement): string {
  const kind = statement.direct ? 'direct quotation' : 'reported speech';
  return `Attribution: **${speakerName(article, statement.speaker)}** *${statement.verb.text}* (${kind})`;
}

function datelineHover(dateline: Dateline): string {
  const parts = [`**Dateline**`, '', `- City: ${dateline.city.text}${dateline.region ? `, ${dateline.region.text}` : ''}`];
  const date = dateline.date;
  if (date) {
    let dateText = `${date.month.text} ${date.day?.text ?? ''}`.trim();
    if (date.year) {
      dateText += `, ${date.year.text}`;
      if (date.monthNumber && date.day) {
        const weekday = new Date(Date.UTC(date.year.value, date.monthNumber - 1, date.day.value)).getUTCDay();
        dateText += ` (${WEEKDAYS[weekday]})`;
      }
    }
    parts.push(`- Date: ${dateText}`);
  }
  if (dateline.agency) parts.push(`- Agency: ${dateline.agency.text}`);
  if (dateline.separator) parts.push(`- Separator: \`${dateline.separator.text}\``);
  return parts.join('\n');
}
