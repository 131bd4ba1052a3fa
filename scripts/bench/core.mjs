// In-process timings: our full analysis against the peer linters on the same text, and growth with size.
import { createRequire } from 'module';
import { performance } from 'perf_hooks';
import { growSeed, sampleCorpus } from './articles.mjs';
import { round, summarise, timeSideBySide, timeSync } from './stats.mjs';

const require = createRequire(import.meta.url);

export function loadCore(root) {
  const core = require(`${root}/out/server/src/core/index.js`);
  return { analyse: (text) => core.analyse(text, core.DEFAULT_CONFIG), maxCheckedLength: core.MAX_CHECKED_LENGTH };
}

/** Each peer as `{ name, check(text) → Promise|value }`, or `{ name, error }` when it cannot run here. */
async function loadPeers() {
  const peers = [];
  const attempt = async (name, load) => {
    try {
      peers.push({ name, check: await load() });
    } catch (error) {
      peers.push({ name, error: `${error?.message ?? error}`.split('\n')[0] });
    }
  };
  await attempt('harper.js', async () => {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    return (text) => linter.lint(text);
  });
  await attempt('alex', async () => {
    const alex = await import('alex');
    return (text) => alex.text(text);
  });
  await attempt('write-good', async () => {
    const writeGood = require('write-good');
    return (text) => writeGood(text);
  });
  return peers;
}

/**
 * Ours and each peer on the seed, in this process, side by side: rounds in which each runs in turn (stats.mjs), so
 * the ratios hold on a machine whose speed drifts. A peer that fails to load or to run is reported, not timed.
 */
export async function benchSeed(core, seed, { quick }) {
  // Quick mode still warms ours up for about half a second: with fewer runs TurboFan is still compiling in the rounds.
  const contestants = [{ name: 'wirecheck', fn: () => core.analyse(seed), warmup: quick ? 1500 : 2000 }];
  const results = [];
  for (const peer of await loadPeers()) {
    if (peer.error) {
      results.push({ name: peer.name, error: peer.error });
      continue;
    }
    try {
      await peer.check(seed);
      contestants.push({ name: peer.name, fn: () => peer.check(seed), warmup: quick ? 3 : 20 });
    } catch (error) {
      results.push({ name: peer.name, error: `${error?.message ?? error}`.split('\n')[0] });
    }
  }
  const timings = await timeSideBySide(contestants, quick ? { rounds: 3, roundMs: 100 } : { rounds: 10, roundMs: 300 });
  const ours = timings[0];
  const timed = contestants.map(({ name }, i) => {
    const timing = timings[i];
    if (i === 0) return { name, ...timing };
    return { name, ...timing, ratio: round(timing.median / ours.median, 1), cpuRatio: timing.cpuMs ? round(timing.cpuMs / ours.cpuMs, 1) : undefined };
  });
  return [...timed, ...results];
}

/** Analysis time against size: articles grown from the seed, and real articles joined into one text. */
export function benchGrowth(core, seed, seedTiming, corpus, { quick }) {
  const seedMedian = seedTiming.median;
  const seedCpu = seedTiming.cpuMs;
  const rows = [];
  // The largest input stays within what Wirecheck checks in full (about 1 MB): a longer one would have its tail cut
  // off while the linear estimate still counted it.
  const limit = core.maxCheckedLength;
  const largest = limit - 8 * 1024;
  const sizes = quick ? [64 * 1024, largest] : [32 * 1024, 128 * 1024, 512 * 1024, largest];
  for (const size of sizes) {
    const text = growSeed(seed, ({ chars }) => chars >= size);
    rows.push(growthRow(core, `seed paragraphs, ${label(text.length)}`, text, seedMedian * (text.length / seed.length), seedCpu * (text.length / seed.length), quick));
  }
  if (!corpus) {
    rows.push({ input: 'corpus articles joined, 1 MB', skipped: 'corpus not found (set WIRECHECK_CORPUS or put it at ../shared/corpus)' });
    return rows;
  }
  const pieces = [];
  let length = 0;
  for (const article of sampleCorpus(corpus.dir, corpus.files, 5000)) {
    if (length + article.text.length + 2 > limit) break;
    pieces.push(article.text);
    length += article.text.length + 2;
  }
  const joined = pieces.join('\n\n');
  // The same articles one by one: what linear growth predicts for their concatenation.
  const separately = [];
  for (let pass = 0; pass < (quick ? 2 : 5); pass++) {
    const t0 = performance.now();
    for (const piece of pieces) core.analyse(piece);
    separately.push(performance.now() - t0);
  }
  const row = growthRow(core, `${pieces.length} corpus articles joined, ${label(joined.length)}`, joined, seedMedian * (joined.length / seed.length), seedCpu * (joined.length / seed.length), quick);
  row.separatelyMs = round(summarise(separately).median);
  row.ratioToSeparately = round(row.medianMs / row.separatelyMs, 2);
  rows.push(row);
  return rows;
}

function growthRow(core, input, text, linearMs, linearCpuMs, quick) {
  if (text.length > core.maxCheckedLength) throw new Error(`growth input of ${text.length} characters would not be checked in full`);
  const timing = timeSync(() => core.analyse(text), { warmup: 2, warmupMs: quick ? 100 : 500, runs: quick ? 3 : 9, minMs: quick ? 200 : 2000, maxRuns: quick ? 5 : 40 });
  return {
    input,
    chars: text.length,
    medianMs: round(timing.median),
    msPer100KB: round((timing.median * 100 * 1024) / text.length),
    linearMs: round(linearMs),
    ratioToLinear: round(timing.median / linearMs, 2),
    // The same ratio in CPU time of this process, which a busy machine does not inflate: the fairer test of growth.
    cpuMs: round(timing.cpuMs),
    linearCpuMs: round(linearCpuMs),
    cpuRatioToLinear: round(timing.cpuMs / linearCpuMs, 2),
  };
}

function label(chars) {
  return chars >= 1000 * 1000 ? `${(chars / 1000 / 1000).toFixed(2)} MB` : `${Math.round(chars / 1024)} KB`;
}
