// `npm run fuzz`: the property tests of test/unit/fuzz.test.ts, a million times, in chunks that can run in
// parallel. Corpus paragraphs (from WIRECHECK_CORPUS or ../shared/corpus) feed the article generator when present.
//   node out/test/fuzz/run.js [--cases 1000000] [--workers 1] [--chunk 20000] [--seed 1]
import { fork } from 'child_process';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, WirecheckConfig, resolveConfig } from '../../server/src/core';
import { anyInput, anyUtf16, articleFrom, randomText, syntheticParagraph } from '../helpers/arbitraries';
import { checkInvariants } from '../helpers/invariants';
import { ROOT } from '../helpers/paths';

interface Options {
  cases: number;
  workers: number;
  chunk: number;
  seed: number;
}

function readOptions(argv: string[]): Options {
  const options: Options = { cases: 1_000_000, workers: 1, chunk: 20_000, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '') as keyof Options;
    if (!(key in options) || !/^\d+$/.test(argv[i + 1] ?? '')) throw new Error(`bad option ${argv[i]} ${argv[i + 1] ?? ''}`);
    options[key] = Number(argv[i + 1]);
  }
  return options;
}

const CORPUS = process.env.WIRECHECK_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus');
const CORPUS_FOLDERS = ['xinhua', 'reuters', 'press', 'other'];
const FILES_PER_FOLDER = 400;

/** Paragraphs of a sample of corpus articles, read at run time (never copied into the repository). */
function corpusParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const folder of CORPUS_FOLDERS) {
    const directory = path.join(CORPUS, folder);
    if (!fs.existsSync(directory)) continue;
    const files = fs.readdirSync(directory).filter((name) => name.endsWith('.txt')).sort();
    const step = Math.max(1, Math.floor(files.length / FILES_PER_FOLDER));
    for (let i = 0; i < files.length; i += step) {
      const text = fs.readFileSync(path.join(directory, files[i]), 'latin1');
      paragraphs.push(...text.split(/\r?\n\s*\r?\n|\n(?=    )/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph.length > 0 && paragraph.length < 3000));
    }
  }
  return paragraphs;
}

/** One case: an input and a config, drawn from every generator the bounded tests use, plus corpus articles. */
function caseArbitrary(paragraphs: string[]): fc.Arbitrary<[string, WirecheckConfig]> {
  const corpusParagraph = paragraphs.length
    ? fc.tuple(fc.constantFrom(...paragraphs), fc.nat(), fc.nat()).map(([paragraph, a, b]) => (a % 4 === 0 ? paragraph.slice(a % paragraph.length, (a % paragraph.length) + 1 + (b % paragraph.length)) : paragraph))
    : syntheticParagraph;
  const mixedParagraph = fc.oneof(syntheticParagraph, corpusParagraph, corpusParagraph);
  const text = fc.oneof(
    { weight: 3, arbitrary: randomText },
    { weight: 1, arbitrary: anyUtf16 },
    { weight: 3, arbitrary: articleFrom(mixedParagraph) },
    { weight: 2, arbitrary: anyInput(mixedParagraph) },
  );
  const config = fc.oneof(
    { weight: 6, arbitrary: fc.constant(DEFAULT_CONFIG) },
    { weight: 2, arbitrary: fc.constantFrom('auto', 'reuters', 'ap', 'press-release').map((style) => resolveConfig({ style }).config) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((data) => resolveConfig(data).config) },
  );
  return fc.tuple(text, config);
}

function runChunk(seed: number, cases: number, paragraphs: string[]): { failure?: string } {
  const details = fc.check(fc.property(caseArbitrary(paragraphs), ([text, config]) => checkInvariants(text, config)), { numRuns: cases, seed });
  if (!details.failed) return {};
  return { failure: `seed ${seed}: ${fc.defaultReportMessage(details)}` };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  const paragraphs = corpusParagraphs();
  console.log(paragraphs.length
    ? `fuzz: ${paragraphs.length} corpus paragraphs from ${CORPUS}`
    : `fuzz: corpus not found at ${CORPUS} (set WIRECHECK_CORPUS); synthetic articles only`);
  const chunks: { seed: number; cases: number }[] = [];
  for (let done = 0, index = 0; done < options.cases; done += options.chunk, index++) {
    chunks.push({ seed: options.seed * 1_000_003 + index, cases: Math.min(options.chunk, options.cases - done) });
  }
  let checked = 0;
  const failures: string[] = [];
  const started = Date.now();
  const worker = async (): Promise<void> => {
    for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
      const result = await runInChild(chunk.seed, chunk.cases);
      checked += chunk.cases;
      if (result.failure) {
        failures.push(result.failure);
        console.log(`\nfuzz: FAILURE ${result.failure}\n`);
      }
      console.log(`fuzz: ${checked.toLocaleString('en-US')} / ${options.cases.toLocaleString('en-US')} cases, ${failures.length} failing chunk(s), ${Math.round((Date.now() - started) / 1000)} s`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, worker));
  console.log(`fuzz: ${checked.toLocaleString('en-US')} cases checked, ${failures.length === 0 ? 'no failures' : `${failures.length} failing chunk(s)`}.`);
  return failures.length ? 1 : 0;
}

/** A chunk in its own process, so that two workers use two cores. */
function runInChild(seed: number, cases: number): Promise<{ failure?: string }> {
  return new Promise((resolve) => {
    const child = fork(__filename, ['--chunk-worker', String(seed), String(cases)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: { failure?: string } = { failure: `seed ${seed}: the worker died without a result` };
    child.on('message', (message) => { result = message as { failure?: string }; });
    child.on('exit', () => resolve(result));
  });
}

if (process.argv[2] === '--chunk-worker') {
  const result = runChunk(Number(process.argv[3]), Number(process.argv[4]), corpusParagraphs());
  process.send!(result, () => process.exit(0));
} else {
  main().then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 2; });
}
