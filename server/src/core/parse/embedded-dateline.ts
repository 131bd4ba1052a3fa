import { Dateline } from '../article';
import { isInCapitals, parseDateline } from './dateline';

// An agency in parentheses and a dash: where a dateline run into a headline line ends (`(Yonhap) --`).
const AGENCY_THEN_DASH = /\([^()]{2,30}\)\s*(?:--|—|–|-|_)/u;
/** How far before the agency the dateline's city may start: city, region and date. */
const LOOK_BACK = 90;
const UPPER_START = /\p{Lu}/u;

/**
 * A full dateline (city in capitals, date, agency in parentheses, dash) after a headline on the same line, as
 * Yonhap's feed runs them: `… for 3-year chairmanship SEOUL, Dec. 29 (Yonhap) -- Yim Jong-yong …`, also with a
 * city pair and a region (`BUSAN/ULSAN, South Korea, Dec. 3 (Yonhap) --`). Found from the agency backwards, so
 * that no pattern scans the headline from every position; `head` is one line's start, `base` its offset.
 */
export function findDatelineInLine(text: string, head: string, base: number, lineEnd: number, line: number): Dateline | undefined {
  const found = AGENCY_THEN_DASH.exec(head);
  if (!found) return undefined;
  const agencyStart = base + found.index + 1;
  for (let at = Math.max(1, found.index - LOOK_BACK); at < found.index; at++) {
    if (!/\s/.test(head.charAt(at - 1)) || !UPPER_START.test(head.charAt(at))) continue;
    const dateline = parseDateline(text, base + at, lineEnd, line);
    if (!dateline?.date || dateline.agency?.start !== agencyStart) continue;
    if (isInCapitals(dateline.city.text)) return dateline;
  }
  return undefined;
}
