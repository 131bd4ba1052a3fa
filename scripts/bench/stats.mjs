// Timing helpers for the benchmark: repeated runs, medians and percentiles, never a single sample.
import { performance } from 'perf_hooks';

/** Sorted copy; percentiles read from it by nearest rank. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { runs: sorted.length, median: at(50), p50: at(50), p99: at(99), min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Times a synchronous function: warm-up first (so the JIT has settled), then at least `runs` samples and
 * at least `minMs` of measuring, whichever is longer, capped at `maxRuns`.
 */
export function timeSync(fn, { warmup = 200, warmupMs = 0, runs = 500, minMs = 1000, maxRuns = 100000 } = {}) {
  // Warm up for a count and a time: a short input needs more calls before the JIT and the heap settle.
  const warmStarted = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStarted < warmupMs; i++) fn();
  const samples = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  while (samples.length < maxRuns && (samples.length < runs || performance.now() - started < minMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  // CPU time of this process per run: what other processes on a busy machine cannot inflate (wall time can).
  const cpu = process.cpuUsage(cpuBefore);
  return { ...summarise(samples), cpuMs: (cpu.user + cpu.system) / 1000 / samples.length };
}

/** The same for an async function, awaited one call at a time. */
export async function timeAsync(fn, { warmup = 20, runs = 50, minMs = 1000, maxRuns = 10000 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  while (samples.length < maxRuns && (samples.length < runs || performance.now() - started < minMs)) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { ...summarise(samples), cpuMs: (cpu.user + cpu.system) / 1000 / samples.length };
}

export function round(value, digits = 3) {
  if (value === undefined || value === null || Number.isNaN(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
