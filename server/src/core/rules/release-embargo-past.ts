import { compareDays } from '../parse/embargo';
import { Rule } from './rule';
import { releaseOf } from './release-shape';

export const releaseEmbargoPast: Rule = {
  id: 'release/embargo-past',
  description: 'The embargo lifts before the date in the dateline, so it holds nothing back (checked when the dateline has a year).',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const line = releaseOf(article).releaseLine;
    const time = line?.embargo?.time;
    const date = article.dateline?.date;
    if (!style.release || !line?.embargo || !time || !date?.year || !date.day || !date.monthNumber) return [];
    const embargoDay = { year: time.year ?? date.year.value, month: time.month, day: time.day };
    const datelineDay = { year: date.year.value, month: date.monthNumber, day: date.day.value };
    if (compareDays(embargoDay, datelineDay) >= 0) return [];
    return [{
      span: line.embargo.text,
      message: `The embargo lifts on ${formatDay(embargoDay)}, before the dateline's ${formatDay(datelineDay)}: an embargo must end after the release is dated.`,
    }];
  },
};

function formatDay(day: { year: number; month: number; day: number }): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
