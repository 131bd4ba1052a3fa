import { Rule } from './rule';
import { releaseOf } from './release-shape';

export const releaseEmbargoUnreadable: Rule = {
  id: 'release/embargo-unreadable',
  description: 'The embargo line does not say when the embargo lifts in a form a reader (or Wirecheck) can be sure of.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const line = releaseOf(article).releaseLine;
    if (!style.release || line?.kind !== 'embargo' || !line.embargo || line.embargo.time) return [];
    const words = line.embargo.text;
    return [{
      span: words.text ? words : line.span,
      message: words.text
        ? `The embargo \`${words.text}\` names no date: write it as \`EMBARGOED UNTIL 9 a.m. ET, Sept. 19, 2025\`.`
        : 'The embargo line says not until when: write `EMBARGOED UNTIL 9 a.m. ET, Sept. 19, 2025`.',
    }];
  },
};
