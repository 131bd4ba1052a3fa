// Output-identity check for performance work: a digest of analyse() (article model and findings) for every corpus
// file and for the benchmark's growth inputs, saved before a change and compared after it.
//
//   node scripts/same-output.mjs --save /tmp/base.json      (on the base commit, after npm run build)
//   node scripts/same-output.mjs --against /tmp/base.json   (after the change; exit 1 and the first differences)
//
// Two digests per input: of the JSON as analyse() builds it, and of the same JSON with every object's keys sorted
// (`sortedDigests`). A baseline that holds sorted digests is compared on them, so a change that builds an object
// with its fields in another order (one hidden class for V8) but the same content still counts as the same output;
// an older baseline, with the first kind only, is compared as before.
//
// Reads the corpus at run time ($WIRECHECK_CORPUS or ../shared/corpus); without it only the seed inputs are checked.
import { execSync } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { corpusDir, corpusFiles, growSeed, readSeed, ROOT, sampleCorpus } from './bench/articles.mjs';

const require = createRequire(import.meta.url);
const core = require(path.join(ROOT, 'out', 'server', 'src', 'core', 'index.js'));

const args = process.argv.slice(2);
const save = valueOf('--save');
const against = valueOf('--against');
if (!save && !against) {
  console.error('usage: node scripts/same-output.mjs --save FILE | --against FILE [--show N]');
  process.exit(2);
}

function valueOf(flag) {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Everything analyse() returns except the text itself, in a stable serialisation. */
function serialise(text) {
  const { article, style, styleReason, findings, notice } = core.analyse(text, core.DEFAULT_CONFIG);
  // The word count is read apart: it is counted when asked (a getter), which a spread of the model leaves out.
  const { text: _text, wordCount, ...model } = article;
  return JSON.stringify({ style: style.id, styleReason, notice, findings, model, wordCount });
}

const digest = (json) => createHash('sha1').update(json).digest('hex');

/** The same JSON with the keys of every object in sorted order (arrays keep theirs). */
function sortedKeys(json) {
  return JSON.stringify(JSON.parse(json), (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]))
      : value);
}

/** name → text, for every input: the seed, the seed grown to 1 MB, each corpus file, the corpus joined as in bench. */
function* inputs() {
  const seed = readSeed();
  yield ['seed', seed];
  yield ['seed grown to 1 MB', growSeed(seed, ({ chars }) => chars >= 1024 * 1024)];
  const dir = corpusDir();
  if (!dir) {
    console.error('corpus not found (set WIRECHECK_CORPUS or put it at ../shared/corpus): checking the seed only');
    return;
  }
  const files = corpusFiles(dir);
  for (const file of files) yield [file, fs.readFileSync(path.join(dir, file), 'utf8')];
  const pieces = [];
  let length = 0;
  for (const article of sampleCorpus(dir, files, 5000)) {
    if (length >= 1024 * 1024) break;
    pieces.push(article.text);
    length += article.text.length + 2;
  }
  yield ['corpus joined to 1 MB', pieces.join('\n\n')];
}

const started = process.cpuUsage();
const digests = {};
const sortedDigests = {};
for (const [name, text] of inputs()) {
  const json = serialise(text);
  digests[name] = digest(json);
  sortedDigests[name] = digest(sortedKeys(json));
}
const cpuSeconds = ((process.cpuUsage(started).user + process.cpuUsage(started).system) / 1e6).toFixed(1);

if (save) {
  fs.writeFileSync(save, JSON.stringify({ commit: gitHead(), digests, sortedDigests }));
  console.log(`saved ${Object.keys(digests).length} digests to ${save} (${cpuSeconds} s CPU)`);
}
if (against) {
  const base = JSON.parse(fs.readFileSync(against, 'utf8'));
  const keyOrderIgnored = base.sortedDigests !== undefined;
  const [ours, theirs] = keyOrderIgnored ? [sortedDigests, base.sortedDigests] : [digests, base.digests];
  const changed = Object.keys(ours).filter((name) => theirs[name] !== ours[name]);
  const missing = Object.keys(theirs).filter((name) => !(name in ours));
  const compared = keyOrderIgnored ? 'key order ignored' : 'key order counted';
  console.log(`${Object.keys(ours).length} inputs against ${against} (base ${base.commit}, ${compared}): ${changed.length} differ, ${missing.length} missing (${cpuSeconds} s CPU)`);
  const show = Number(valueOf('--show') ?? 10);
  for (const name of changed.slice(0, show)) console.log(`  differs: ${name}`);
  for (const name of missing.slice(0, show)) console.log(`  missing: ${name}`);
  process.exit(changed.length || missing.length ? 1 : 0);
}

function gitHead() {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
