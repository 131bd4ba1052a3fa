import { Dateline, DatelineDate, TextSpan } from '../article';
import { monthNumber } from './months';

// A dateline is read piece by piece with sticky patterns on one line, so that each piece is optional
// and a malformed one can still be described. Every quantifier is bounded: no backtracking blow-up.
const CITY = /[\p{L}][\p{L}\p{M}.'’ -]{0,40}?(?=\s*(?:,|\(|\/|--|-{1,2}\(|\s[-–—_]\s|[–—]|\s-$|-\s))/uy;
const PAREN_REGION = /\s*\(([\p{L} .'-]{1,30})\)(?=\s*,)/uy;
const COMMA_PART = /\s*,\s*([^,()/]{1,40}?)(?=\s*(?:,|\(|\/|--|[–—]|\s-\s|\s-$|-\s|\s_\s|$))/uy;
const AGENCY_PARENS = /\s*\(([^()]{1,40})\)/y;
const AGENCY_SLASHES = /\s*\/([^/]{1,40})\//y;
const AGENCY_DASHES = /\s*(?:--|[–—])\(([^()]{1,40})\)(?:--|[–—])/y;
const AGENCY_FORMS: [RegExp, NonNullable<Dateline['agencyForm']>][] = [
  [AGENCY_DASHES, 'dashes'],
  [AGENCY_PARENS, 'parentheses'],
  [AGENCY_SLASHES, 'slashes'],
];
const SEPARATOR = /\s*(--|-|—|–|_)(?=\s|\p{L}|\p{N}|$)/uy;
const MONTH_DAY = /^(\p{L}{3,9}\.?)\s+(\d{1,2})$/u;
const YEAR = /^\d{4}$/;

const MAX_DATELINE_LENGTH = 160;

/**
 * Reads a dateline at `start` (the first non-blank character of a line). Returns undefined when the line
 * does not start like a dateline: a dateline needs an agency, a date, or a separator after a capitalised city.
 */
export function parseDateline(text: string, start: number, lineEnd: number, line: number): Dateline | undefined {
  const end = Math.min(lineEnd, start + MAX_DATELINE_LENGTH);
  const head = text.slice(start, end);
  const city = match(CITY, head, 0);
  if (!city) return undefined;
  let cursor = city.end;
  const dateline: Dateline = { span: { start, end: start }, line, city: at(start, city.text.trim(), city.start) };

  const parenRegion = match(PAREN_REGION, head, cursor, 1);
  if (parenRegion) {
    dateline.region = at(start, parenRegion.text, parenRegion.start);
    cursor = parenRegion.end;
  }
  for (let part = match(COMMA_PART, head, cursor, 1); part; part = match(COMMA_PART, head, cursor, 1)) {
    if (!readDatePart(dateline, part, start)) {
      if (dateline.date || dateline.region) break;
      dateline.region = at(start, part.text, part.start);
    }
    cursor = part.end;
  }
  // Old AP/NYT datelines put no comma before the date: `CARACAS February 3 -`. Not read here on purpose.
  for (const [pattern, form] of AGENCY_FORMS) {
    const agency = match(pattern, head, cursor, 1);
    if (!agency) continue;
    dateline.agency = at(start, agency.text.trim(), agency.start);
    dateline.agencyForm = form;
    cursor = agency.end;
    break;
  }
  const separator = match(SEPARATOR, head, cursor, 1);
  if (separator) {
    dateline.separator = at(start, separator.text, separator.start);
    cursor = separator.end;
  }
  const cityInCapitals = dateline.city.text === dateline.city.text.toUpperCase();
  if (!dateline.agency && !(separator && (dateline.date || cityInCapitals))) return undefined;
  if (!cityInCapitals && !plausibleCityName(dateline.city.text)) return undefined;
  // Quotes or a colon in the parentheses: a defined term (`(“GCS”)`) or a ticker (`(NYSE: ACME)`), not an agency.
  if (dateline.agency && /["“”'‘’:]/.test(dateline.agency.text)) return undefined;
  dateline.span.end = start + cursor;
  return dateline;
}

// Words a place name may hold in lower case (`Rio de Janeiro`, `Stratford-upon-Avon`); any other lower-case
// word means the line starts with prose (`Artificial intelligence (AI) is…`), not with a city.
const CITY_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'am', 'an', 'der', 'den', 'en', 'sur', 'upon', 'on', 'of', 'y', 'e', 'and', '&']);

function plausibleCityName(city: string): boolean {
  return city.split(/[\s-]+/).every((word) => !/^\p{Ll}/u.test(word) || CITY_PARTICLES.has(word));
}

function readDatePart(dateline: Dateline, part: Piece, base: number): boolean {
  const monthDay = MONTH_DAY.exec(part.text);
  if (monthDay && monthNumber(monthDay[1]) !== undefined && !dateline.date) {
    const date: DatelineDate = {
      month: at(base, monthDay[1], part.start),
      monthNumber: monthNumber(monthDay[1]),
      day: { ...at(base, monthDay[2], part.start + part.text.lastIndexOf(monthDay[2])), value: Number(monthDay[2]) },
    };
    dateline.date = date;
    return true;
  }
  if (YEAR.test(part.text) && dateline.date && !dateline.date.year) {
    dateline.date.year = { ...at(base, part.text, part.start), value: Number(part.text) };
    return true;
  }
  return false;
}

interface Piece {
  text: string;
  start: number;
  end: number;
}

function match(pattern: RegExp, text: string, from: number, group = 0): Piece | undefined {
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  if (!found) return undefined;
  const captured = found[group];
  const start = found.index + found[0].indexOf(captured);
  return { text: captured, start, end: pattern.lastIndex };
}

function at(base: number, text: string, offset: number): TextSpan {
  return { text, start: base + offset, end: base + offset + text.length };
}
