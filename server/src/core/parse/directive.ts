/**
 * A line `[wirecheck-disable rule/id other/id]` switches those rules off for the whole file; a line
 * `[wirecheck-disable-next-line rule/id]` only for the line below it.
 */
// One blank, then anything: `\s+` followed by `[^\]]*` could split a run of blanks in n ways, and a
// 30,000-blank line without `]` took 15 seconds.
const DIRECTIVE = /^\[wirecheck-disable(-next-line)?(?:\s([^\]]*))?\]$/;

export type DirectiveScope = 'file' | 'next-line';

/** A directive line read: its rules and how far they reach; undefined for any other line. */
export function readDirective(content: string): { rules: string[]; scope: DirectiveScope } | undefined {
  const match = DIRECTIVE.exec(content);
  if (!match) return undefined;
  return { rules: (match[2] ?? '').split(/[\s,]+/).filter(Boolean), scope: match[1] ? 'next-line' : 'file' };
}

/** The rule ids of a directive line of either scope (its content without surrounding blanks), or undefined. */
export function parseDirective(content: string): string[] | undefined {
  return readDirective(content)?.rules;
}

export function formatDirective(rules: string[], scope: DirectiveScope = 'file'): string {
  return `[wirecheck-disable${scope === 'next-line' ? '-next-line' : ''} ${rules.join(' ')}]`;
}

/** Where a text starts after the directive lines at its top (0 when it has none): a release line may follow them. */
export function afterDirectiveLines(text: string): number {
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (end === at || parseDirective(text.slice(at, end).trim()) === undefined) return at;
    at = lineEnd < 0 ? text.length : lineEnd + 1;
  }
}
