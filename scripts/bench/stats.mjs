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

/**
 * Times several functions side by side on a machine whose speed drifts (a shared VM can run 30 % slower for seconds at
 * a time): after each one's warm-up, `rounds` rounds in which each runs in turn for `roundMs`, so a slow spell falls
 * on all of them alike and their ratio stays fair. Samples are pooled per function; `fn` may return a promise.
 * Returns, per contestant, its summary and its CPU time per run, in the contestants' order.
 */
export async function timeSideBySide(contestants, { rounds, roundMs }) {
  for (const { fn, warmup } of contestants) for (let i = 0; i < warmup; i++) await fn();
  const pooled = contestants.map(() => ({ samples: [], cpuMicros: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (let c = 0; c < contestants.length; c++) {
      const { fn } = contestants[c];
      const into = pooled[c];
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      do {
        const t0 = performance.now();
        const result = fn();
        if (result && typeof result.then === 'function') await result;
        into.samples.push(performance.now() - t0);
      } while (performance.now() - started < roundMs);
      const cpu = process.cpuUsage(cpuBefore);
      into.cpuMicros += cpu.user + cpu.system;
    }
  }
  return pooled.map(({ samples, cpuMicros }) => ({ ...summarise(samples), cpuMs: cpuMicros / 1000 / samples.length }));
}

export function round(value, digits = 3) {
  if (value === undefined || value === null || Number.isNaN(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
