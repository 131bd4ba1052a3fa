import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, SEED_ARTICLE } from '../helpers/paths';

function run(args: string[], cwd = os.tmpdir()) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('wirecheck CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

  it('prints nothing and exits 0 for the seed', () => {
    const result = run([SEED_ARTICLE]);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.code, 0);
  });

  it('reports terminator/missing as file:line:col and exits 1', () => {
    const file = write('no-enditem.txt', seed.replace(' Enditem', ''));
    const result = run([file]);
    assert.strictEqual(result.code, 1);
    assert.match(result.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:12:1 error terminator/missing `));
  });

  it('honours a next-line directive, and --fix keeps it', () => {
    const lines = seed.replace(' Enditem', '').split('\n');
    const last = lines.length - 1;
    const file = write('next-line.txt', [...lines.slice(0, last), '[wirecheck-disable-next-line terminator/missing]', ...lines.slice(last)].join('\n'));
    const result = run([file]);
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(result.code, 0);
    const fixable = write('next-line-fix.txt', `[wirecheck-disable-next-line hygiene/double-space]\n${seed.replace(' said ', ' said  ')}`);
    run([fixable, '--fix']);
    assert.ok(fs.readFileSync(fixable, 'utf8').startsWith('[wirecheck-disable-next-line hygiene/double-space]\nBEIJING'));
    assert.strictEqual(run([fixable]).stdout, '');
  });

  it('writes JSON and SARIF', () => {
    const file = write('no-enditem-json.txt', seed.replace(' Enditem', ''));
    const json = JSON.parse(run([file, '--format', 'json']).stdout);
    assert.strictEqual(json[0].findings[0].rule, 'terminator/missing');
    assert.strictEqual(json[0].findings[0].line, 12);
    const sarif = JSON.parse(run([file, '--format=sarif']).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].results[0].ruleId, 'terminator/missing');
  });

  it('exits 2 with a clear message for missing files, directories and bad options', () => {
    const missing = run([path.join(dir, 'nope.txt')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /nope\.txt: cannot read \(no such file\)/);
    const directory = run([dir]);
    assert.strictEqual(directory.code, 2);
    assert.match(directory.stderr, /is a directory/);
    assert.strictEqual(run(['--format', 'xml', SEED_ARTICLE]).code, 2);
    assert.strictEqual(run([]).code, 2);
  });

  it('--fix inserts the terminator, keeping CRLF line endings and the BOM', () => {
    const original = `\uFEFF${seed.replace(' Enditem', '').replace(/\n/g, '\r\n')}`;
    const file = write('fix-me.txt', original);
    const result = run([file, '--fix']);
    assert.strictEqual(result.code, 0, result.stdout + result.stderr);
    const fixed = fs.readFileSync(file);
    assert.deepStrictEqual([...fixed.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.strictEqual(fixed.toString('utf8').slice(1), seed.replace(/\n/g, '\r\n'));
  });

  it('inspect --json prints people, statements and dateline parts', () => {
    const result = run(['inspect', SEED_ARTICLE, '--json']);
    assert.strictEqual(result.code, 0);
    const article = JSON.parse(result.stdout);
    assert.deepStrictEqual(article.people.map((person: { name: string }) => person.name), ['Xi Jinping', 'Miguel Diaz-Canel', 'Raul Castro']);
    assert.strictEqual(article.dateline.city, 'BEIJING');
    assert.strictEqual(article.dateline.agency, 'Xinhua');
    assert.ok(article.statements.every((statement: { speaker: string }) => statement.speaker === 'Xi Jinping'));
  });

  it('says a config problem once per run, naming the config file, not once per file', () => {
    const desk = path.join(dir, 'broken-desk');
    fs.mkdirSync(desk);
    fs.writeFileSync(path.join(desk, '.wirecheckrc.json'), JSON.stringify({ style: 'nonsense', colour: 'red' }));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name) => {
      fs.writeFileSync(path.join(desk, name), seed);
      return path.join(desk, name);
    });
    const result = run([...files, '--style', 'bogus']);
    const lines = result.stderr.split('\n').filter(Boolean);
    const configPath = path.join(desk, '.wirecheckrc.json');
    assert.strictEqual(lines.filter((line) => line.includes('Unknown key "colour"')).length, 1, result.stderr);
    assert.strictEqual(lines.filter((line) => line.includes('"style" in .wirecheckrc.json')).length, 1, result.stderr);
    assert.ok(lines.filter((line) => line.includes('Unknown key')).every((line) => line.startsWith(`wirecheck: ${configPath}: `)), result.stderr);
    assert.strictEqual(lines.filter((line) => line.includes('Unknown style "bogus"')).length, 1, result.stderr);
  });

  it('reads a .wirecheckrc.json beside the file', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'rc-'));
    fs.writeFileSync(path.join(sub, '.wirecheckrc.json'), JSON.stringify({ rules: { 'terminator/missing': 'warning' } }));
    const file = path.join(sub, 'article.txt');
    fs.writeFileSync(file, seed.replace(' Enditem', ''));
    const result = run([file]);
    assert.strictEqual(result.code, 0);
    assert.match(result.stdout, /warning terminator\/missing/);
  });
});
