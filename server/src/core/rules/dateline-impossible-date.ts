import { daysInMonth } from '../parse/months';
import { Rule } from './rule';

export const datelineImpossibleDate: Rule = {
  id: 'dateline/impossible-date',
  description: 'The dateline names a day the month does not have (`Feb. 30`, `Sept. 31`).',
  defaultSeverity: 'error',
  check({ article, style }) {
    const date = article.dateline?.date;
    if (!date?.day || date.monthNumber === undefined) return [];
    const year = date.year?.value ?? style.year;
    const last = daysInMonth(date.monthNumber, year);
    if (date.day.value >= 1 && date.day.value <= last) return [];
    const yearNote = date.monthNumber === 2 && year !== undefined ? ` in ${year}` : '';
    return [{
      span: { start: date.month.start, end: date.day.end },
      message: `\`${date.month.text} ${date.day.text}\` is not a date: the month has ${last} days${yearNote}.`,
    }];
  },
};
