#!/usr/bin/env node
// Replays, through the whole analysis, the attack string recheck built for every regex that test/regex-verdicts.json
// records as not safe. A regex can be polynomial on its own and still harmless where it is used (bounded input, a
// guard before it); this measures what a hostile article actually costs. Reports the slowest placement per regex
// and exits 1 when any takes longer than --limit ms (default 1000) at --size characters (default 100,000).
// Run after a build: `node scripts/regex-attacks.mjs [--size N] [--limit MS]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus-path.mjs';
import { option } from './script-args.mjs';

const size = Number(option('--size') ?? 100_000);
const limit = Number(option('--limit') ?? 1000);
const { check } = await import('recheck');
const core = await import(join(repoRoot, 'out/server/src/core/index.js'));
const seed = readFileSync(join(repoRoot, 'seeds/xinhua-seed.txt'), 'utf8');
const { verdicts } = JSON.parse(readFileSync(join(repoRoot, 'test/regex-verdicts.json'), 'utf8'));
const STYLES = ['auto', 'xinhua', 'ap', 'reuters-1987', 'press-release'];
// Where hostile text can sit in an article: alone, as its first or last line, inside a statement.
const placements = (attack) => ({ alone: attack, first: `${attack}\n${seed}`, last: `${seed}\n${attack}`, inline: seed.replace('Xi said', `Xi ${attack} said`) });

let slow = 0;
for (const [key, verdict] of Object.entries(verdicts)) {
  if (verdict === 'safe') continue;
  const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(key);
  const diagnosis = await check(source, flags, { timeout: 20_000, randomSeed: 1 });
  if (diagnosis.status !== 'vulnerable') continue;
  const { pumps, suffix } = diagnosis.attack;
  const attack = pumps.map(({ prefix, pump }) => prefix + pump.repeat(Math.ceil(size / pumps.length / Math.max(1, pump.length)))).join('') + suffix;
  let worst = { ms: 0, where: '' };
  for (const style of STYLES) {
    for (const [where, text] of Object.entries(placements(attack))) {
      const started = performance.now();
      core.analyse(text, { ...core.DEFAULT_CONFIG, style });
      const ms = performance.now() - started;
      if (ms > worst.ms) worst = { ms, where: `${style}, ${where}` };
    }
  }
  if (worst.ms > limit) slow++;
  console.log(`${worst.ms.toFixed(0).padStart(7)} ms  ${worst.where.padEnd(22)} ${verdict.where}  ${diagnosis.attack.pattern.slice(0, 50)}`);
}
console.log(slow ? `regex-attacks: ${slow} attack(s) over ${limit} ms at ${size} characters` : `regex-attacks: every attack under ${limit} ms at ${size} characters`);
process.exit(slow ? 1 : 0);
