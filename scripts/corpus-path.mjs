// Where the shared corpus is: $WIRECHECK_CORPUS, or ../shared/corpus beside the repository root.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus directory, or undefined when there is none (the caller says so and exits 0). */
export function findCorpus() {
  const candidate = process.env.WIRECHECK_CORPUS ? resolve(process.env.WIRECHECK_CORPUS) : resolve(repoRoot, '..', 'shared', 'corpus');
  return existsSync(candidate) ? candidate : undefined;
}
