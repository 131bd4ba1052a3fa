import { EmbargoTime } from '../release-model';
import { monthNumber } from './months';

// An embargo names a moment in any of the orders desks use: `9 a.m. ET, Sept. 19, 2025`,
// `Sept. 19, 2025, 10:00 EDT`, `00:01 GMT 19 September 2025`, `2025-09-19T10:00-04:00`.
// Each part is found on its own; the date is required, time and zone are optional.
const MONTH_FIRST = /\b(\p{L}{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/gu;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,9}\.?)(?:,?\s+(\d{4})\b)?/gu;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?!\d)/;
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const CLOCK = /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?=$|[\s,;)])|(?<![\d:T-])(\d{1,2}):(\d{2})\b|\b(noon|midnight)\b/i;
const ZONE = /\b(UTC|GMT|[ECMP][SD]?T|AK[SD]T|HST|BST|CES?T|CEST|JST|KST|IST|AEST|AEDT|SGT|HKT)\b|(?:T\d{2}:\d{2}(?::\d{2})?)?([+-]\d{2}:?\d{2}|Z)\b/;

/** Reads the moment an embargo names; undefined when no month and day can be found. */
export function parseEmbargoTime(words: string): EmbargoTime | undefined {
  const text = words.slice(0, 200);
  const date = readDate(text);
  if (!date) return undefined;
  const clock = date.hour === undefined ? CLOCK.exec(text) : null;
  if (clock) Object.assign(date, readClock(clock));
  const zone = ZONE.exec(text);
  if (zone) date.zone = zone[1] ?? zone[2];
  return date;
}

function readDate(text: string): EmbargoTime | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), ...(iso[4] ? { hour: Number(iso[4]), minute: Number(iso[5]) } : {}) });
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return valid({ year: Number(numeric[3]), month: Number(numeric[1]), day: Number(numeric[2]) });
  for (const [pattern, monthGroup, dayGroup] of [[MONTH_FIRST, 1, 2], [DAY_FIRST, 2, 1]] as const) {
    for (const found of text.matchAll(pattern)) {
      const month = monthNumber(found[monthGroup]);
      if (month !== undefined) return valid({ month, day: Number(found[dayGroup]), year: found[3] ? Number(found[3]) : undefined });
    }
  }
  return undefined;
}

function valid(date: EmbargoTime): EmbargoTime | undefined {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined;
  if (date.year === undefined) delete date.year;
  return date;
}

function readClock(clock: RegExpExecArray): Pick<EmbargoTime, 'hour' | 'minute'> {
  if (clock[6]) return { hour: clock[6].toLowerCase() === 'noon' ? 12 : 0, minute: 0 };
  if (clock[4]) return { hour: Number(clock[4]), minute: Number(clock[5]) };
  let hour = Number(clock[1]) % 12;
  if (/^p/i.test(clock[3])) hour += 12;
  return { hour, minute: clock[2] ? Number(clock[2]) : 0 };
}

/** -1, 0 or 1: how an embargo's calendar day compares with a dateline's (both with a year). */
export function compareDays(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  const key = (d: typeof a) => d.year * 10000 + d.month * 100 + d.day;
  return Math.sign(key(a) - key(b));
}
