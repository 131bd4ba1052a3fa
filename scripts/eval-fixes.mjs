// Fix evaluation over the real-article corpus: does every quick fix the light bulb offers remove the finding it
// targets and keep the article whole, and does fix-all (the editor's source.fixAll.wirecheck and the CLI's --fix)
// settle?
// Usage: node scripts/eval-fixes.mjs [--folder NAME] [--every N] [--samples N] [--check]
//   --folder NAME  only this folder; --every N  only every Nth article (default: all)
//   --samples N    list up to N failing files per kind of failure (default 5)
//   --check        exit 1 when an offered action fails (a broken fix, or fix-all not settling)
// Reads $WIRECHECK_CORPUS or ../shared/corpus beside the repository; exits 0 saying so when it is absent.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findCorpus, repoRoot as root } from './corpus-path.mjs';
import { checkActions, damage } from './fix-actions-check.mjs';
import { args, option } from './script-args.mjs';

const require = createRequire(import.meta.url);
const core = require(join(root, 'out', 'server', 'src', 'core', 'index.js'));

/** The style each folder is checked in, as in eval-rules: Reuters-21578 in its own 1987 style, the rest `auto`. */
const FOLDER_STYLE = { reuters: 'reuters-1987' };

const onlyFolder = option('--folder');
const every = Math.max(1, Number(option('--every') ?? 1));
const samples = Number(option('--samples') ?? 5);
const check = args.includes('--check');

const corpus = findCorpus();
if (!corpus || !statSync(corpus).isDirectory()) {
  console.log('eval-fixes: no corpus (looked in $WIRECHECK_CORPUS, then ../shared/corpus beside the repository); nothing evaluated.');
  process.exit(0);
}

/** Per rule and action kind: how many actions were offered, how many worked. */
const totals = new Map();
let failedAny = false;

function tally(table, verdict) {
  const key = `${verdict.rule}\u0000${verdict.kind}`;
  const stats = table.get(key) ?? { rule: verdict.rule, kind: verdict.kind, offered: 0, safe: 0, worked: 0 };
  stats.offered++;
  if (verdict.safe) stats.safe++;
  if (!verdict.failure) stats.worked++;
  table.set(key, stats);
}

function printTable(table, indent) {
  for (const stats of [...table.values()].sort((a, b) => a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind))) {
    const broken = stats.offered - stats.worked;
    console.log(`${indent}${stats.rule.padEnd(30)} ${stats.kind.padEnd(15)} offered ${String(stats.offered).padStart(6)} (safe ${String(stats.safe).padStart(5)})  worked ${String(stats.worked).padStart(6)}  broken ${String(broken).padStart(4)}`);
  }
}

console.log(`eval-fixes: corpus ${corpus}${every > 1 ? `, every ${every}th article` : ''}`);
const folders = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory() && name !== 'licenses')
  .filter((name) => !onlyFolder || name === onlyFolder)
  .sort();
for (const folder of folders) {
  const files = readdirSync(join(corpus, folder)).filter((name) => name.endsWith('.txt')).sort().filter((_, index) => index % every === 0);
  if (files.length === 0) continue;
  const { config } = core.resolveConfig(undefined, { style: FOLDER_STYLE[folder] ?? 'auto' });
  const perRule = new Map();
  const failures = new Map();
  const fail = (kind, name) => {
    const list = failures.get(kind) ?? [];
    if (list[list.length - 1] !== name) list.push(name);
    failures.set(kind, list);
  };
  const passes = new Map();
  let fixedArticles = 0;
  let applied = 0;
  for (const name of files) {
    const text = readFileSync(join(corpus, folder, name), 'utf8').replace(/^\uFEFF/, '');
    const before = core.analyse(text, config);
    // Every action the light bulb offers on every finding, safe or not, one at a time.
    for (const verdict of checkActions(core, text, before, config)) {
      tally(perRule, verdict);
      tally(totals, verdict);
      if (verdict.failure) fail(`${verdict.rule}: "${verdict.title}": ${verdict.failure}`, name);
    }
    // Fix-all, as --fix runs it: it must settle, and the text it leaves must check without a safe fix left.
    const result = core.fixAllSafe(before, config);
    passes.set(result.passes, (passes.get(result.passes) ?? 0) + 1);
    for (const rule of result.stuck ?? []) fail(`fix-all left out ${rule}: its fix did not hold`, name);
    if (result.applied === 0) continue;
    fixedArticles++;
    applied += result.applied;
    if (result.passes >= core.MAX_FIX_PASSES) fail('fix-all hit the pass limit', name);
    const leftOut = new Set(result.stuck ?? []);
    const left = result.analysis.findings.filter((finding) => !leftOut.has(finding.rule) && finding.fixes?.some((fix) => fix.safe));
    if (left.length > 0) fail('a safe fix is left after fix-all', name);
    if (core.applyEdits(text, result.edits) !== result.text) fail('fix-all edits do not give the fixed text', name);
    const broken = damage(before, result.analysis);
    if (broken) fail(`fix-all: ${broken}`, name);
  }
  console.log(`\n${folder}/ — ${files.length} articles: fix-all changed ${fixedArticles} (${applied} fixes); passes ${[...passes].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n}:${c}`).join(' ')}`);
  printTable(perRule, '  ');
  for (const [kind, names] of failures) console.log(`  FAIL ${kind}: ${names.length} — ${names.slice(0, samples).join(' ')}`);
  if (failures.size > 0) failedAny = true;
}
if (folders.length > 1) {
  console.log('\nall folders, per rule and action:');
  printTable(totals, '  ');
}
if (check && failedAny) {
  console.error('eval-fixes: some offered fixes do not work (see FAIL above)');
  process.exit(1);
}
