import { Analysis, analyse } from './analyse';
import { WirecheckConfig } from './config';
import { TextEdit } from './finding';
import { applyEdits, chooseSafeFixes } from './apply-fixes';
import { textEdits } from './text-diff';

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
  /** Rules whose safe fixes were left out: applied, they did not remove their finding or lost the dateline/sign-off. */
  stuck?: string[];
}

/**
 * Applies every safe fix, then re-checks and applies what became fixable, until nothing changes or the pass
 * limit is reached. A rule whose fix does not remove its finding, or loses the dateline or the sign-off, is left
 * out rather than repeated. The one fix-all: the editor's `source.fixAll.wirecheck` and the CLI's `--fix` call it.
 */
export function fixAllSafe(
  first: Analysis,
  config: WirecheckConfig,
  recheck: (text: string) => Analysis = (text) => analyse(text, config),
): FixAllResult {
  // Only part of the file was checked (binary, too large): its findings carry no fixes, and nothing is written.
  if (first.notice) return { text: first.article.text, applied: 0, passes: 0, analysis: first, edits: [] };
  const original = first.article.text;
  let analysis = first;
  let text = original;
  let applied = 0;
  let passes = 0;
  let firstPassEdits: TextEdit[] = [];
  // Rules whose fix did not remove their finding: applying it again would only repeat the edit.
  const stuck = new Set<string>();
  while (passes < MAX_FIX_PASSES) {
    const { edits, fixed } = chooseSafeFixes(analysis.findings.filter((finding) => !stuck.has(finding.rule)));
    const next = applyEdits(text, edits);
    if (fixed.length === 0 || next === text) break;
    const nextAnalysis = recheck(next);
    const rules = [...new Set(fixed.map((finding) => finding.rule))];
    if (!holds(analysis, nextAnalysis, rules)) {
      // Find the rules whose fixes fail on their own and take the pass again without them. `stuck` only grows,
      // and a pass that fails with no single culprit gives up all its rules, so this ends.
      const before = stuck.size;
      for (const rule of rules) {
        const alone = applyEdits(text, chooseSafeFixes(fixed.filter((finding) => finding.rule === rule)).edits);
        if (!holds(analysis, recheck(alone), [rule])) stuck.add(rule);
      }
      if (stuck.size === before) rules.forEach((rule) => stuck.add(rule));
      continue;
    }
    if (passes === 0) firstPassEdits = edits;
    passes++;
    applied += fixed.length;
    text = next;
    analysis = nextAnalysis;
  }
  const edits = passes <= 1 ? firstPassEdits : textEdits(original, text);
  return { text, applied, passes, analysis, edits, stuck: [...stuck] };
}

/**
 * Whether fixes of these rules did what a safe fix must: fewer findings of each rule, and the dateline and the
 * sign-off still found where they were.
 */
function holds(before: Analysis, after: Analysis, rules: string[]): boolean {
  if (before.article.dateline && !after.article.dateline) return false;
  if (before.article.terminator && !after.article.terminator) return false;
  return rules.every((rule) => count(after, rule) < count(before, rule));
}

function count(analysis: Analysis, rule: string): number {
  return analysis.findings.filter((finding) => finding.rule === rule).length;
}
