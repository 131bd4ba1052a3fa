import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES } from './paths';

/** What a fixture expects: rule id and 1-based line and column where the finding starts. */
export interface ExpectedFinding {
  rule: string;
  line: number;
  column: number;
}

export interface Fixture {
  name: string;
  file: string;
  text: string;
  /** Settings to check with, from the sidecar (e.g. a style). */
  settings: { style?: string; rules?: Record<string, string> };
  expected: ExpectedFinding[];
}

/**
 * Fixtures are `NAME.txt` (the article, bytes as a writer left them) beside `NAME.expected.json`
 * (`{ "settings": {…}, "findings": [{ "rule", "line", "column" }] }`). A clean fixture expects `[]`.
 */
export function loadFixtures(): Fixture[] {
  return fs.readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(FIXTURES, name);
      const sidecar = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as { settings?: Fixture['settings']; findings: ExpectedFinding[] };
      return { name: name.replace(/\.txt$/, ''), file, text: fs.readFileSync(file, 'utf8'), settings: sidecar.settings ?? {}, expected: sidecar.findings };
    });
}
