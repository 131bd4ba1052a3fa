import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, FIXTURES } from '../helpers/paths';

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('wirecheck CLI on many files (worker threads)', () => {
  let dir: string;
  let files: string[];
  before(() => {
    // Every fixture several times over, with a Latin-1 file and a missing file in the middle: enough for workers.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-parallel-'));
    const articles = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort();
    files = [];
    for (let copy = 0; copy < 3; copy++) {
      for (const name of articles) {
        const file = `${copy}-${name}`;
        fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, file));
        files.push(file);
      }
    }
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('BEIJING, Aug. 30 (Xinhua) -- Caf\xe9 owners said Monday they were ready.\n', 'latin1'));
    files.splice(40, 0, 'latin1.txt', 'missing.txt');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the same findings and messages, in the order the files were given, on threads as in one thread', () => {
    assert.ok(files.length >= 64, 'enough files for the parallel path');
    for (const format of ['text', 'json']) {
      const single = run(['--jobs', '1', '--format', format, ...files], dir);
      const threads = run(['--jobs', '3', '--format', format, ...files], dir);
      assert.strictEqual(single.code, 2, single.stderr);
      assert.strictEqual(threads.code, single.code);
      assert.strictEqual(threads.stdout, single.stdout);
      assert.strictEqual(threads.stderr, single.stderr);
      assert.match(threads.stderr, /latin1\.txt: not valid UTF-8[^\n]*\nwirecheck: missing\.txt: cannot read \(no such file\)/);
    }
    const text = run(['--jobs', '2', ...files], dir).stdout;
    const order = [...new Set(text.split('\n').filter(Boolean).map((line) => line.split(':')[0]))];
    assert.deepStrictEqual(order, files.filter((file) => order.includes(file)));
    assert.ok(order.length > 10);
  });

  it('checks the files of a worker that died, and prints them in order', () => {
    const single = run(['--jobs', '1', ...files], dir);
    const dying = run(['--jobs', '2', ...files], dir, { WIRECHECK_TEST_HOOKS: '1', WIRECHECK_TEST_WORKER_DIES_ON: files[5] });
    assert.strictEqual(dying.code, single.code);
    assert.strictEqual(dying.stdout, single.stdout);
    assert.strictEqual(dying.stderr, single.stderr);
    assert.match(dying.stdout, new RegExp(`^${files[5].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm'), 'the dead worker\'s file is reported');
  });

  it('prints the same SARIF on threads as in one thread', () => {
    const single = run(['--jobs', '1', '--format', 'sarif', ...files], dir);
    const threads = run(['--jobs', '2', '--format', 'sarif', ...files], dir);
    assert.strictEqual(threads.stdout, single.stdout);
    assert.ok(JSON.parse(threads.stdout).runs[0].results.length > 10);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const clean = files.filter((file) => file.includes('clean'));
    const many = Array.from({ length: 80 }, (_, i) => clean[i % clean.length]);
    const result = run(many, dir);
    assert.strictEqual(result.stderr, '');
  });

  it('rejects a bad --jobs value', () => {
    const result = run(['--jobs', '0', files[0]], dir);
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /--jobs must be a whole number/);
  });
});
