import { Report } from '../finding';
import { Rule } from './rule';

export const peopleSurnameBeforeIntroduction: Rule = {
  id: 'people/surname-before-introduction',
  description: 'A person is called by surname before the story introduces them by full name (and title).',
  defaultSeverity: 'warning',
  check({ article }) {
    const reports: Report[] = [];
    for (const person of article.people) {
      const early = person.mentions.find((mention) =>
        (mention.kind === 'surname' || mention.kind === 'title-surname') && mention.span.end <= person.introduction.start);
      if (!early) continue;
      reports.push({
        span: early.span,
        message: `\`${article.text.slice(early.span.start, early.span.end)}\` comes before ${person.fullName} is introduced: introduce a person by full name${person.title ? ' and title' : ''} at first mention.`,
      });
    }
    return reports;
  },
};
