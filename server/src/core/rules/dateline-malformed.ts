import { Dateline } from '../article';
import { Report } from '../finding';
import { isInCapitals } from '../parse/dateline';
import { agencyKey, agencyKeys } from '../styles/pick';
import { HouseStyle } from '../styles/style';
import { isAcceptedSeparator, wrapAgency } from './dateline-shape';
import { Rule } from './rule';

export const datelineMalformed: Rule = {
  id: 'dateline/malformed',
  description: 'A part of the dateline is not written the way the house style writes it: city in capitals, agency in parentheses, date, separator.',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const dateline = article.dateline;
    if (!dateline) return [];
    // Each part has one problem at most, pushed as found: no array of five to filter into another, for every dateline.
    const reports: Report[] = [];
    addProblem(reports, cityProblem(dateline));
    addProblem(reports, commaProblem(dateline));
    addProblem(reports, dateProblem(dateline, style));
    addProblem(reports, agencyProblem(dateline, style));
    addProblem(reports, separatorProblem(dateline, style, article.text));
    return reports;
  },
};

function addProblem(reports: Report[], problem: Report | undefined): void {
  if (problem !== undefined) reports.push(problem);
}

function cityProblem(dateline: Dateline): Report | undefined {
  const city = dateline.city;
  if (isInCapitals(city.text)) return undefined;
  const upper = city.text.toUpperCase();
  return {
    span: city,
    message: `The dateline city \`${city.text}\` is not in capitals: write \`${upper}\`.`,
    fixes: [{ title: `Write the city as \`${upper}\``, edits: [{ span: city, newText: upper }], safe: true }],
  };
}

function commaProblem(dateline: Dateline): Report | undefined {
  const at = dateline.missingCommaAt;
  if (at === undefined) return undefined;
  return {
    span: { start: dateline.city.start, end: dateline.date?.day?.end ?? at },
    message: 'A comma is missing before the dateline\'s date.',
    fixes: [{ title: 'Add the comma', edits: [{ span: { start: at, end: at }, newText: ',' }], safe: true }],
  };
}

function dateProblem(dateline: Dateline, style: HouseStyle): Report | undefined {
  const mode = style.datelineDate ?? 'optional';
  if (mode === 'required' && !dateline.date) {
    return { span: dateline.city, message: `The dateline has no date: a ${style.name} dateline reads \`${dateline.city.text}, ${style.months[7]} 30\`.` };
  }
  if (mode === 'none' && dateline.date) {
    return { span: dateline.date.month, message: `${style.name} datelines carry no date: \`${dateline.city.text} (${style.agency ?? ''}) ${style.separator}\`.` };
  }
  if (style.datelineYear && dateline.date && !dateline.date.year) {
    return { span: dateline.date.month, message: `The dateline has no year: a ${style.name} dateline gives the full date (\`${style.months[7]} 30, 2021\`).` };
  }
  return undefined;
}

function agencyProblem(dateline: Dateline, style: HouseStyle): Report | undefined {
  if (!style.agency) return undefined;
  const form = style.agencyForm ?? 'parentheses';
  if (!dateline.agency) {
    const wanted = wrapAgency(style.agency, form);
    const at = dateline.separator?.start ?? dateline.span.end;
    const insertAt = trimBack(dateline, at);
    return {
      span: { start: dateline.span.start, end: dateline.span.end },
      message: `The dateline has no agency: a ${style.name} dateline names it, \`${wanted}\`.`,
      fixes: [{ title: `Add \`${wanted}\``, edits: [{ span: { start: insertAt, end: insertAt }, newText: ` ${wanted}` }], safe: false }],
    };
  }
  // An agency of another style is `dateline/agency-mismatch`; its form is that style's business.
  if (!agencyKeys(style).includes(agencyKey(dateline.agency.text))) return undefined;
  const forms = style.agencyForms ?? [form];
  if (dateline.agencyForm && !(forms as string[]).includes(dateline.agencyForm)) {
    const written = dateline.agencyForm === 'bare' ? 'without brackets' : `in ${dateline.agencyForm}`;
    return { span: dateline.agency, message: `The agency \`${dateline.agency.text}\` is written ${written}: ${style.name} writes it in ${form}, \`${wrapAgency(dateline.agency.text, form)}\`.` };
  }
  return undefined;
}

function separatorProblem(dateline: Dateline, style: HouseStyle, text: string): Report | undefined {
  const separator = dateline.separator;
  // `PALO ALTO, Calif.--(BUSINESS WIRE)--Acme…`: the dashes around the service are the separator.
  if (!separator && dateline.agencyForm === 'dashes') return undefined;
  if (!separator) {
    const at = dateline.span.end;
    const spaceFollows = /\s/.test(text.charAt(at));
    return {
      span: { start: dateline.span.start, end: at },
      message: `The dateline has no separator: ${style.name} puts \`${style.separator}\` between the dateline and the story.`,
      fixes: [{ title: `Add \`${style.separator}\``, edits: [{ span: { start: at, end: at }, newText: spaceFollows ? ` ${style.separator}` : ` ${style.separator} ` }], safe: true }],
    };
  }
  if (isAcceptedSeparator(style, separator.text)) return undefined;
  return {
    span: separator,
    message: `The dateline separator \`${separator.text}\` is not the ${style.name} one: write \`${style.separator}\`.`,
    fixes: [{ title: `Write \`${style.separator}\``, edits: [{ span: separator, newText: style.separator }], safe: true }],
  };
}

/** The offset before any blanks that end at `at`, so an insertion lands right after the last dateline word. */
function trimBack(dateline: Dateline, at: number): number {
  const parts = [dateline.city, dateline.region, dateline.date?.day, dateline.date?.year].filter((part) => part !== undefined);
  return Math.min(at, Math.max(...parts.map((part) => part.end)));
}
