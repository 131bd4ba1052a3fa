#!/usr/bin/env node
// `npm run eval`: runs every evaluation part (`scripts/eval-*.mjs`) in turn against the real corpus.
// Each part reads the corpus itself (from $WIRECHECK_CORPUS or ../shared/corpus), says clearly when it is
// absent and exits 0 then. This driver only finds and runs the parts, and fails when one of them fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const parts = readdirSync(here).filter((name) => /^eval-.+\.mjs$/.test(name)).sort();
let failed = false;
for (const part of parts) {
  console.log(`\n## ${part}`);
  const result = spawnSync(process.execPath, [join(here, part), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${part} exited with ${result.status ?? result.signal}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
