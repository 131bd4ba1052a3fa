// `--fix` writes: atomic, same bytes apart from the fix, and never over a file that changed since it was read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { firstInvalidUtf8, readArticleFile } from '../../server/src/cli/read';
import { ChangedOnDiskError, writeFixedFile } from '../../server/src/cli/write';

describe('writing fixed files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-write-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const leftovers = () => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('keeps the BOM, CRLF line endings and the file mode, and leaves no temporary file', () => {
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, '\uFEFFBEIJING --\r\nText.\r\n', { mode: 0o640 });
    const read = readArticleFile(file);
    writeFixedFile(read, read.text.replace('Text.', 'Text. Enditem'));
    assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('\uFEFFBEIJING --\r\nText. Enditem\r\n', 'utf8'));
    assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepStrictEqual(leftovers(), []);
  });

  it('refuses, and leaves the new content alone, when the file changes between read and write', () => {
    const file = path.join(dir, 'race.txt');
    fs.writeFileSync(file, 'BEIJING --\nText.\n');
    const read = readArticleFile(file);
    fs.writeFileSync(file, 'BEIJING --\nText changed by the writer.\n');
    assert.throws(() => writeFixedFile(read, `${read.text} Enditem`), ChangedOnDiskError);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'BEIJING --\nText changed by the writer.\n');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('refuses when the file changes at the last moment, after the temporary file is written', () => {
    const file = path.join(dir, 'late.txt');
    fs.writeFileSync(file, 'BEIJING --\nText.\n');
    const read = readArticleFile(file);
    const hooks = { beforeCommit: () => fs.appendFileSync(file, 'More text typed meanwhile.\n') };
    assert.throws(() => writeFixedFile(read, `${read.text} Enditem`, hooks), /changed on disk/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'BEIJING --\nText.\nMore text typed meanwhile.\n');
    assert.deepStrictEqual(leftovers(), []);
  });

  it('writes through a symbolic link to its target and keeps the link', () => {
    const target = path.join(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(target, 'Text.');
    fs.symlinkSync(target, link);
    const read = readArticleFile(link);
    writeFixedFile(read, 'Text. Enditem');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'Text. Enditem');
  });

  it('refuses a fix that Latin-1 cannot hold in a Latin-1 file', () => {
    const file = path.join(dir, 'latin1.txt');
    const bytes = Buffer.from('Caf\xe9.', 'latin1');
    fs.writeFileSync(file, bytes);
    const read = readArticleFile(file);
    assert.ok(read.encodingProblem);
    assert.throws(() => writeFixedFile(read, `${read.text} — Enditem`), /Latin-1 cannot hold/);
    assert.deepStrictEqual(fs.readFileSync(file), bytes);
    assert.deepStrictEqual(leftovers(), []);
  });
});

describe('locating the first byte that is not UTF-8', () => {
  it('agrees with a strict UTF-8 decoder on random bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0xc3, 0xa9, 0xe2, 0x80, 0x94, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0)), { maxLength: 40 });
    fc.assert(fc.property(bytes, (values) => {
      const array = Uint8Array.from(values);
      const offset = firstInvalidUtf8(array);
      assert.ok(decodes(array.subarray(0, offset)), 'the prefix before the offset is valid');
      assert.strictEqual(decodes(array), offset === array.length);
    }), { numRuns: 2000 });
  });
});
