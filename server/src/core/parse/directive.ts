/** A line `[wirecheck-disable rule/id other/id]`: switches those rules off for the whole file. */
// One blank, then anything: `\s+` followed by `[^\]]*` could split a run of blanks in n ways, and a
// 30,000-blank line without `]` took 15 seconds.
const DIRECTIVE = /^\[wirecheck-disable(?:\s([^\]]*))?\]$/;

/** The rule ids of a directive line (its content without surrounding blanks), or undefined for any other line. */
export function parseDirective(content: string): string[] | undefined {
  const match = DIRECTIVE.exec(content);
  return match ? (match[1] ?? '').split(/[\s,]+/).filter(Boolean) : undefined;
}

export function formatDirective(rules: string[]): string {
  return `[wirecheck-disable ${rules.join(' ')}]`;
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
