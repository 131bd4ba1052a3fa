import { availableParallelism } from 'os';
import { setFlagsFromString } from 'v8';

/**
 * A run over many files pays V8's warm-up once per worker thread: TurboFan compiles the large parsing functions,
 * several times over as they deoptimise, on background threads whose CPU time the run pays (about 1.5 s of a
 * thread's first 10,000 corpus files, as much as it spends checking them once warm). A smaller inlining budget
 * makes those compiles cheaper by more than it slows the compiled code: over the corpus, 8–10 % less CPU time on
 * two threads and on one (27 Nov 2026, runs alternated with V8's default of 920). TurboFan's compiles are ≈ 98 % of
 * those background threads' work (callgrind); lowering the budget again from 300 to 100 took another 3 % off the
 * CPU time of the default two-thread run over the corpus (8.75–8.81 instead of 9.01–9.09 s, five runs alternated
 * with 150, 50 and 0 at load ≈ 9; the one-thread run is unchanged, 6.8–6.9 s either way). Without loop peeling (a
 * TurboFan pass that copies a loop's first iteration, for every loop of every compile) the compiles are cheaper still:
 * 8.55–9.23 s (median 8.70) instead of 9.14–9.68 s (median 9.37) on two threads, six runs alternated at load ≈ 10.5,
 * and 6.57–6.75 instead of 6.94–7.17 s with --jobs 1.
 *
 * Why at run time: V8 flags belong to the process (a Worker's execArgv refuses them), and `npx wirecheck` cannot
 * put them on node's command line on every platform. Node warns that a flag changed after start may do anything or
 * nothing; this one is a heuristic that TurboFan reads when it starts a compile job, so the worst case is that
 * some compiles keep the old budget. It is set once, before the workers exist and before any batch code is hot,
 * and it cannot change what is found (the CLI tests and scripts/same-output.mjs compare the output).
 *
 * Regular expressions: V8 first compiles each one to bytecode and compiles it again to machine code on its second
 * run. Nearly every pattern of the core runs on many articles, so each thread of a batch paid both compiles for
 * about 340 patterns (many use \p{L}, whose Unicode tables make a compile costly): compiling straight to machine
 * code skips the first. Callgrind, one thread over a tenth of the corpus: 9 % fewer instructions on the thread that
 * checks, 6 % fewer in all (27 Nov 2026). Read when a pattern is first run, so it holds for the workers too.
 *
 * Compiles on the checking thread: when every core already runs a checking thread, TurboFan's background compiles
 * have no core of their own and only take turns with the checks, while the code they are compiling for runs
 * unoptimised meanwhile. Compiling in place (each worker's isolate reads the flag when it is created) took the
 * default two-thread run over the corpus from 8.3 to 7.1 s (medians of eight runs alternated, quiet 2-core AMD VM,
 * 28 Nov 2026; six pairs of eight faster, by 14–21 %). With a core to spare it is the other way round: `--jobs 1`
 * with the flag on node's command line took 9.1–12.5 s instead of 7.2–8.2, so then the compiles stay in the
 * background.
 */
export function tuneV8ForBatch(checkingThreads: number): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--no-turbo-loop-peeling');
  if (checkingThreads >= availableParallelism()) setFlagsFromString('--no-concurrent-recompilation');
}
