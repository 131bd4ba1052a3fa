// What V8's warm-up costs one CLI worker: a first (cold) pass over its share of the corpus, then the same files
// again (warm), in one fresh thread with the CLI's batch settings. The difference is what every worker of a run pays
// before it checks at full speed: TurboFan's compiles (on the checking thread when every core checks, see
// server/src/cli/v8-tuning.ts), and the time spent in unoptimised code until then.
//
//   node scripts/bench/warm-up.mjs [--share 2] [--threads 2]     (after npm run build)
//
// --share N takes every N-th corpus file (2: what each of two workers checks); --threads is the number of checking
// threads the batch settings assume. Timings drift with the machine: compare runs taken side by side.
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { performance } from 'perf_hooks';
import { Worker, isMainThread } from 'worker_threads';
import { ROOT, corpusDir, corpusFiles } from './articles.mjs';

const require = createRequire(import.meta.url);

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const dir = corpusDir();
if (!dir) {
  console.log('warm-up: corpus not found (set WIRECHECK_CORPUS or put it at ../shared/corpus)');
  process.exit(0);
}
const share = option('--share', 2);
const threads = option('--threads', 2);
if (isMainThread) {
  // Set before the worker starts, as the CLI sets them before its workers: some are read when an isolate is made.
  require(path.join(ROOT, 'out', 'server', 'src', 'cli', 'v8-tuning.js')).tuneV8ForBatch(threads);
  new Worker(new URL(import.meta.url), { argv: process.argv.slice(2) });
} else {
  measure();
}

function measure() {
  const core = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js'));

  const texts = corpusFiles(dir).filter((_, i) => i % share === 0).map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
  const chars = texts.reduce((sum, text) => sum + text.length, 0);

  function pass() {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const text of texts) core.analyse(text, core.DEFAULT_CONFIG);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  }

  const cold = pass();
  const warm = pass();
  const line = (name, { ms, cpuMs }) => `${name.padEnd(6)} ${(ms / 1000).toFixed(2).padStart(6)} s  CPU ${(cpuMs / 1000).toFixed(2).padStart(6)} s  ${(chars / 1e6 / (ms / 1000)).toFixed(2).padStart(5)} Mchar/s`;
  console.log(`${texts.length} files (1 in ${share} of the corpus), ${(chars / 1e6).toFixed(1)} Mchar, in a worker with the batch settings for ${threads} checking thread(s)`);
  console.log(line('cold', cold));
  console.log(line('warm', warm));
  console.log(`warm-up ${((cold.ms - warm.ms) / 1000).toFixed(2)} s (the cold pass takes ${(cold.ms / warm.ms).toFixed(2)} × the warm one)`);
}
