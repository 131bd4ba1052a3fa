// `npm run bench`: Wirecheck's speed against its targets and its peers. Reports; never fails on a slow figure.
// Usage: node scripts/bench.mjs [--quick] [--only seed,growth,lsp,memory,cli]; lsp is startup,editing,push (each may be named alone)
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ROOT, corpusDir, corpusFiles, readSeed } from './bench/articles.mjs';
import { benchCli } from './bench/cli.mjs';
import { benchGrowth, benchSeed, loadCore } from './bench/core.mjs';
import { benchEditing, benchMemory, benchPush, benchStartup } from './bench/lsp.mjs';
import { TRANSPORT } from './bench/lsp-client.mjs';
import { formatReport } from './bench/report.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only'));
const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).split(',')) : undefined;
const LSP_PARTS = ['startup', 'editing', 'push'];
const wanted = (part) => !only || only.has(part) || (LSP_PARTS.includes(part) && only.has('lsp'));

const serverPath = path.join(ROOT, 'dist', 'server.js');
const cliPath = path.join(ROOT, 'dist', 'cli.js');
for (const built of [serverPath, cliPath, path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js')]) {
  if (!fs.existsSync(built)) {
    console.error(`bench: ${path.relative(ROOT, built)} is missing; run \`npm run build\` first (npm run bench does).`);
    process.exit(2);
  }
}

const seed = readSeed();
const dir = corpusDir();
const corpus = dir ? { dir, files: corpusFiles(dir) } : undefined;
if (!corpus) console.error('bench: corpus not found (set WIRECHECK_CORPUS or put it at ../shared/corpus); corpus measurements are skipped.');

const cpus = os.cpus();
const results = {
  quick,
  machine: {
    date: new Date().toISOString(),
    node: process.versions.node,
    platform: `${os.platform()} ${os.release()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadBefore: os.loadavg().map((load) => load.toFixed(2)),
  },
  seedChars: seed.length,
  transport: TRANSPORT === 'ipc' ? 'Node IPC' : 'stdio',
  corpus: corpus ? { dir: corpus.dir, files: corpus.files.length } : null,
  activation: readResult('activation.json'),
  activationRecorded: readResult('activation-recorded.json'),
};

/**
 * Activation needs an extension host: `npm run test:e2e` measures it and leaves it in bench-results/ — the editor
 * suite's in-host clock (activation.json) and VS Code's own record from the UI test (activation-recorded.json).
 */
function readResult(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'bench-results', name), 'utf8'));
  } catch {
    return null;
  }
}

const core = loadCore(ROOT);
const step = (name) => process.stderr.write(`bench: ${name}…\n`);
if (wanted('seed') || wanted('growth')) {
  step('seed, ours and peers');
  results.seed = await benchSeed(core, seed, { quick });
}
if (wanted('growth')) {
  step('growth with size');
  const ours = results.seed.find((row) => row.name === 'wirecheck');
  results.growth = benchGrowth(core, seed, ours, corpus, { quick });
}
if (wanted('startup')) {
  step('language server: start-up');
  results.startup = await benchStartup(serverPath, seed, { quick });
}
if (wanted('editing')) {
  step('language server: typing, hover, outline');
  results.editing = await benchEditing(serverPath, seed, { quick });
}
if (wanted('push')) {
  step('language server: push diagnostics');
  results.push = await benchPush(serverPath, seed, { quick });
}
if (wanted('memory')) {
  step('language server: memory');
  results.memory = await benchMemory(serverPath, seed, corpus);
}
if (wanted('cli')) {
  step('CLI over the corpus');
  results.cli = await benchCli(cliPath, corpus, { quick });
}
results.machine.loadAfter = os.loadavg().map((load) => load.toFixed(2));

process.stdout.write(formatReport(results));
const outDir = path.join(ROOT, 'bench-results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nWrote ${path.relative(process.cwd(), path.join(outDir, 'latest.json')) || 'bench-results/latest.json'}\n`);
