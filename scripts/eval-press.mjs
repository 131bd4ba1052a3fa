// Press-release evaluation over the real releases in the corpus (`press/`): how often the release anatomy is
// recognised, and per rule the share of releases with a finding, checked in the `press-release` style and
// in `auto`. Usage: node scripts/eval-press.mjs [--samples N] [--rule ID] [--style press-release|auto] [--json FILE]
//   --samples N   list up to N findings per rule (file, line, message, the text it points at) for hand-checking,
//                 picked evenly over the folder; --rule ID only that rule; --style only that style
// Reads $WIRECHECK_CORPUS or ../shared/corpus beside the repository; exits 0 saying so when it is absent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findCorpus, repoRoot as root } from './corpus-path.mjs';
import { option } from './script-args.mjs';

const require = createRequire(import.meta.url);
const core = require(join(root, 'out', 'server', 'src', 'core', 'index.js'));

const samples = Number(option('--samples') ?? 0);
const onlyRule = option('--rule');
const styles = option('--style') ? [option('--style')] : ['press-release', 'auto'];
const jsonOut = option('--json');

const corpus = findCorpus();
const folder = corpus && join(corpus, 'press');
if (!folder || !existsSync(folder)) {
  console.log('eval-press: no corpus press/ folder (looked in $WIRECHECK_CORPUS, then ../shared/corpus beside the repository); nothing evaluated.');
  process.exit(0);
}
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
const texts = files.map((name) => readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, ''));
const percent = (count) => `${((100 * count) / files.length).toFixed(1)}%`;
const report = { corpus: folder, files: files.length, anatomy: {}, styles: {} };

// What the parser recognises, independent of any style.
const anatomy = { release: 0, 'release line': 0, headline: 0, 'markdown headline': 0, subheadline: 0, dateline: 0, 'dateline with service': 0, 'dateline with year': 0, lede: 0, 'About section': 0, 'contact block': 0, 'contact e-mail': 0, 'contact phone': 0, 'contact name': 0, 'end mark': 0, 'text after end mark': 0 };
for (const text of texts) {
  const article = core.parseArticle(text);
  const release = article.release;
  const count = (key, yes) => { if (yes) anatomy[key]++; };
  count('release', release);
  count('release line', release?.releaseLine);
  count('headline', release?.headline);
  count('markdown headline', release?.headline?.markdown);
  count('subheadline', release?.subheadline);
  count('dateline', article.dateline);
  count('dateline with service', article.dateline?.agency);
  count('dateline with year', article.dateline?.date?.year);
  count('lede', release?.lede);
  count('About section', release?.abouts.length);
  count('contact block', release?.contacts.length);
  count('contact e-mail', release?.contacts.some((block) => block.emails.length));
  count('contact phone', release?.contacts.some((block) => block.phones.length));
  count('contact name', release?.contacts.some((block) => block.name));
  count('end mark', release?.endMark);
  count('text after end mark', release?.afterEndMark);
}
console.log(`eval-press: ${files.length} releases in ${folder}\n\nanatomy recognised (share of releases):`);
for (const [key, count] of Object.entries(anatomy)) console.log(`  ${key.padEnd(24)} ${String(count).padStart(4)}  ${percent(count)}`);
report.anatomy = anatomy;

for (const style of styles) {
  const { config } = core.resolveConfig(undefined, { style });
  const byRule = new Map();
  const picked = new Map();
  texts.forEach((text, index) => {
    const analysis = core.analyse(text, config);
    picked.set(analysis.style.id, (picked.get(analysis.style.id) ?? 0) + 1);
    const starts = core.lineStarts(text);
    const seen = new Set();
    for (const finding of analysis.findings) {
      const entry = byRule.get(finding.rule) ?? { files: 0, findings: [], severity: finding.severity };
      if (!seen.has(finding.rule)) entry.files++;
      seen.add(finding.rule);
      const line = core.positionAt(starts, finding.span.start).line + 1;
      entry.findings.push({ file: files[index], line, message: finding.message, text: text.slice(finding.span.start, Math.min(finding.span.end, finding.span.start + 100)).replace(/\s+/g, ' ') });
      byRule.set(finding.rule, entry);
    }
  });
  console.log(`\nstyle ${style}${style === 'auto' ? ` (picked: ${[...picked].map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}: share of releases with a finding, per rule`);
  const rows = [...byRule].sort(([a], [b]) => a.localeCompare(b));
  for (const [rule, entry] of rows) console.log(`  ${rule.padEnd(32)} ${entry.severity.padEnd(7)} ${String(entry.files).padStart(4)}  ${percent(entry.files)}`);
  report.styles[style] = { picked: Object.fromEntries(picked), rules: Object.fromEntries(rows.map(([rule, entry]) => [rule, { files: entry.files, share: entry.files / files.length, severity: entry.severity }])) };
  if (samples > 0) {
    for (const [rule, entry] of rows) {
      if (onlyRule && rule !== onlyRule) continue;
      const step = Math.max(1, Math.floor(entry.findings.length / samples));
      console.log(`\n  samples of ${rule} (${style}):`);
      for (let i = 0; i < entry.findings.length && i / step < samples; i += step) {
        const sample = entry.findings[i];
        console.log(`    ${sample.file}:${sample.line}  ${sample.message}\n        ⟶ ${sample.text}`);
      }
    }
  }
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
