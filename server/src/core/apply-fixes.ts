import { Finding, Fix, TextEdit } from './finding';

/** The fix that fix-all, `--fix` and "fix all of a rule" apply for a finding: its first safe one. */
export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes?.find((candidate) => candidate.safe);
}

/**
 * The safe fixes of the findings that can be applied together: in finding order, each fix whose edits do not
 * overlap an edit already taken. Returns their edits and the findings they fix.
 */
export function chooseSafeFixes(findings: Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const finding of findings) {
    const fix = safeFixOf(finding);
    if (!fix || fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    fixed.push(finding);
  }
  return { edits: taken, fixed };
}

/**
 * Applies the first safe fix of each finding, skipping any that overlaps an edit already taken.
 * Returns the new text and how many fixes were applied.
 */
export function applySafeFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const { edits, fixed } = chooseSafeFixes(findings);
  return { text: applyEdits(text, edits), applied: fixed.length };
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end || a.span.start === b.span.start;
}
