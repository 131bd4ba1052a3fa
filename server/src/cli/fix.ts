import { Analysis, MAX_FIX_PASSES, WirecheckConfig, fixAllSafe } from '../core';
import { ArticleFile } from './read';
import { ChangedOnDiskError, writeFixedFile } from './write';

/**
 * `--fix` for one file: the same fix-all as the editor's `source.fixAll.wirecheck` (every safe fix, re-checked
 * until stable), written in place, with one line on stderr saying how many fixes were applied.
 */
export function fixFile(
  file: ArticleFile,
  analysis: Analysis,
  config: WirecheckConfig,
  say: (line: string) => void = (line) => process.stderr.write(line),
): { analysis: Analysis; writeFailed: boolean } {
  const fixed = fixAllSafe(analysis, config);
  if (fixed.stuck?.length) {
    say(`wirecheck: ${file.path}: left out the fixes of ${fixed.stuck.join(', ')}: re-checked, they did not hold.\n`);
  }
  if (fixed.applied === 0) return { analysis, writeFailed: false };
  try {
    writeFixedFile(file, fixed.text);
  } catch (error) {
    say(`wirecheck: ${error instanceof ChangedOnDiskError ? error.message : `${file.path}: could not write fixes (${(error as Error).message}).`}\n`);
    return { analysis, writeFailed: true };
  }
  file.text = fixed.text;
  const limit = fixed.passes >= MAX_FIX_PASSES ? ` (stopped after ${MAX_FIX_PASSES} passes)` : '';
  say(`wirecheck: ${file.path}: ${fixed.applied} ${fixed.applied === 1 ? 'fix' : 'fixes'} applied${limit}.\n`);
  return { analysis: fixed.analysis, writeFailed: false };
}
