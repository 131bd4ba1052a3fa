import { setFlagsFromString } from 'v8';

/**
 * A run over many files pays V8's warm-up once per worker thread: TurboFan compiles the large parsing functions,
 * several times over as they deoptimise, on background threads whose CPU time the run pays (about 1.5 s of a
 * thread's first 10,000 corpus files, as much as it spends checking them once warm). A smaller inlining budget
 * makes those compiles cheaper by more than it slows the compiled code: over the corpus, 8–10 % less CPU time on
 * two threads and on one (27 Nov 2026, runs alternated with V8's default of 920).
 *
 * Why at run time: V8 flags belong to the process (a Worker's execArgv refuses them), and `npx wirecheck` cannot
 * put them on node's command line on every platform. Node warns that a flag changed after start may do anything or
 * nothing; this one is a heuristic that TurboFan reads when it starts a compile job, so the worst case is that
 * some compiles keep the old budget. It is set once, before the workers exist and before any batch code is hot,
 * and it cannot change what is found (the CLI tests and scripts/same-output.mjs compare the output).
 */
export function tuneV8ForBatch(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}
