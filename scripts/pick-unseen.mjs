#!/usr/bin/env node
// Prints the deterministic pick of a sealed evaluation set (eval/README.md, "Split"): per source, the corpus files
// of 900–4000 characters that contain "said" or "says" and a title word, minus every file annotated in a set picked
// before this one, sorted by name; 4 picks evenly spaced at the set's offset: index floor((k + offset) · n / 4),
// k = 0..3. `--set unseen` (the default) uses offset 0.6, `--set blind` offset 0.3, `--set sealed` offset 0.85.
// Reads only file names and sizes/words: it runs no recogniser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCorpus, repoRoot } from './corpus-path.mjs';

const PER_SOURCE = 4;
// The picked sets in the order they were picked; a set excludes the files of every set picked before its round
// (the third column), so that rerunning an older pick gives the same files after newer sets were annotated.
// Sets of one round are picked from the same files at offsets 0.25 apart, which land on different indexes when a
// source has 16 or more eligible files (0.25 × n / PER_SOURCE ≥ 1); with fewer, two sets may pick the same file.
const PICKED_SETS = [
  ['unseen', 0.6, 1],
  ['blind', 0.3, 2],
  ['sealed', 0.85, 3],
  ['vault', 0.15, 4],
  ['crypt', 0.45, 5],
  ['cellar', 0.7, 5],
];
const SOURCES = [
  ['xinhua', 'xinhua', /^\d+\.txt$/],
  ['reuters', 'reuters', /^\d+\.txt$/],
  ['apw', 'other', /^apw_\d+\.txt$/],
  ['nyt', 'other', /^nyt_\d+\.txt$/],
  ['press', 'press', /^\d+\.txt$/],
];
const SAID = /\b(?:said|says)\b/;
const TITLE = /\b(?:president|prime minister|minister|premier|secretary|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|governor|senator|mayor|ambassador|commissioner|judge)\b|\b(?:Sen|Rep|Gov|Dr|Gen)\./i;

const setAt = process.argv.indexOf('--set');
const setName = setAt >= 0 ? process.argv[setAt + 1] : 'unseen';
const setIndex = PICKED_SETS.findIndex(([name]) => name === setName);
if (setIndex < 0) {
  console.error(`pick-unseen: --set needs one of ${PICKED_SETS.map(([name]) => name).join(', ')}`);
  process.exit(2);
}
const offset = PICKED_SETS[setIndex][1];
const round = PICKED_SETS[setIndex][2];
const laterOrSame = new Set(PICKED_SETS.filter((set) => set[2] >= round).map(([name]) => name));

const corpus = findCorpus();
if (!corpus) {
  console.log('pick-unseen: no corpus found (set WIRECHECK_CORPUS or put it at ../shared/corpus).');
  process.exit(0);
}
const annotationDir = join(repoRoot, 'eval/annotations');
const earlier = new Set(readdirSync(annotationDir).filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(annotationDir, name), 'utf8')))
  .filter((annotation) => !laterOrSame.has(annotation.set))
  .map((annotation) => annotation.file));

console.log(`set ${setName} (offset ${offset}):`);
for (const [source, folder, pattern] of SOURCES) {
  const eligible = readdirSync(join(corpus, folder)).filter((name) => pattern.test(name)).sort()
    .map((name) => `${folder}/${name}`)
    .filter((file) => !earlier.has(file))
    .filter((file) => {
      const text = readFileSync(join(corpus, file), 'utf8');
      return text.length >= 900 && text.length <= 4000 && SAID.test(text) && TITLE.test(text);
    });
  const picks = Array.from({ length: PER_SOURCE }, (_, k) => eligible[Math.floor(((k + offset) * eligible.length) / PER_SOURCE)]);
  console.log(`${source} (${eligible.length} eligible): ${picks.join(' ')}`);
}
