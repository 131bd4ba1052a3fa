import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestClient, fileUri, readText } from '../helpers/lsp-client';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = readText(SEED_ARTICLE);
const broken = seed.replace(/\s*Enditem\s*$/, '\n');

/** Starts the server with these settings, checks two documents, exits; returns the rules it reported. */
async function checkOnce(env: Record<string, string>): Promise<string[]> {
  const client = new TestClient(env);
  await client.initialize({ workspace: { configuration: true } });
  const uri = fileUri(path.join(os.tmpdir(), 'wirecheck-protocol', 'code-cache.txt'));
  await client.open(uri, broken);
  const published = await client.pushedDiagnostics(uri);
  assert.strictEqual(await client.shutdown(), 0, 'the server exits cleanly');
  return published.diagnostics.map((diagnostic) => String(diagnostic.code));
}

function cacheFiles(directory: string): string[] {
  return fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.cache')) : [];
}

/** A cache file holds the SHA-256 of its payload, then the payload (V8's code cache). */
function isWhole(file: string): boolean {
  const stored = fs.readFileSync(file);
  return stored.length > 32 && createHash('sha256').update(stored.subarray(32)).digest().equals(stored.subarray(0, 32));
}

describe('language server start-up through the code cache (dist/server.js)', function () {
  this.timeout(60000);
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-code-cache-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('writes the cache after a first start, then starts from it with the same findings', async () => {
    const first = await checkOnce({ WIRECHECK_CODE_CACHE_DIR: directory });
    assert.ok(first.includes('terminator/missing'), `first start found ${first}`);
    const files = fs.readdirSync(directory);
    assert.strictEqual(files.length, 1, `one file, the cache, and nothing else: ${files}`);
    assert.match(files[0], /^server-[0-9a-f]+-[0-9a-f]+\.cache$/);
    const file = path.join(directory, files[0]);
    assert.ok(isWhole(file));
    const written = fs.statSync(file).mtimeMs;
    assert.deepStrictEqual(await checkOnce({ WIRECHECK_CODE_CACHE_DIR: directory }), first);
    assert.strictEqual(fs.statSync(file).mtimeMs, written, 'an accepted cache is not written again');
  });

  it('starts normally from a damaged cache and replaces it', async () => {
    const first = await checkOnce({ WIRECHECK_CODE_CACHE_DIR: directory });
    const file = path.join(directory, cacheFiles(directory)[0]);
    const damaged = fs.readFileSync(file);
    damaged.fill(0x5a, damaged.length >> 1, (damaged.length >> 1) + 64);
    fs.writeFileSync(file, damaged);
    assert.deepStrictEqual(await checkOnce({ WIRECHECK_CODE_CACHE_DIR: directory }), first);
    assert.ok(isWhole(file), 'the damaged file was replaced by a whole one');
  });

  it('starts normally where the cache cannot be written, and writes nothing when turned off', async () => {
    const blocked = path.join(directory, 'a-file');
    fs.writeFileSync(blocked, '');
    const findings = await checkOnce({ WIRECHECK_CODE_CACHE_DIR: path.join(blocked, 'cache') });
    assert.ok(findings.includes('terminator/missing'));
    assert.deepStrictEqual(await checkOnce({ WIRECHECK_CODE_CACHE_DIR: directory, WIRECHECK_CODE_CACHE: 'off' }), findings);
    assert.deepStrictEqual(cacheFiles(directory), []);
  });
});
