// The editor's view: the real server over LSP (Node IPC, as the extension runs it), timed from the client side.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import { growSeed, sampleCorpus, wordCount } from './articles.mjs';
import { BenchClient, CancellationTokenSource, schedMs } from './lsp-client.mjs';
import { round, summarise } from './stats.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (timing) => ({ runs: timing.runs, p50: round(timing.p50), p99: round(timing.p99), max: round(timing.max) });
/** The server's CPU time per operation over a batch (undefined off Linux). */
const cpuPerRun = (client, before, runs) => {
  const after = client.cpuMs();
  return before === undefined || after === undefined ? undefined : round((after - before) / runs, 2);
};

/**
 * Sends `runs` requests one at a time (`send(i)` returns the reply's promise) and times each from the client. Each
 * is also split with /proc schedstat: the server's and this client's main-thread CPU time, and the time either
 * spent runnable but waiting for a core. Wall minus that wait is what the request takes with the cores to itself:
 * on a machine shared with other jobs, the p99 of the wall clock measures them more than the server.
 */
async function timeRequests(client, runs, send) {
  const wall = [];
  const serverCpu = [];
  const clientCpu = [];
  const waiting = [];
  const unqueued = [];
  let reply;
  for (let i = 0; i < runs; i++) {
    const server0 = client.schedMs();
    const own0 = schedMs();
    const t0 = performance.now();
    reply = await send(i);
    const elapsed = performance.now() - t0;
    const own1 = schedMs();
    const server1 = client.schedMs();
    wall.push(elapsed);
    if (!server0 || !server1 || !own0 || !own1) continue;
    const cpu = { server: server1.cpu - server0.cpu, client: own1.cpu - own0.cpu };
    const wait = server1.wait - server0.wait + own1.wait - own0.wait;
    serverCpu.push(cpu.server);
    clientCpu.push(cpu.client);
    waiting.push(wait);
    // The two processes run partly at once (on two cores), so their CPU times do not add up to the wall time.
    unqueued.push(Math.max(cpu.server, cpu.client, elapsed - wait));
  }
  const p = (samples) => (samples.length ? { p50: round(summarise(samples).p50, 3), p99: round(summarise(samples).p99, 3) } : undefined);
  const split = serverCpu.length ? { serverCpu: p(serverCpu), clientCpu: p(clientCpu), waitingForCore: p(waiting), withoutWaiting: p(unqueued) } : undefined;
  return { timing: summarise(wall), split, reply };
}

/**
 * Spawn → initialize → open the seed → first diagnostics, each time in a new server process: with the server's
 * code cache (server/src/boot.ts) in a fresh folder, so the first start makes it and the others start from it as an
 * editor does every day; and with the cache turned off, as the first start after an install or an update.
 */
export async function benchStartup(serverPath, seed, { quick }) {
  const result = {};
  const cacheFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-bench-cache-'));
  process.env.WIRECHECK_CODE_CACHE_DIR = cacheFolder;
  try {
    for (const [name, pull, cache] of [['pull', true, true], ['push', false, true], ['pullWithoutCache', true, false]]) {
      if (cache) delete process.env.WIRECHECK_CODE_CACHE;
      else process.env.WIRECHECK_CODE_CACHE = 'off';
      const samples = [];
      const cpu = [];
      for (let i = 0; i < (quick ? 3 : 10); i++) {
        const client = new BenchClient(serverPath, { pull });
        const uri = 'file:///bench/seed.txt';
        await client.initialize();
        await client.open(uri, seed);
        if (pull) await client.diagnostics(uri);
        else await client.pushed(uri, 1);
        samples.push(performance.now() - client.spawnedAt);
        cpu.push(client.cpuMs());
        await client.shutdown();
      }
      const cpuSummary = cpu.every((value) => value !== undefined) ? summarise(cpu) : undefined;
      result[name] = { ...ms(summarise(samples)), cpuMsP50: cpuSummary?.p50 };
    }
  } finally {
    delete process.env.WIRECHECK_CODE_CACHE;
    delete process.env.WIRECHECK_CODE_CACHE_DIR;
    fs.rmSync(cacheFolder, { recursive: true, force: true });
  }
  return result;
}

/** Typing, hover and outline in a 5,000-word article, with the pull model that VS Code uses. */
export async function benchEditing(serverPath, seed, { quick }) {
  const text = growSeed(seed, ({ words }) => words >= 5000);
  const uri = 'file:///bench/long.txt';
  const client = new BenchClient(serverPath, { pull: true });
  await client.initialize();
  await client.open(uri, text);
  await client.diagnostics(uri);
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const at = { line: middle, character: Math.floor(lines[middle].length / 2) };

  // One keystroke, then the pull an editor sends for it; the next keystroke undoes it, so the text stays the same size.
  let cpuBefore = client.cpuMs();
  const typing = await timeRequests(client, quick ? 60 : 400, (i) => {
    const insert = i % 2 === 0;
    client.change(uri, insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } }, insert ? 'x' : '');
    return client.diagnostics(uri);
  });
  const typingCpu = cpuPerRun(client, cpuBefore, typing.timing.runs);

  // A keystroke as VS Code follows it up once typing pauses: diagnostics, semantic highlighting, the outline
  // (Outline view, breadcrumbs) and the highlights at the cursor, all for the new version at once.
  const editorRound = [];
  cpuBefore = client.cpuMs();
  for (let i = 0; i < (quick ? 30 : 200); i++) {
    const insert = i % 2 === 0;
    const t0 = performance.now();
    client.change(uri, insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } }, insert ? 'x' : '');
    await Promise.all([client.diagnostics(uri), client.semanticTokens(uri), client.symbols(uri), client.highlights(uri, at)]);
    editorRound.push(performance.now() - t0);
  }
  const editorRoundCpu = cpuPerRun(client, cpuBefore, editorRound.length);

  // Rapid typing: 20 keystrokes back to back, each pull cancelled by the next keystroke as the client does.
  const bursts = [];
  let cancelled = 0;
  let stale = 0;
  for (let burst = 0; burst < (quick ? 3 : 15); burst++) {
    let source;
    let last;
    const t0 = performance.now();
    for (let key = 0; key < 20; key++) {
      source?.cancel();
      source = new CancellationTokenSource();
      const insert = key % 2 === 0;
      client.change(uri, insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } }, insert ? 'x' : '');
      last = client.diagnostics(uri, source.token).then(() => 'answered', () => 'cancelled');
      if (key < 19) void last.then((outcome) => { if (outcome === 'cancelled') cancelled++; else stale++; });
    }
    await last;
    bursts.push(performance.now() - t0);
  }

  const hoverAt = namePositions(lines);
  cpuBefore = client.cpuMs();
  const hovers = await timeRequests(client, quick ? 100 : 1000, (i) => client.hover(uri, hoverAt[i % hoverAt.length]));
  const hoverCpu = cpuPerRun(client, cpuBefore, hovers.timing.runs);
  cpuBefore = client.cpuMs();
  const symbols = await timeRequests(client, quick ? 50 : 500, () => client.symbols(uri));
  const symbolsCpu = cpuPerRun(client, cpuBefore, symbols.timing.runs);
  await client.shutdown();
  const replyKB = round(JSON.stringify(symbols.reply).length / 1024, 1);
  return {
    article: { words: wordCount(text), chars: text.length },
    didChangeToDiagnostics: { ...ms(typing.timing), serverCpuMs: typingCpu, split: typing.split },
    didChangeToEditorRefresh: { ...ms(summarise(editorRound)), serverCpuMs: editorRoundCpu },
    burstOf20: { ...ms(summarise(bursts)), staleRequestsCancelled: cancelled, staleRequestsAnswered: stale },
    hover: { ...ms(hovers.timing), serverCpuMs: hoverCpu, split: hovers.split },
    documentSymbol: { ...ms(symbols.timing), serverCpuMs: symbolsCpu, split: symbols.split, replyKB },
  };
}

/** The push model (clients without pull diagnostics): the server waits for a pause in typing first. */
export async function benchPush(serverPath, seed, { quick }) {
  const text = growSeed(seed, ({ words }) => words >= 5000);
  const uri = 'file:///bench/long-push.txt';
  const client = new BenchClient(serverPath, { pull: false });
  await client.initialize();
  await client.open(uri, text);
  await client.pushed(uri, 1);
  const samples = [];
  for (let i = 0; i < (quick ? 5 : 30); i++) {
    const at = { line: 1, character: 0 };
    const t0 = performance.now();
    const version = client.change(uri, i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: 1, character: 1 } }, i % 2 === 0 ? 'x' : '');
    await client.pushed(uri, version);
    samples.push(performance.now() - t0);
  }
  await client.shutdown();
  return { didChangeToPublish: ms(summarise(samples)) };
}

/** Resident memory of an idle server with the seed open, then with 200 articles open and checked. */
export async function benchMemory(serverPath, seed, corpus) {
  const client = new BenchClient(serverPath, { pull: true });
  await client.initialize();
  await client.open('file:///bench/seed.txt', seed);
  await client.diagnostics('file:///bench/seed.txt');
  await sleep(1000);
  const idle = client.rssMB();
  const articles = corpus
    ? sampleCorpus(corpus.dir, corpus.files, 200).map((article) => ({ uri: pathToFileURL(path.join(corpus.dir, article.file)).toString(), text: article.text }))
    : Array.from({ length: 200 }, (_, i) => ({ uri: `file:///bench/seed-${i}.txt`, text: seed }));
  for (const article of articles) {
    await client.open(article.uri, article.text);
    await client.diagnostics(article.uri);
    await client.symbols(article.uri);
  }
  await sleep(1000);
  const loaded = client.rssMB();
  await client.shutdown();
  return { idleMB: round(idle, 1), with200MB: round(loaded, 1), articles: corpus ? '200 corpus articles' : '200 copies of the seed (no corpus)' };
}

/** Where an editor user would hover: names, surnames and pronouns that the article resolves. */
function namePositions(lines) {
  const positions = [];
  lines.forEach((line, number) => {
    for (const match of line.matchAll(/\b(Xi|Diaz-Canel|Castro|he|his)\b/g)) positions.push({ line: number, character: match.index + 1 });
  });
  return positions.length ? positions : [{ line: 0, character: 0 }];
}
