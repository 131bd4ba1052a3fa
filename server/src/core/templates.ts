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

/** The dateline with placeholders 1 (city), 2 (date) and 3 (agency or service), then the separator. */
function datelineSnippet(style: HouseStyle, today: Date, region?: string): string {
  const date = styleDate(style, today);
  let snippet = '${1:CITY}' + (region ? `, \${4:${escapeSnippet(region)}}` : '') + (date ? `, \${2:${escapeSnippet(date)}}` : '');
  if (!style.agency) return `${snippet} ${escapeSnippet(style.separator)} `;
  const agency = `\${3:${escapeSnippet(style.agency)}}`;
  // `--(BUSINESS WIRE)--` carries its own dashes: no separator follows it.
  if (style.agencyForm === 'dashes') return `${snippet}--(${agency})--`;
  snippet += style.agencyForm === 'slashes' ? ` /${agency}/` : ` (${agency})`;
  return `${snippet} ${escapeSnippet(style.separator)} `;
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
