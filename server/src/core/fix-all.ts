import { Analysis, analyse } from './analyse';
import { WirecheckConfig } from './config';
import { TextEdit } from './finding';
import { applyEdits, chooseSafeFixes } from './apply-fixes';

/** One fix can make another possible (two fixes in one dateline); more passes than this mean a loop. */
export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  passes: number;
  /** The analysis of the final text. */
  analysis: Analysis;
  /** Edits that turn the original text into `text`, for an editor to apply in one step. */
  edits: TextEdit[];
}

/**
 * Applies every safe fix, then re-checks and applies what became fixable, until nothing changes or the pass
 * limit is reached. The one fix-all: the editor's `source.fixAll.wirecheck` and the CLI's `--fix` both call it.
 */
export function fixAllSafe(first: Analysis, config: WirecheckConfig, maxPasses = MAX_FIX_PASSES): FixAllResult {
  const original = first.article.text;
  let analysis = first;
  let text = original;
  let applied = 0;
  let passes = 0;
  let firstPassEdits: TextEdit[] = [];
  while (passes < maxPasses) {
    const { edits, fixed } = chooseSafeFixes(analysis.findings);
    const next = applyEdits(text, edits);
    if (fixed.length === 0 || next === text) break;
    if (passes === 0) firstPassEdits = edits;
    passes++;
    applied += fixed.length;
    text = next;
    analysis = analyse(text, config);
  }
  const edits = passes <= 1 ? firstPassEdits : [differingRegion(original, text)];
  return { text, applied, passes, analysis, edits };
}

/** One edit replacing the part of `before` that differs from `after` (common prefix and suffix kept). */
export function differingRegion(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}
