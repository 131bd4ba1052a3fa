import { WEEKDAYS, daysInMonth } from '../parse/months';
import { Report } from '../finding';
import { Rule } from './rule';

/** White space then a capital letter. */
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;

// A past-tense verb right before a weekday dates an event: `said Tuesday`, `announced on Friday`.
const IRREGULAR_PAST = 'said|told|met|held|made|took|gave|sent|won|lost|rose|fell|sold|bought|left|came|went|began|became|paid|led|spoke|wrote|struck|hit|cut|set|put|saw|shot|fought|ran|flew|brought|kept|found|thought|broke|chose|drew|drove|grew|knew|threw|swore|stood|sat|felt|heard|meant|read';
const DATED_VERB = new RegExp(`\\b(?:${IRREGULAR_PAST}|[a-z]{2,}ed)\\s+(?:on\\s+|late\\s+|early\\s+)?(${WEEKDAYS.join('|')})\\b`, 'g');
/**
 * Days before the dateline a past weekday may name: stories are filed the day after, and a Monday story
 * reports what was said on Friday. A weekday further back (or the day after) is a slip.
 */
const DAYS_BACK_ALLOWED = 3;

export const datelineWeekdayMismatch: Rule = {
  id: 'dateline/weekday-mismatch',
  description: 'The lede dates an event by a weekday that does not fit the dateline\'s date (`said Tuesday` under `Aug. 30, 2021`, a Monday).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const date = article.dateline?.date;
    const year = date?.year?.value ?? style.year;
    const lede = article.paragraphs[0];
    if (!date?.day || date.monthNumber === undefined || year === undefined || !lede) return [];
    if (date.day.value < 1 || date.day.value > daysInMonth(date.monthNumber, year)) return [];
    const datelineDay = new Date(Date.UTC(year, date.monthNumber - 1, date.day.value)).getUTCDay();
    const reports: Report[] = [];
    const text = article.text.slice(lede.span.start, lede.span.end);
    DATED_VERB.lastIndex = 0;
    for (let found = DATED_VERB.exec(text); found; found = DATED_VERB.exec(text)) {
      // `to be reported Tuesday`, `will be heard Tuesday`: a future event; `Saturday Night` (a title): not a date.
      const before = text.slice(Math.max(0, found.index - 12), found.index);
      if (/\b(?:be|will|would|to|shall)\s+$/i.test(before)) continue;
      if (SPACE_THEN_CAPITAL.test(text.slice(found.index + found[0].length, found.index + found[0].length + 3))) continue;
      const named = WEEKDAYS.indexOf(found[1]);
      const daysBack = (datelineDay - named + 7) % 7;
      if (daysBack <= DAYS_BACK_ALLOWED) continue;
      const start = lede.span.start + found.index + found[0].length - found[1].length;
      reports.push({
        span: { start, end: start + found[1].length },
        message: `The dateline's date is a ${WEEKDAYS[datelineDay]} (${date.month.text} ${date.day.value}, ${year}); \`${found[1]}\` does not fit it.`,
      });
    }
    return reports;
  },
};
