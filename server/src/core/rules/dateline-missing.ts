import { datelineExample } from './dateline-shape';
import { Rule } from './rule';

export const datelineMissing: Rule = {
  id: 'dateline/missing',
  description: 'The story has no dateline (`CITY, Month Day (Agency) --`) at its start.',
  defaultSeverity: 'error',
  check({ article, style }) {
    // Undated stories are normal copy where the style allows them (`generic`: features, analyses, columns).
    if (article.dateline || article.paragraphs.length === 0 || style.datelineRequired === false) return [];
    const first = article.paragraphs[0].span;
    const lineEnd = article.text.indexOf('\n', first.start);
    const end = lineEnd < 0 || lineEnd > first.end ? first.end : lineEnd;
    const example = datelineExample(style);
    return [{ span: { start: first.start, end: Math.max(end, first.start) }, message: `No dateline: a ${style.name} story starts with one, e.g. \`${example}\`.` }];
  },
};
