import { Dateline, DatelineDate, TextSpan } from '../article';
import { looksLikeMonth, monthNumber } from './months';
import { isDigitUnit, isSpaceUnit } from './char-class';
import { STARTS_LOWER } from './letter-patterns';

/** White space then a capital letter. */
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;

// A dateline is read piece by piece with sticky patterns on one line, so that each piece is optional
// and a malformed one can still be described. Every quantifier is bounded: no backtracking blow-up.
const CITY = /[\p{L}][\p{L}\p{M}.'’ /-]{0,40}?(?=\s*(?:,|\(|\s\/|--|-{1,2}\(|\s[-–—_]\s|[–—]|\s-$|-\s))/uy;
const PAREN_REGION = /\s*\(([\p{L} .'-]{1,30})\)(?=\s*,)/uy;
// A part ends at the next comma, agency or separator; wire copy often glues the separator to a word: `March 2 -The`, `March 11-`.
// It never starts with a dash (`FORT WORTH, Texas, - …`: a stray comma before the separator) and skips a stray
// period after its comma (`Hauppauge, N.Y,. March 13 -`).
const COMMA_PART = /\s*,[\s.]*([^,()/\s.–—_-][^,()/]{0,39}?)(?=\s*(?:,|\(|\/|--|[–—]|\s-|-\s|-$|\s_\s|$))/uy;
// `JOHANNESBURG March 13 -`: a city in capitals and a date with the comma between them left out.
const CITY_DATE_NO_COMMA = /(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?)(?=\s+\p{L}{3,9}\.?\s+\d{1,2}\s*(?:,|\(|--|[–—]|-|_))/uy;
// A comma-less agency word after the date: `ROME, March 13, Reuter - …`.
const BARE_AGENCY = /^\p{Lu}[\p{L}]{1,20}$/u;
const AGENCY_PARENS = /\s*\(([^()]{1,40})\)/y;
const AGENCY_SLASHES = /\s*\/([^/]{1,40})\//y;
const AGENCY_DASHES = /\s*(?:--|[–—])\(([^()]{1,40})\)(?:--|[–—])/y;
interface AgencyPattern {
  pattern: RegExp;
  form: NonNullable<Dateline['agencyForm']>;
}
const AGENCY_BY_PARENS: AgencyPattern = { pattern: AGENCY_PARENS, form: 'parentheses' };
const AGENCY_BY_SLASHES: AgencyPattern = { pattern: AGENCY_SLASHES, form: 'slashes' };
const AGENCY_BY_DASHES: AgencyPattern = { pattern: AGENCY_DASHES, form: 'dashes' };

/**
 * The agency pattern that can match where `opening` is the first non-blank character (each opens with its own:
 * `(`, `/`, a dash), with its form; undefined for any other character (most lines have no agency there).
 */
function agencyPatternOpenedBy(opening: number): AgencyPattern | undefined {
  if (opening === 0x28) return AGENCY_BY_PARENS;
  if (opening === 0x2f) return AGENCY_BY_SLASHES;
  if (opening === 0x2d || opening === 0x2013 || opening === 0x2014) return AGENCY_BY_DASHES;
  return undefined;
}
// A stray comma before the separator (`June 4, - After …`) is tolerated; the separator may touch the lede.
const SEPARATOR = /\s*,?\s*(--|-|—|–|_)(?=\s|\p{L}|\p{N}|[<"“(]|$)/uy;
const MONTH_DAY = /^(\p{L}{3,9}\.?)\s+(\d{1,3})$/u;
const REGION_MONTH_DAY = /^([\p{L}.' ]{2,30}?\.)\s+(\p{L}{3,9}\.?)\s+(\d{1,2})$/u;
const YEAR = /^\d{4}$/;

const MAX_DATELINE_LENGTH = 160;
// A release's full date right after the dash (`Dothan, United States - September 26, 2024 / ENTcare /`): the line is a
// dateline even with the city not in capitals; the release reader takes the date from there.
const FULL_DATE_NEXT = /^\s*\p{L}{3,9}\.?\s\d{1,2},\s\d{4}\b/u;

/**
 * Reads a dateline at `start` (the first non-blank character of a line). Returns undefined when the line
 * does not start like a dateline: a dateline needs an agency, a date, or a separator after a capitalised city.
 */
export function parseDateline(text: string, start: number, lineEnd: number, line: number): Dateline | undefined {
  const end = Math.min(lineEnd, start + MAX_DATELINE_LENGTH);
  const head = text.slice(start, end);
  // Only a real month makes the comma-less form: `DETROIT -- Nearly 6,000 …` is a city, a dash and the lede.
  const noCommaCity = mayLackComma(head) ? match(CITY_DATE_NO_COMMA, head, 0, 1) : undefined;
  const noCommaDate = noCommaCity && readNoCommaDate(head, noCommaCity.end, start);
  const noComma = noCommaDate ? noCommaCity : undefined;
  const city = noComma ?? match(CITY, head, 0);
  if (!city) return undefined;
  let cursor = city.end;
  const dateline = makeDateline({ span: { start, end: start }, line, city: at(start, city.text.trim(), city.start) });
  if (noCommaDate) {
    dateline.missingCommaAt = start + city.end;
    dateline.date = noCommaDate.date;
    cursor = noCommaDate.end;
  }

  const parenRegion = opensWith(head, cursor, 0x28) ? match(PAREN_REGION, head, cursor, 1) : undefined;
  if (parenRegion) {
    dateline.region = at(start, parenRegion.text, parenRegion.start);
    cursor = parenRegion.end;
  }
  for (let part = commaPart(head, cursor); part; part = commaPart(head, cursor)) {
    if (!readDatePart(dateline, part, start)) {
      if (dateline.date && !dateline.agency && BARE_AGENCY.test(part.text) && isAgencyWord(part.text)) {
        dateline.agency = at(start, part.text, part.start);
        dateline.agencyForm = 'bare';
        cursor = part.end;
        continue;
      }
      if (dateline.date) break;
      // Several places before the date (`GEORGETOWN, Grand Cayman, British West Indies, March 4`) make one region.
      dateline.region = dateline.region
        ? at(start, head.slice(dateline.region.start - start, part.end), dateline.region.start - start)
        : at(start, part.text, part.start);
    }
    cursor = part.end;
  }
  // Old AP/NYT datelines put no comma before the date: `CARACAS February 3 -`. Not read here on purpose.
  const agencyPattern = dateline.agency ? undefined : agencyPatternOpenedBy(head.charCodeAt(afterSpaces(head, cursor)));
  const agency = agencyPattern && match(agencyPattern.pattern, head, cursor, 1);
  if (agencyPattern && agency) {
    // `Los Angeles, CA (May 13, 2024) -`: a release's date in parentheses is the date, not an agency.
    if (!(agencyPattern.form === 'parentheses' && readParenthesisedDate(dateline, agency, start))) {
      dateline.agency = at(start, agency.text.trim(), agency.start);
      dateline.agencyForm = agencyPattern.form;
    }
    cursor = agency.end;
  }
  const separator = mayOpenSeparator(head, cursor) ? match(SEPARATOR, head, cursor, 1) : undefined;
  if (separator) {
    dateline.separator = at(start, separator.text, separator.start);
    cursor = separator.end;
  }
  const cityInCapitals = isInCapitals(dateline.city.text);
  if (!dateline.agency && !(separator && (dateline.date || cityInCapitals || FULL_DATE_NEXT.test(head.slice(cursor))))) return undefined;
  // A capitalised name and an acronym in parentheses, with no date or dash, then a lower-case word or a comma is prose
  // (`the Association of Citrus Juice Industries (Abrassuco) said`, `The Senior Resource Group, (SRG), a leading …`).
  // A news agency's word (`Beijing (Xinhua) the …`) or a capital after it (`Venice, FL (Newsworthy.ai) Monday …`)
  // keeps it a dateline, malformed or followed by its date.
  if (dateline.agency && !separator && !dateline.date && !cityInCapitals && !isAgencyWord(dateline.agency.text) &&
    !SPACE_THEN_CAPITAL.test(head.slice(cursor))) return undefined;
  // A month and day make it a dateline whatever the city's case (`peoria, april 7 -`: malformed, not missing).
  if (!cityInCapitals && !dateline.date?.day && !plausibleCityName(dateline.city.text)) return undefined;
  // Quotes or a colon in the parentheses: a defined term (`(“GCS”)`) or a ticker (`(NYSE: ACME)`), not an agency.
  if (dateline.agency && holdsQuoteOrColon(dateline.agency.text)) return undefined;
  dateline.span.end = start + cursor;
  return dateline;
}

/**
 * CITY_DATE_NO_COMMA holds no `,` or `(` before its day's first digit: a line with one of them before any digit (most
 * datelines: `BEIJING, Aug. 30`, `WASHINGTON (Reuters)`) cannot match it and is not tried.
 */
function mayLackComma(head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
    if (code === 0x2c || code === 0x28) return false;
  }
  return false;
}

/** `text === text.toUpperCase()` without making the upper-case copy for ASCII text. */
export function isInCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return false;
    if (code > 0x7f) return text === text.toUpperCase();
  }
  return true;
}

// Words a place name may hold in lower case (`Rio de Janeiro`, `Stratford-upon-Avon`); any other lower-case
// word means the line starts with prose (`Artificial intelligence (AI) is…`), not with a city.
const CITY_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'am', 'an', 'der', 'den', 'en', 'sur', 'upon', 'on', 'of', 'y', 'e', 'and', '&']);

function plausibleCityName(city: string): boolean {
  return city.split(/[\s-]+/).every((word) => !STARTS_LOWER.test(word) || CITY_PARTICLES.has(word));
}

function readDatePart(dateline: Dateline, part: Piece, base: number): boolean {
  // Each form below ends with a digit (`$` without the m flag is the end of the part): a region or an agency does not.
  if (!endsWithDigit(part.text)) return false;
  const monthDay = MONTH_DAY.exec(part.text);
  if (monthDay && looksLikeMonth(monthDay[1]) && !dateline.date) {
    dateline.date = makeDate(monthDay[1], monthDay[2], base + part.start, base + part.start + part.text.lastIndexOf(monthDay[2]));
    return true;
  }
  // `RICHMOND, Va. Feb 26 -`: a region and the date with the comma between them left out.
  const regionDate = REGION_MONTH_DAY.exec(part.text);
  if (regionDate && monthNumber(regionDate[2]) !== undefined && !dateline.date && !dateline.region) {
    dateline.region = at(base, regionDate[1], part.start);
    dateline.missingCommaAt = base + part.start + regionDate[1].length;
    const monthAt = part.start + part.text.indexOf(regionDate[2], regionDate[1].length);
    dateline.date = makeDate(regionDate[2], regionDate[3], base + monthAt, base + part.start + part.text.lastIndexOf(regionDate[3]));
    return true;
  }
  if (YEAR.test(part.text) && dateline.date && !dateline.date.year) {
    const year = at(base, part.text, part.start);
    dateline.date.year = { text: year.text, start: year.start, end: year.end, value: Number(part.text) };
    return true;
  }
  return false;
}

const PARENTHESISED_DATE = /^(\p{L}{3,9}\.?)\s+(\d{1,2})(?:,\s*(\d{4}))?$/u;

/** Reads `(May 13, 2024)` as the dateline's date when it has none; false when the parentheses hold no date. */
function readParenthesisedDate(dateline: Dateline, piece: Piece, base: number): boolean {
  // The pattern ends with a digit: an agency's name (`Xinhua`) is not matched against it.
  const found = endsWithDigit(piece.text) ? PARENTHESISED_DATE.exec(piece.text) : null;
  if (!found || dateline.date || monthNumber(found[1]) === undefined) return false;
  const monthAt = base + piece.start;
  const dayAt = monthAt + found[0].indexOf(found[2], found[1].length);
  const date = makeDate(found[1], found[2], monthAt, dayAt);
  if (found[3] !== undefined) {
    const yearAt = monthAt + found[0].lastIndexOf(found[3]);
    date.year = { text: found[3], start: yearAt, end: yearAt + found[3].length, value: Number(found[3]) };
  }
  dateline.date = date;
  return true;
}

/** The month and day after a comma-less city, and where they end; undefined when the word is no month. */
function readNoCommaDate(head: string, cursor: number, base: number): { date: DatelineDate; end: number } | undefined {
  const found = /\s+(\p{L}{3,9}\.?)\s+(\d{1,2})/uy;
  found.lastIndex = cursor;
  const date = found.exec(head);
  if (!date || !looksLikeMonth(date[1])) return undefined;
  const monthAt = date.index + date[0].indexOf(date[1]);
  const dayAt = date.index + date[0].lastIndexOf(date[2]);
  return { date: makeDate(date[1], date[2], base + monthAt, base + dayAt), end: found.lastIndex };
}

function makeDate(month: string, day: string, monthAt: number, dayAt: number): DatelineDate {
  return {
    month: { text: month, start: monthAt, end: monthAt + month.length },
    monthNumber: monthNumber(month),
    day: { text: day, start: dayAt, end: dayAt + day.length, value: Number(day) },
    year: undefined,
  };
}

/**
 * Every dateline is built here, with all its fields in one order (undefined when absent): its pieces are read one by
 * one and set as found, which gave datelines 31 hidden classes and made V8 throw away parseArticle's and the
 * dateline rules' code for each new one. JSON leaves the undefined fields out.
 */
export function makeDateline(fields: Dateline): Dateline {
  const { span, line, city, region, missingCommaAt, date, agency, agencyForm, separator } = fields;
  return { span, line, city, region, missingCommaAt, date, agency, agencyForm, separator };
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

// The sticky patterns above open with `\s*` and then one of a few characters: where the next character that `\s` does
// not match is none of them, the pattern cannot match and is not run (most pieces of a line are tried and missed).

/** Where the first character at or after `from` that `\s` does not match stands (`text.length` when none). */
function afterSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

function opensWith(head: string, cursor: number, code: number): boolean {
  return head.charCodeAt(afterSpaces(head, cursor)) === code;
}

/** COMMA_PART's piece at `cursor`: it opens with `\s*,`. */
function commaPart(head: string, cursor: number): Piece | undefined {
  return opensWith(head, cursor, 0x2c) ? match(COMMA_PART, head, cursor, 1) : undefined;
}

/** SEPARATOR opens with `\s*,?\s*` and a dash or an underscore: however the blanks are shared, the dash stands after all of them. */
function mayOpenSeparator(head: string, cursor: number): boolean {
  let at = afterSpaces(head, cursor);
  if (head.charCodeAt(at) === 0x2c) at = afterSpaces(head, at + 1);
  const code = head.charCodeAt(at);
  return code === 0x2d || code === 0x2014 || code === 0x2013 || code === 0x5f;
}

function endsWithDigit(text: string): boolean {
  return text.length > 0 && isDigitUnit(text.charCodeAt(text.length - 1));
}

/** `/["“”'‘’:]/.test(text)`. */
function holdsQuoteOrColon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x201c || code === 0x201d || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x3a) return true;
  }
  return false;
}

function at(base: number, text: string, offset: number): TextSpan {
  return { text, start: base + offset, end: base + offset + text.length };
}

/** Agencies a 1980s wire wrote after the date without brackets: `ROME, March 13, Reuter -`. */
function isAgencyWord(word: string): boolean {
  return /^(?:reuters?|ap|upi|afp|xinhua|yonhap|kyodo|tass)$/i.test(word);
}
