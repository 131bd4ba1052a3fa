import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG, analyse, fixAllSafe } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';
import { CLI, SEED_ARTICLE } from '../helpers/paths';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('wirecheck --fix', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-fix-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

  it('says on stderr how many fixes it applied to each file, and nothing for a clean file', () => {
    const broken = path.join(dir, 'broken.txt');
    const clean = path.join(dir, 'clean.txt');
    fs.writeFileSync(broken, seed.replace(' Enditem', ''));
    fs.writeFileSync(clean, seed);
    const result = run([broken, clean, '--fix']);
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(result.stderr, `wirecheck: ${broken}: 1 fix applied.\n`);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(fs.readFileSync(broken, 'utf8'), seed);
    assert.strictEqual(fs.readFileSync(clean, 'utf8'), seed);
  });

  it('writes exactly what the editor fix-all computes, for every fixture (one run over all of them)', () => {
    // The CLI has no flag for per-rule settings: fixtures that need them are left to the unit tests.
    const fixtures = loadFixtures().filter((fixture) => !fixture.settings.style && !fixture.settings.rules);
    const files = fixtures.map((fixture) => {
      const file = path.join(dir, `${fixture.name}.txt`);
      fs.writeFileSync(file, fixture.text);
      return file;
    });
    const result = run([...files, '--fix']);
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    fixtures.forEach((fixture, index) => {
      const expected = fixAllSafe(analyse(fixture.text.replace(/^\uFEFF/, ''), DEFAULT_CONFIG), DEFAULT_CONFIG);
      assert.strictEqual(fs.readFileSync(files[index], 'utf8').replace(/^\uFEFF/, ''), expected.text, fixture.name);
      const reported = result.stderr.split('\n').find((line) => line.startsWith(`wirecheck: ${files[index]}: `));
      assert.strictEqual(/: (\d+) fix(?:es)? applied/.exec(reported ?? '')?.[1] ?? '0', String(expected.applied), fixture.name);
    });
    assert.ok(fixtures.some((fixture) => fixAllSafe(analyse(fixture.text, DEFAULT_CONFIG), DEFAULT_CONFIG).applied > 0), 'some fixture has a safe fix');
  });
});
