// The CLI on input a writer should never have to think about: each gets a clear message, nothing crashes,
// and the other files are still checked.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI, ROOT, SEED_ARTICLE } from '../helpers/paths';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: os.tmpdir(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CORPUS = process.env.WIRECHECK_CORPUS ?? path.join(ROOT, '..', 'shared', 'corpus');

describe('wirecheck CLI on bad input', () => {
  let dir: string;
  const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-bad-input-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('checks empty, whitespace-only, CRLF, mixed line ending, BOM and control-character files without failing', () => {
    const files = [
      write('empty.txt', ''),
      write('blank.txt', ' \n\t\r\n\u00a0\n'),
      write('crlf.txt', seed.replace(/\n/g, '\r\n')),
      write('mixed.txt', seed.split('\n').map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join('')),
      write('bom.txt', `\uFEFF${seed}`),
      write('controls.txt', seed.replace('BEIJING', '\u0001BEI\u001bJING\u0007').replace('Xi', 'X\u0008i')),
    ];
    const result = run([...files, '--format', 'json']);
    assert.strictEqual(result.stderr, '');
    const reports = JSON.parse(result.stdout) as { file: string; findings: { rule: string }[] }[];
    assert.strictEqual(reports.length, files.length);
    for (const name of ['crlf.txt', 'mixed.txt', 'bom.txt']) {
      assert.deepStrictEqual(reports.find((report) => report.file.endsWith(name))?.findings, [], `${name} is the seed: clean`);
    }
  });

  it('says "binary file, not checked" for a file with NUL bytes, and goes on with the next file', () => {
    const binary = write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const broken = write('broken.txt', seed.replace(' Enditem', ''));
    const result = run([binary, broken]);
    assert.match(result.stdout, /image\.txt:1:1 warning file\/binary Binary file \(a NUL byte at offset 8\), not checked\./);
    assert.match(result.stdout, /broken\.txt:12:1 error terminator\/missing/);
    assert.strictEqual(result.code, 1);
  });

  it('reads a Latin-1 file with a clear warning naming the byte, checks it, and checks the next file', () => {
    const latin1 = write('latin1.txt', Buffer.concat([Buffer.from(seed.replace(' Enditem', '').replace('Havana', 'Hav'), 'utf8'), Buffer.from([0xe9]), Buffer.from(' caf\xe9.', 'latin1')]));
    const broken = write('broken2.txt', seed.replace(' Enditem', ''));
    const result = run([latin1, broken]);
    assert.match(result.stderr, /latin1\.txt: not valid UTF-8 \(first bad byte 0xE9 at offset \d+\); read as Latin-1\./);
    assert.match(result.stdout, /latin1\.txt:\d+:1 error terminator\/missing/);
    assert.match(result.stdout, /broken2\.txt:12:1 error terminator\/missing/);
  });

  it('--fix keeps a Latin-1 file Latin-1', () => {
    const body = Buffer.concat([Buffer.from(seed.replace(' Enditem', ''), 'utf8'), Buffer.from(' Caf\xe9 au lait.', 'latin1')]);
    const file = write('latin1-fix.txt', body);
    const result = run([file, '--fix']);
    assert.match(result.stderr, /read as Latin-1/);
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.concat([body, Buffer.from(' Enditem', 'latin1')]));
  });

  it('reads the corpus file that is not valid UTF-8 (reuters/17980.txt), when the corpus is present', function () {
    const file = path.join(CORPUS, 'reuters', '17980.txt');
    if (!fs.existsSync(file)) {
      console.log(`      (corpus not found at ${CORPUS}; set WIRECHECK_CORPUS to run this test)`);
      this.skip();
    }
    const result = run([file, SEED_ARTICLE, '--style', 'auto']);
    assert.match(result.stderr, /17980\.txt: not valid UTF-8 \(first bad byte 0x[0-9A-F]{2} at offset \d+\); read as Latin-1\./);
    assert.notStrictEqual(result.code, 2);
  });

  it('checks the start of a 20 MB file and says so, without hanging', function () {
    this.timeout(90000); // 20 MB through a pipe on a busy 2-core CI machine
    const paragraph = seed.split('\n').slice(1, 4).join('\n');
    const file = write('huge.txt', `${seed.split('\n')[0]}\n${`${paragraph}\n`.repeat(Math.ceil(20e6 / (paragraph.length + 1)))}Enditem\n`);
    const result = run([file, '--fix']);
    assert.match(result.stdout, /huge\.txt:1:1 warning file\/too-large File too large to check in full \(20,\d{3},\d{3} characters\): only the first [\d,]+ characters/);
    assert.strictEqual(fs.statSync(file).size > 20e6, true);
    assert.ok(!/terminator\/missing/.test(result.stdout), 'no finding on the cut-off end');
  });

  it('exits 2 with a message naming a directory, a device, a path through a file, and goes on with the rest', () => {
    const plain = write('plain.txt', seed);
    const result = run([dir, '/dev/zero', path.join(plain, 'inside.txt'), SEED_ARTICLE]);
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /is a directory, not an article file/);
    assert.match(result.stderr, /\/dev\/zero: is not a regular file/);
    assert.match(result.stderr, /inside\.txt: cannot read \(a folder in its path is a file\)/);
  });

  it('exits 2 with a message for a file it may not read', function () {
    if (process.getuid?.() === 0) {
      console.log('      (running as root: permissions cannot be denied here)');
      this.skip();
    }
    const locked = write('locked.txt', seed);
    fs.chmodSync(locked, 0);
    const result = run([locked]);
    assert.strictEqual(result.code, 2);
    assert.match(result.stderr, /locked\.txt: cannot read \(permission denied\)/);
  });
});
