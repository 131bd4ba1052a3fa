import { Finding, TextEdit } from './finding';

/**
 * Applies the first safe fix of each finding, skipping any that overlaps an edit already taken.
 * Returns the new text and how many fixes were applied.
 */
export function applySafeFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const chosen: TextEdit[][] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.safe);
    if (!fix || fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    chosen.push(fix.edits);
    taken.push(...fix.edits);
  }
  return { text: applyEdits(text, taken), applied: chosen.length };
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
