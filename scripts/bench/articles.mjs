// Inputs for the benchmark: the seed, articles built from its paragraphs, and real corpus articles (read at run time).
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const SEED_PATH = path.join(ROOT, 'seeds', 'xinhua-seed.txt');

export function readSeed() {
  return fs.readFileSync(SEED_PATH, 'utf8');
}

/**
 * A longer article made of the seed's paragraphs: its first paragraph (with the dateline), the body
 * paragraphs repeated until `enough({ chars, words })` holds, and its last paragraph (with the sign-off).
 */
export function growSeed(seed, enough) {
  const paragraphs = seed.split(/\r?\n/).filter((line) => line.trim());
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const body = paragraphs.slice(1, -1);
  const parts = [first];
  const size = { chars: first.length + last.length + 2, words: wordCount(first) + wordCount(last) };
  for (let i = 0; !enough(size); i++) {
    const paragraph = body[i % body.length];
    parts.push(paragraph);
    size.chars += paragraph.length + 1;
    size.words += wordCount(paragraph);
  }
  parts.push(last);
  return `${parts.join('\n')}\n`;
}

export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The corpus folder: $WIRECHECK_CORPUS, else ../shared/corpus beside the repository; undefined when absent. */
export function corpusDir() {
  const candidates = [process.env.WIRECHECK_CORPUS, path.join(ROOT, '..', 'shared', 'corpus')].filter(Boolean);
  return candidates.find((dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory());
}

/** Every article file in the corpus (relative paths, sorted, so runs are comparable). */
export function corpusFiles(dir) {
  const files = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && /\.(txt|wire)$/.test(entry.name) && relative) files.push(child);
    }
  };
  walk('');
  return files.sort();
}

/** Every `step`-th corpus article, so that a sample spans all folders (agencies and eras). */
export function sampleCorpus(dir, files, count) {
  const step = Math.max(1, Math.floor(files.length / count));
  const picked = [];
  for (let i = 0; i < files.length && picked.length < count; i += step) {
    picked.push({ file: files[i], text: fs.readFileSync(path.join(dir, files[i]), 'utf8') });
  }
  return picked;
}
