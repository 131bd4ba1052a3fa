import { Rule } from './rule';
import { firstContentLine, hasBody, lineBreakOf, releaseOf } from './release-shape';

export const releaseLineMissing: Rule = {
  id: 'release/release-line-missing',
  description: 'The release does not open with `FOR IMMEDIATE RELEASE` or `EMBARGOED UNTIL <date, time, zone>`.',
  defaultSeverity: 'warning',
  releaseOnly: true,
  check({ article, style }) {
    const settings = style.release;
    if (!settings?.releaseLineRequired || !hasBody(article) || releaseOf(article).releaseLine) return [];
    const first = firstContentLine(article);
    const breakText = lineBreakOf(article.text);
    return [{
      span: first,
      message: `The release has no release line: open it with \`${settings.releaseLine}\` or \`EMBARGOED UNTIL <date, time, zone>\`.`,
      fixes: [{ title: `Add \`${settings.releaseLine}\` at the top`, edits: [{ span: { start: first.start, end: first.start }, newText: `${settings.releaseLine}${breakText}${breakText}` }], safe: false }],
    }];
  },
};
