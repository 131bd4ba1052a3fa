import * as path from 'path';

/** The repository root, from the compiled test folder (test/out/helpers). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SEED_ARTICLE = path.join(SEEDS, 'xinhua-seed.txt');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');
export const CLI = path.join(ROOT, 'bin', 'wirecheck.js');
