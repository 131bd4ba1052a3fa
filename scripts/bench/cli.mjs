// The command line over a whole archive: end-to-end wall time of `wirecheck FILE…`, as a user would run it.
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { round, summarise } from './stats.mjs';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const CPU_WRAPPER = path.join(HERE, 'cli-cpu.cjs');
/** The floor: the CLI built by tsc with an analysis that finds nothing (see cli-noop.cjs). */
const NO_ANALYSIS = { preload: path.join(HERE, 'cli-noop.cjs'), cli: path.join(HERE, '..', '..', 'out', 'server', 'src', 'cli.js') };

function runOnce(cliPath, cwd, args, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, CPU_WRAPPER, cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let outputBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => { outputBytes += chunk.length; });
    child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-2000); });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ ms: performance.now() - t0, code, outputBytes, cpuMs: Number(/BENCH_CPU_MS (\S+)/.exec(stderr)?.[1]) }));
  });
}

export async function benchCli(cliPath, corpus, { quick }) {
  if (!corpus) return { skipped: 'corpus not found (set WIRECHECK_CORPUS or put it at ../shared/corpus)' };
  const files = quick ? corpus.files.filter((_, i) => i % 10 === 0) : corpus.files;
  const bytes = files.reduce((sum, file) => sum + fs.statSync(path.join(corpus.dir, file)).size, 0);
  const help = spawnSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' }).stdout;
  const cores = os.availableParallelism();
  const variants = [{ name: 'default', args: [], threads: cores }];
  if (help.includes('--jobs')) variants.push({ name: 'one thread (--jobs 1)', args: ['--jobs', '1'], threads: 1 });
  if (fs.existsSync(NO_ANALYSIS.cli)) {
    const floor = { cli: NO_ANALYSIS.cli, nodeArgs: ['-r', NO_ANALYSIS.preload] };
    variants.push({ name: 'pipeline only, no analysis', args: [], threads: cores, ...floor });
    variants.push({ name: 'pipeline only, --jobs 1', args: ['--jobs', '1'], threads: 1, ...floor });
  }
  const rows = [];
  for (const variant of variants) {
    const samples = [];
    const cpu = [];
    let last;
    for (let run = 0; run < (quick ? 1 : 3); run++) {
      last = await runOnce(variant.cli ?? cliPath, corpus.dir, [...variant.args, ...files], variant.nodeArgs);
      if (last.code !== 0 && last.code !== 1) throw new Error(`the CLI exited with ${last.code} on the corpus`);
      samples.push(last.ms);
      if (last.cpuMs) cpu.push(last.cpuMs);
    }
    const median = summarise(samples).median;
    const cpuSeconds = cpu.length ? summarise(cpu).median / 1000 : undefined;
    rows.push({
      variant: variant.name,
      files: files.length,
      MB: round(bytes / 1e6, 1),
      seconds: round(median / 1000, 2),
      MBps: round(bytes / 1e6 / (median / 1000), 1),
      cpuSeconds: round(cpuSeconds, 2),
      // What the wall clock would show with the cores to ourselves: CPU time spread over the threads used.
      MBpsIfIdle: cpuSeconds ? round(bytes / 1e6 / (cpuSeconds / Math.min(variant.threads, cores)), 1) : undefined,
      runs: samples.length,
      outputKB: round(last.outputBytes / 1024, 0),
    });
  }
  return { rows };
}
