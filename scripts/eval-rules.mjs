// Rule evaluation over the real-article corpus: per folder, the share of articles with a finding per rule.
// Usage: node scripts/eval-rules.mjs [--samples N] [--rule ID] [--folder NAME] [--json FILE] [--check]
//   --check       exit 1 when reuters/ (in its 1987 style) has 2% or more articles with a dateline or terminator error
//   --samples N   also list up to N file names per rule (for hand-checking), picked evenly over the folder
//   --rule ID     only list samples for this rule; --folder NAME only evaluate this folder
//   with --samples, each rule also gets N samples drawn evenly over the flagged articles of all folders together
//   (folder/file), the sample the hand-check in docs/evaluation.md uses
// Reads $WIRECHECK_CORPUS or ../shared/corpus beside the repository; exits 0 saying so when it is absent.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findCorpus, repoRoot as root } from './corpus-path.mjs';
import { args, option } from './script-args.mjs';

const require = createRequire(import.meta.url);
const core = require(join(root, 'out', 'server', 'src', 'core', 'index.js'));

/** The style each folder is checked in: Reuters-21578 in its own 1987 style, the rest as `auto` would. */
const FOLDER_STYLE = { reuters: 'reuters-1987' };
/** Rules whose error findings the issue's target counts (fewer than 2% of reuters/ articles). */
const TARGET_AREAS = ['dateline/', 'terminator/'];

const samples = Number(option('--samples') ?? 0);
const onlyRule = option('--rule');
const onlyFolder = option('--folder');
const jsonOut = option('--json');
const check = args.includes('--check');
/** The issue's target: fewer than 2% of reuters/ articles with a dateline or terminator error in their own style. */
const REUTERS_ERROR_LIMIT = 0.02;

const corpus = findCorpus();
if (!corpus || !statSync(corpus).isDirectory()) {
  console.log('eval-rules: no corpus (looked in $WIRECHECK_CORPUS, then ../shared/corpus beside the repository); nothing evaluated.');
  process.exit(0);
}

const folders = readdirSync(corpus)
  .filter((name) => statSync(join(corpus, name)).isDirectory() && name !== 'licenses')
  .filter((name) => !onlyFolder || name === onlyFolder)
  .sort();
const summary = {};
/** Every flagged article per rule over all folders (`folder/file`), for the overall sample. */
const flaggedEverywhere = new Map();
console.log(`eval-rules: corpus ${corpus}`);
for (const folder of folders) {
  const files = readdirSync(join(corpus, folder)).filter((name) => name.endsWith('.txt')).sort();
  if (files.length === 0) continue;
  const style = FOLDER_STYLE[folder] ?? 'auto';
  const { config } = core.resolveConfig(undefined, { style });
  const byRule = new Map();
  const styles = new Map();
  let targetErrors = 0;
  for (const name of files) {
    const text = readFileSync(join(corpus, folder, name), 'utf8').replace(/^\uFEFF/, '');
    const analysis = core.analyse(text, config);
    styles.set(analysis.style.id, (styles.get(analysis.style.id) ?? 0) + 1);
    const seen = new Set();
    let targetError = false;
    for (const finding of analysis.findings) {
      if (finding.severity === 'error' && TARGET_AREAS.some((area) => finding.rule.startsWith(area))) targetError = true;
      if (seen.has(finding.rule)) continue;
      seen.add(finding.rule);
      const entry = byRule.get(finding.rule) ?? { files: [], severity: finding.severity, example: {} };
      entry.files.push(name);
      if (entry.files.length <= 3) entry.example[name] = `${finding.message} «${text.slice(finding.span.start, Math.min(finding.span.end, finding.span.start + 60)).replace(/\s+/g, ' ')}»`;
      byRule.set(finding.rule, entry);
    }
    if (targetError) targetErrors++;
  }
  const percent = (count) => `${((100 * count) / files.length).toFixed(2)}%`;
  console.log(`\n${folder}/ — ${files.length} articles, style ${style} (${[...styles].map(([id, n]) => `${id} ${n}`).join(', ')})`);
  console.log(`  articles with a dateline or terminator error: ${targetErrors} (${percent(targetErrors)})`);
  const rows = [...byRule].sort((a, b) => b[1].files.length - a[1].files.length);
  for (const [rule, entry] of rows) {
    flaggedEverywhere.set(rule, [...(flaggedEverywhere.get(rule) ?? []), ...entry.files.map((name) => `${folder}/${name}`)]);
    console.log(`  ${rule.padEnd(34)} ${String(entry.files.length).padStart(6)}  ${percent(entry.files.length).padStart(7)}  (${entry.severity})`);
    if (samples > 0 && (!onlyRule || onlyRule === rule)) {
      const step = Math.max(1, Math.floor(entry.files.length / samples));
      const picked = entry.files.filter((_, index) => index % step === 0).slice(0, samples);
      console.log(`      samples: ${picked.join(' ')}`);
    }
  }
  summary[folder] = {
    articles: files.length,
    style,
    targetErrors,
    rules: Object.fromEntries(rows.map(([rule, entry]) => [rule, { articles: entry.files.length, share: entry.files.length / files.length }])),
  };
}
if (samples > 0) {
  console.log(`\nsamples over all folders (${samples} per rule, evenly over the flagged articles):`);
  for (const [rule, flagged] of [...flaggedEverywhere].sort()) {
    if (onlyRule && onlyRule !== rule) continue;
    console.log(`  ${rule} (${flagged.length} flagged): ${evenly(flagged, samples).join(' ')}`);
  }
}

/** N items spread evenly over a list (all of them when it is shorter). */
function evenly(items, count) {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(summary, null, 2)}\n`);

if (check && summary.reuters) {
  const share = summary.reuters.targetErrors / summary.reuters.articles;
  const verdict = share < REUTERS_ERROR_LIMIT ? 'ok' : 'FAILED';
  console.log(`\neval-rules --check: reuters/ dateline or terminator errors ${(100 * share).toFixed(2)}% (limit ${100 * REUTERS_ERROR_LIMIT}%): ${verdict}`);
  if (share >= REUTERS_ERROR_LIMIT) process.exit(1);
}
