import { Rule } from './rule';

export const datelineMonthFormat: Rule = {
  id: 'dateline/month-format',
  description: 'The dateline month is misspelt or not in the house style\'s form (Xinhua and AP `Aug.`, `Sept.`, `March`; Reuters `Aug`, `Sept`).',
  defaultSeverity: 'warning',
  check({ article, style }) {
    const date = article.dateline?.date;
    if (!date) return [];
    if (date.monthNumber === undefined) {
      return [{ span: date.month, message: `\`${date.month.text}\` is not a month: a ${style.name} dateline writes ${style.months.slice(0, 3).map((month) => `\`${month}\``).join(', ')} …` }];
    }
    if (style.anyMonthForm) return [];
    const wanted = style.months[date.monthNumber - 1];
    if (!wanted || date.month.text === wanted) return [];
    return [{
      span: date.month,
      message: `\`${date.month.text}\` in a ${style.name} dateline is written \`${wanted}\`.`,
      fixes: [{ title: `Write \`${wanted}\``, edits: [{ span: date.month, newText: wanted }], safe: true }],
    }];
  },
};
