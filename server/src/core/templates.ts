// New-document templates as VS Code snippets (`${1:CITY}` placeholders, `$0` the final cursor), built from a
// house style's data so the skeleton already checks clean in that style. Pure: the date is passed in.
import { HouseStyle } from './styles/style';

export type TemplateKind = 'wire-article' | 'press-release';

/** A dateline's date as the style writes it: `Aug. 30`, `Aug 30`, `Aug. 30, 2025`, or nothing (AP). */
export function styleDate(style: HouseStyle, today: Date): string {
  if (style.datelineDate === 'none') return '';
  const date = `${style.months[today.getMonth()]} ${today.getDate()}`;
  return style.datelineYear ? `${date}, ${today.getFullYear()}` : date;
}

/** Literal text inside a snippet: `$`, `}` and `\` are escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * What follows the city and date in the style's dateline, up to the lede: the agency or service in its form and
 * the separator. `agency` is snippet text (escaped, or a placeholder). The one place both the new-document
 * templates and the dateline completion take it from, so that they write the same dateline.
 */
export function datelineTail(style: HouseStyle, agency: string): string {
  const separator = escapeSnippet(style.separator);
  if (!style.agency) return ` ${separator} `;
  // `CITY--(BUSINESS WIRE)--Text`: the service's dashes are the separator, and Business Wire runs them into the
  // city and the lede without spaces.
  if (style.agencyForm === 'dashes') return `--(${agency})--`;
  return style.agencyForm === 'slashes' ? ` /${agency}/ ${separator} ` : ` (${agency}) ${separator} `;
}

/** The dateline with placeholders 1 (city), 2 (date) and 3 (agency or service), then the separator. */
function datelineSnippet(style: HouseStyle, today: Date, region?: string): string {
  const date = styleDate(style, today);
  const snippet = '${1:CITY}' + (region ? `, \${4:${escapeSnippet(region)}}` : '') + (date ? `, \${2:${escapeSnippet(date)}}` : '');
  return snippet + datelineTail(style, style.agency ? `\${3:${escapeSnippet(style.agency)}}` : '');
}

/** A news story: dateline, lede, a quote with a named speaker, and the style's sign-off. */
export function wireArticleTemplate(style: HouseStyle, today: Date): string {
  const terminator = style.terminator ? ` ${escapeSnippet(style.terminator)}` : '';
  return [
    `${datelineSnippet(style, today)}\${5:Who did what, where and when, in one sentence.}`,
    '',
    '${6:The next most important fact, with its source, officials said.}',
    '',
    '"${7:A quotation that adds something new}," said ${8:Full Name}, ${9:title}.',
    '',
    `\${0:The last paragraph, with background.}${terminator}`,
    '',
  ].join('\n');
}

/** A press release: release line, headline, dateline, lede, quote, boilerplate, media contact and end mark. */
export function pressReleaseTemplate(style: HouseStyle, today: Date): string {
  const settings = style.release;
  const releaseLine = escapeSnippet(settings?.releaseLine ?? 'FOR IMMEDIATE RELEASE');
  const endMark = escapeSnippet(settings?.endMarks[0] ?? style.terminator ?? '###');
  return [
    `\${10:${releaseLine}}`,
    '',
    '${11:Company Announces What Is New in Title Case}',
    '${12:A subheadline with the detail that did not fit}',
    '',
    `${datelineSnippet(style, today, 'State')}\${13:Company Name} today announced \${14:what, where and when}.`,
    '',
    '${15:The next most important fact.}',
    '',
    '"${16:A quotation that says why it matters to customers}," said ${17:Full Name}, ${18:chief executive officer} of ${13}.',
    '',
    'About ${13}',
    '${19:Who the company is, what it does and where it is based.}',
    '',
    'Media Contact:',
    '${20:Contact Name}',
    '${21:press@example.com}',
    '${22:+1 555-555-0100}',
    '',
    `${endMark}$0`,
    '',
  ].join('\n');
}

export function documentTemplate(kind: TemplateKind, style: HouseStyle, today: Date): string {
  return kind === 'press-release' ? pressReleaseTemplate(style, today) : wireArticleTemplate(style, today);
}
