// What compiling the core's regular expressions costs each CLI worker thread: every thread of a batch compiles
// them again for itself (V8 keeps compiled patterns per isolate), once for one-byte subjects and once more for
// two-byte ones (a story with a curly quote), before its first file is checked at full speed.
//
//   node scripts/bench/cli-regex-compile.mjs [--top 15] [--runs 3]     (after npm run build)
//
// Finds the patterns in dist/cli.js (regex literals, and `new RegExp("…", "…")` with constant arguments, which is
// how esbuild writes a literal with \p{…}); patterns built from template strings are not counted. Each run is a
// fresh process that times the first match of every pattern, in a shuffled order, on a short one-byte and a short
// two-byte subject, with the CLI's batch setting (compiled straight to machine code); the table keeps each
// pattern's lowest time over the runs. Timings on a busy machine are high: read the ranking, not the digits.
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { createRequire } from 'module';
import { ROOT } from './articles.mjs';

const require = createRequire(import.meta.url);
const BUNDLE = path.join(ROOT, 'dist', 'cli.js');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** [source, flags] of every pattern written as a constant in the bundle, each once. */
function patternsIn(file) {
  const ts = require('typescript');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = new Map();
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const end = text.lastIndexOf('/');
      found.set(text, [text.slice(1, end), text.slice(end + 1)]);
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteral(pattern) && (!flags || ts.isStringLiteral(flags))) {
        found.set(`/${pattern.text}/${flags?.text ?? ''}`, [pattern.text, flags?.text ?? '']);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found.values()];
}

/** In a child process: milliseconds to the first match of each pattern, one-byte then two-byte subject. */
function timeEach(patterns) {
  const oneByte = 'GENEVA, March 3 (Reuters) - The minister, John Smith, said on Monday: "We agree." ';
  const twoByte = 'GENEVA, March 3 (Reuters) \u2014 The minister, John Smith, said on Monday: \u201cWe agree.\u201d ';
  const order = patterns.map((_, i) => i).sort(() => Math.random() - 0.5);
  const times = new Array(patterns.length);
  for (const i of order) {
    const [source, flags] = patterns[i];
    // Without g or y a match starts at 0 each time; a fresh object per subject keeps the two compiles apart.
    const plain = flags.replace(/[gy]/g, '');
    const t0 = process.hrtime.bigint();
    new RegExp(source, plain).exec(oneByte);
    const t1 = process.hrtime.bigint();
    new RegExp(source, plain).exec(twoByte);
    const t2 = process.hrtime.bigint();
    times[i] = [Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6];
  }
  return times;
}

if (process.argv[2] === '--child') {
  const patterns = JSON.parse(fs.readFileSync(0, 'utf8'));
  process.stdout.write(JSON.stringify(timeEach(patterns)));
} else {
  if (!fs.existsSync(BUNDLE)) {
    console.error(`cli-regex-compile: ${BUNDLE} is missing; run npm run build first.`);
    process.exit(2);
  }
  const patterns = patternsIn(BUNDLE);
  const best = patterns.map(() => [Infinity, Infinity]);
  for (let run = 0; run < option('--runs', 3); run++) {
    const child = spawnSync(process.execPath, ['--no-regexp-tier-up', new URL(import.meta.url).pathname, '--child'], { input: JSON.stringify(patterns), encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`the timing run failed: ${child.stderr}`);
    JSON.parse(child.stdout).forEach(([one, two], i) => { best[i] = [Math.min(best[i][0], one), Math.min(best[i][1], two)]; });
  }
  const rows = patterns.map(([source, flags], i) => ({ pattern: `/${source}/${flags}`, oneByte: best[i][0], twoByte: best[i][1] }));
  rows.sort((a, b) => b.oneByte + b.twoByte - (a.oneByte + a.twoByte));
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  console.log(`${rows.length} patterns; first match per thread: ${sum('oneByte').toFixed(1)} ms for one-byte text, ${sum('twoByte').toFixed(1)} ms more for two-byte text`);
  console.log('  one-byte  two-byte  pattern');
  for (const row of rows.slice(0, option('--top', 15))) {
    console.log(`${row.oneByte.toFixed(2).padStart(10)}${row.twoByte.toFixed(2).padStart(10)}  ${row.pattern.length > 110 ? `${row.pattern.slice(0, 107)}...` : row.pattern}`);
  }
}
