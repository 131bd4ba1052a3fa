import { Dateline, DatelineDate, TextSpan } from '../article';
import { isDigitUnit, isSpaceUnit } from './char-class';
import { isInCapitals, makeDateline, parseDateline } from './dateline';
import { monthNumber } from './months';
import { isAsciiLetter } from './word-scan';

// Some distribution services write the service and the date after the city and a dash:
//   `CLEARWATER, FL - (NewMediaWire) - September 03, 2024 - …`
//   `MIAMI, FL — March 10, 2025 — (NOTICIAS NEWSWIRE) — …`
//   `HONG KONG SAR - [Media OutReach Newswire](https://…) - 16 March 2026 - …`
//   `Venice, FL (Newsworthy.ai) Monday Dec 4, 2023 @ 1:35 PM Pacific — …`
// The dateline parser stops at the first dash; this reads the rest into the same dateline.
const DASH = '\\s*(?:--|[-–—])\\s*';
const DATE = '((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s+\\d{4}))';
const TIME = '(?:\\s*(?:@\\s*)?\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[\\p{L}/_]{1,30})?)?';
const AGENCY_THEN_DATE = new RegExp(`^\\s*\\(([^()]{2,40})\\)${DASH}${DATE}${TIME}${DASH}`, 'u');
const DATE_THEN_AGENCY = new RegExp(`^\\s*${DATE}${DASH}\\(([^()]{2,40})\\)${DASH}`, 'u');
const LINK_THEN_DATE = new RegExp(`^\\s*\\[([^\\]]{2,40})\\]\\([^)\\s]{1,200}\\)${DASH}${DATE}${TIME}${DASH}`, 'u');
const DATE_AFTER_AGENCY = new RegExp(`^\\s*${DATE}${TIME}${DASH}`, 'u');
// `Dothan, United States - September 26, 2024 / ENTcare /`: the date after the dash, then the issuer between slashes.
const DATE_THEN_ISSUER = new RegExp(`^\\s*${DATE}\\s*/[^/\\n]{2,60}/`, 'u');
const SERVICE_THEN_DATE = new RegExp(`^\\(([^()]{2,40})\\)${DASH}${DATE}${DASH}`, 'u');
// These two read a date that DATE matched, which holds nothing but letters, digits, blanks, commas and periods: there a
// letter is [^\s\d.,], the same characters as \p{L}. Searched for unanchored, a \p{L}{3,9} took V8 16–24 ms to compile
// for a text with a curly quote or a dash in it (two-byte), again after V8 dropped the unused code; this, under 0.3 ms.
const MONTH_DAY_YEAR = /([^\s\d.,]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([^\s\d.,]{3,9})\s+(\d{4})/u;
// Day first with the month abbreviated: `3 Aug. 2026`.
const DAY_MONTH_DOT_YEAR = /(\d{1,2})\s+([^\s\d.,]{3,9}\.)\s+(\d{4})/u;

// How every form below opens: `(` or `[` before a service, or a date (a weekday, a month word and a day, or a day).
// Tested first: most datelines are followed by the lede (`The company said …`), which none of the forms can read.
const MAY_EXTEND = /^\s*(?:[([\d]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\p{L}{3,9}\.?\s+\d)/u;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * `MAY_EXTEND.test(rest)`, read in place when the first word after the blanks is ASCII letters ended by an ASCII
 * character (most ledes: `The company said`): then `\p{L}{3,9}` can only take the whole word, since a shorter part
 * is followed by a letter, which neither `\.` nor `\s` matches. Anything else is left to the pattern.
 */
export function mayExtend(rest: string): boolean {
  let at = 0;
  while (at < rest.length && isSpaceUnit(rest.charCodeAt(at))) at++;
  if (at === rest.length) return false;
  const first = rest.charCodeAt(at);
  if (first === 0x28 || first === 0x5b || isDigitUnit(first)) return true;
  if (!isAsciiLetter(first)) return first >= 0x80 && MAY_EXTEND.test(rest);
  let end = at + 1;
  while (end < rest.length && isAsciiLetter(rest.charCodeAt(end))) end++;
  if (end < rest.length && rest.charCodeAt(end) >= 0x80) return MAY_EXTEND.test(rest);
  if (end - at >= 6) for (const day of WEEKDAY_NAMES) if (rest.startsWith(day, at)) return true;
  if (end - at < 3 || end - at > 9) return false;
  let next = rest.charCodeAt(end) === 0x2e ? end + 1 : end;
  if (next >= rest.length || !isSpaceUnit(rest.charCodeAt(next))) return false;
  while (next < rest.length && isSpaceUnit(rest.charCodeAt(next))) next++;
  return isDigitUnit(rest.charCodeAt(next));
}

/** The dateline with a service and a date that follow it after a dash, or the dateline as it was. */
export function extendReleaseDateline(text: string, dateline: Dateline): Dateline {
  if (dateline.date?.year) return dateline;
  const from = dateline.separator?.end ?? dateline.span.end;
  const rest = text.slice(from, from + 400);
  if (!mayExtend(rest)) return dateline;
  const forms: [RegExp, number, number, boolean][] = [
    [AGENCY_THEN_DATE, 1, 2, true],
    [DATE_THEN_AGENCY, 2, 1, true],
    [LINK_THEN_DATE, 1, 2, true],
  ];
  if (dateline.agency && !dateline.separator) forms.push([DATE_AFTER_AGENCY, 0, 1, false]);
  const issued = dateline.separator ? withIssuerDate(dateline, rest, from) : undefined;
  if (issued) return issued;
  for (const [pattern, agencyGroup, dateGroup, needsDash] of forms) {
    if (needsDash && !dateline.separator) continue;
    const found = pattern.exec(rest);
    const date = found ? readDate(found[dateGroup], from + found.index + found[0].indexOf(found[dateGroup])) : undefined;
    if (!found || !date) continue;
    const extended = makeDateline({ ...dateline, date, span: { start: dateline.span.start, end: from + found[0].trimEnd().length } });
    if (agencyGroup && !dateline.agency) {
      const offset = from + found[0].indexOf(found[agencyGroup]);
      extended.agency = { text: found[agencyGroup], start: offset, end: offset + found[agencyGroup].length };
      extended.agencyForm = 'parentheses';
    }
    const dash = /(--|[-–—])\s*$/.exec(found[0])!;
    const dashStart = from + found[0].length - dash[0].length;
    extended.separator = { text: dash[1], start: dashStart, end: dashStart + dash[1].length };
    return extended;
  }
  return dateline;
}

/**
 * A release that opens with the service and the date before the city: `(NewMediaWire) - May 01, 2025 - DALLAS — …`.
 * `start` is the first non-blank character of a line; the city must be in capitals.
 */
export function readServiceFirstDateline(text: string, start: number, lineEnd: number, line: number): Dateline | undefined {
  if (text.charAt(start) !== '(') return undefined;
  const found = SERVICE_THEN_DATE.exec(text.slice(start, Math.min(lineEnd, start + 200)));
  const date = found ? readDate(found[2], start + found[0].indexOf(found[2], found[1].length + 2)) : undefined;
  if (!found || !date) return undefined;
  const city = parseDateline(text, start + found[0].length, lineEnd, line);
  if (!city || city.agency || city.date || !isInCapitals(city.city.text)) return undefined;
  const agencyStart = start + 1;
  return makeDateline({
    ...city,
    span: { start, end: city.span.end },
    agency: { text: found[1], start: agencyStart, end: agencyStart + found[1].length },
    agencyForm: 'parentheses',
    date,
  });
}

/**
 * The date and the issuer after the dash. The slashes name the company that issued the release, not a distribution
 * service, so they are kept out of the agency; the dash before the date stays the separator.
 */
function withIssuerDate(dateline: Dateline, rest: string, from: number): Dateline | undefined {
  const found = DATE_THEN_ISSUER.exec(rest);
  const date = found ? readDate(found[1], from + found.index + found[0].indexOf(found[1])) : undefined;
  return found && date ? makeDateline({ ...dateline, date, span: { start: dateline.span.start, end: from + found[0].length } }) : undefined;
}

/** The parts of a date that DATE matched (`words`, at `offset` in the text). */
function readDate(words: string, offset: number): DatelineDate | undefined {
  const dotted = DAY_MONTH_DOT_YEAR.exec(words);
  const found = dotted ?? MONTH_DAY_YEAR.exec(words);
  if (!found) return undefined;
  const [monthText, dayText, yearText] = dotted ? [found[2], found[1], found[3]] : found[1] ? [found[1], found[2], found[3]] : [found[5], found[4], found[6]];
  const month = monthNumber(monthText);
  if (month === undefined) return undefined;
  const base = offset + found.index;
  const at = (part: string): TextSpan => {
    const start = base + found[0].indexOf(part);
    return { text: part, start, end: start + part.length };
  };
  const day = at(dayText);
  const year = at(yearText);
  return {
    month: at(monthText),
    monthNumber: month,
    day: { text: day.text, start: day.start, end: day.end, value: Number(dayText) },
    year: { text: year.text, start: year.start, end: year.end, value: Number(yearText) },
  };
}
