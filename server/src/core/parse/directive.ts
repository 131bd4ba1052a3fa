/** A line `[wirecheck-disable rule/id other/id]`: switches those rules off for the whole file. */
const DIRECTIVE = /^\[wirecheck-disable(?:\s+([^\]]*))?\]$/;

/** The rule ids of a directive line (its content without surrounding blanks), or undefined for any other line. */
export function parseDirective(content: string): string[] | undefined {
  const match = DIRECTIVE.exec(content);
  return match ? (match[1] ?? '').split(/[\s,]+/).filter(Boolean) : undefined;
}

export function formatDirective(rules: string[]): string {
  return `[wirecheck-disable ${rules.join(' ')}]`;
}
