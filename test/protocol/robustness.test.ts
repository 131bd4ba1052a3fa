// The server under hostile conditions: failing handlers, unknown documents, huge and binary files,
// protocol shutdown, untrusted workspaces and config files that hold code.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ClientCapabilities, DocumentSymbol } from 'vscode-languageserver-protocol';
import { TestClient, fileUri, readText } from '../helpers/lsp-client';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = readText(SEED_ARTICLE);
const scratch = (name: string) => fileUri(path.join(os.tmpdir(), 'wirecheck-robustness', name));
const PUSH: ClientCapabilities = { textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } };

async function rejection(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: number; message: string };
  }
  throw new Error('the request was expected to fail');
}

describe('server faults', () => {
  it('answers a failing hover with an error and keeps serving other requests', async () => {
    const client = new TestClient({ WIRECHECK_TEST_FAULT: 'hover' });
    await client.initialize(PUSH);
    const uri = scratch('fault.txt');
    await client.open(uri, seed.replace(' Enditem', ''));
    const error = await rejection(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
    assert.strictEqual(error.code, -32603);
    assert.match(error.message, /^Wirecheck: hover failed \(fault injected/);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
    assert.ok(symbols.length > 0, 'the outline still answers');
    const published = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.strictEqual(published.diagnostics[0].code, 'terminator/missing');
    assert.ok(client.logs.some((line) => /hover failed: Error: fault injected/.test(line)), 'the failure is logged');
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('logs a failure while pushing diagnostics and stays alive', async () => {
    const client = new TestClient({ WIRECHECK_TEST_FAULT: 'diagnostics' });
    await client.initialize(PUSH);
    const uri = scratch('push-fault.txt');
    await client.open(uri, seed);
    for (let i = 0; i < 50 && !client.logs.some((line) => /diagnostics failed/.test(line)); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(client.logs.some((line) => /diagnostics failed/.test(line)), 'the failure is logged');
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
    assert.ok(symbols.length > 0);
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('requests for closed and unknown documents', () => {
  it('answers every request cleanly after a document is closed, and ignores changes to unknown ones', async () => {
    const client = new TestClient();
    await client.initialize({ ...PUSH, textDocument: { ...PUSH.textDocument, diagnostic: { dynamicRegistration: false } } });
    const uri = scratch('closed.txt');
    await client.open(uri, seed);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const textDocument = { uri };
    assert.strictEqual(await client.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 0, character: 0 } }), null);
    assert.strictEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument }), null);
    assert.strictEqual(await client.connection.sendRequest('wirecheck/articleInfo', { uri }), null);
    assert.deepStrictEqual(await client.connection.sendRequest('textDocument/diagnostic', { textDocument }), { kind: 'full', items: [] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: scratch('never.txt'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: scratch('never.txt') } });
    assert.strictEqual(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 99, character: 99 } }), null);
    assert.strictEqual(await client.shutdown(), 0);
  });
});

describe('protocol shutdown', () => {
  it('exits with 1 on exit without shutdown', async () => {
    const client = new TestClient();
    await client.initialize(PUSH);
    await client.connection.sendNotification('exit');
    assert.strictEqual(await client.exited, 1);
  });
});

describe('bad documents over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize(PUSH);
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  it('checks the start of a 20 MB document and says so in a diagnostic and the status bar info', async function () {
    this.timeout(90000); // 20 MB through a pipe on a busy 2-core CI machine
    const uri = scratch('huge.txt');
    const paragraph = seed.split('\n').slice(1, 3).join('\n');
    const huge = `${seed.split('\n')[0]}\n${`${paragraph}\n`.repeat(Math.ceil(20e6 / (paragraph.length + 1)))}`;
    await client.open(uri, huge);
    const published = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0, 15000);
    const notice = published.diagnostics.find((diagnostic) => diagnostic.code === 'file/too-large');
    assert.ok(notice, JSON.stringify(published.diagnostics.slice(0, 3)));
    assert.match(notice.message, /too large to check in full/);
    const info = await client.connection.sendRequest('wirecheck/articleInfo', { uri }) as { notice?: string; words: number };
    assert.match(info.notice ?? '', /too large/);
    assert.ok(info.words > 0);
  });

  it('does not check a binary document and says so', async () => {
    const uri = scratch('binary.txt');
    await client.open(uri, `PK\u0003\u0004\u0000\u0000${'\u00ff'.repeat(100)}`);
    const published = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.deepStrictEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['file/binary']);
    assert.match(published.diagnostics[0].message, /Binary file .*not checked/);
    const info = await client.connection.sendRequest('wirecheck/articleInfo', { uri }) as { notice?: string };
    assert.match(info.notice ?? '', /Binary/);
  });

  it('checks empty, whitespace-only and control-character documents without failing', async () => {
    for (const [name, text] of [['empty', ''], ['blank', ' \n\r\n\t\u00a0\n'], ['controls', '\u0001\u0002\u001b[31mBEIJING\u0007 --\u000b\u000c']]) {
      const uri = scratch(`${name}.txt`);
      await client.open(uri, text);
      await client.pushedDiagnostics(uri);
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
    }
  });
});

describe('workspace trust and config files', () => {
  let workspace: string;
  before(() => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-trust-'));
    fs.writeFileSync(path.join(workspace, '.wirecheckrc.json'), JSON.stringify({ rules: { 'terminator/missing': 'off' } }));
  });
  after(() => fs.rmSync(workspace, { recursive: true, force: true }));

  async function diagnosticsFor(trusted: boolean, folder: string): Promise<string[]> {
    const client = new TestClient();
    await client.initialize(PUSH, fileUri(folder), { workspaceTrusted: trusted });
    const uri = fileUri(path.join(folder, 'story.txt'));
    await client.open(uri, seed.replace(' Enditem', ''));
    const published = await client.pushedDiagnostics(uri);
    assert.strictEqual(await client.shutdown(), 0);
    return published.diagnostics.map((diagnostic) => String(diagnostic.code));
  }

  it('reads .wirecheckrc.json in a trusted workspace', async () => {
    assert.deepStrictEqual(await diagnosticsFor(true, workspace), []);
  });

  it('reads no config file in an untrusted workspace', async () => {
    assert.deepStrictEqual(await diagnosticsFor(false, workspace), ['terminator/missing']);
  });

  it('never runs a config file that holds JavaScript: one warning on the file, defaults apply', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-js-config-'));
    const marker = path.join(folder, 'pwned');
    fs.writeFileSync(path.join(folder, '.wirecheckrc.json'), `module.exports = (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), { rules: { 'terminator/missing': 'off' } });\n`);
    try {
      const client = new TestClient();
      await client.initialize(PUSH, fileUri(folder));
      const uri = fileUri(path.join(folder, 'story.txt'));
      await client.open(uri, seed.replace(' Enditem', ''));
      const published = await client.pushedDiagnostics(uri);
      assert.deepStrictEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['terminator/missing']);
      const configDiagnostics = await client.pushedDiagnostics(fileUri(path.join(folder, '.wirecheckrc.json')));
      assert.strictEqual(configDiagnostics.diagnostics.length, 1);
      assert.match(configDiagnostics.diagnostics[0].message, /not valid JSON/);
      assert.strictEqual(await client.shutdown(), 0);
      assert.ok(!fs.existsSync(marker), 'the config file was evaluated');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
