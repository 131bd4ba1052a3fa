import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { TestClient, fileUri, readText } from '../helpers/lsp-client';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = readText(SEED_ARTICLE);
const scratch = (name: string) => fileUri(path.join(os.tmpdir(), 'wirecheck-protocol', name));

/** Line and character of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server over LSP (push diagnostics client)', function () {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const result = await client.initialize({ textDocument: { hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } });
    assert.strictEqual((result.capabilities as { textDocumentSync: { change: number } }).textDocumentSync.change, 2, 'incremental sync');
    assert.ok(result.capabilities.hoverProvider);
    assert.ok(result.capabilities.documentSymbolProvider);
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0, 'server exits with 0 after shutdown + exit');
  });

  it('publishes no diagnostics for the seed article', async () => {
    const uri = scratch('seed.txt');
    await client.open(uri, seed);
    const published = await client.pushedDiagnostics(uri);
    assert.deepStrictEqual(published.diagnostics, []);
  });

  it('reports terminator/missing when Enditem is removed, then clears it after an incremental edit', async () => {
    const uri = scratch('broken.txt');
    const broken = seed.replace(' Enditem', '');
    await client.open(uri, broken);
    const first = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.deepStrictEqual(first.diagnostics.map((diagnostic) => diagnostic.code), ['terminator/missing']);
    assert.strictEqual(first.diagnostics[0].range.start.line, 11);
    assert.match(String(first.diagnostics[0].codeDescription?.href), /terminator\/missing\.md$/);

    const end = positionOf(broken, 'world stage.');
    end.character += 'world stage.'.length;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: ' Enditem' }],
    });
    const second = await client.pushedDiagnostics(uri, (params) => params.version === 2);
    assert.deepStrictEqual(second.diagnostics, []);
  });

  it('hovers on Xi with the full name and title', async () => {
    const uri = scratch('hover.txt');
    await client.open(uri, seed);
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positionOf(seed, 'Xi also') }) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Xi Jinping/);
    assert.match(value, /Chinese President/);
    assert.deepStrictEqual(hover.range?.start, positionOf(seed, 'Xi also'));
  });

  it('returns an outline of paragraphs and statements', async () => {
    const uri = scratch('outline.txt');
    await client.open(uri, seed);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 14);
    assert.strictEqual(symbols.flatMap((symbol) => symbol.children ?? []).length, 11);
    assert.match(symbols[1].children![0].name, /^Xi Jinping: /);
  });

  it('answers requests for unknown documents without failing', async () => {
    const uri = scratch('never-opened.txt');
    assert.strictEqual(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.strictEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), null);
  });

  it('applies a rule severity from settings after a configuration change', async () => {
    const uri = scratch('settings.txt');
    client.settings = { rules: { 'terminator/missing': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.open(uri, seed.replace(' Enditem', ''));
    const published = await client.pushedDiagnostics(uri);
    assert.deepStrictEqual(published.diagnostics, []);
    client.settings = {};
  });
});

describe('language server over LSP (pull diagnostics client)', () => {
  it('answers textDocument/diagnostic', async () => {
    const client = new TestClient();
    const result = await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.ok(result.capabilities.diagnosticProvider);
    const uri = scratch('pull.txt');
    await client.open(uri, seed.replace(' Enditem', ''));
    const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: { code: string }[] };
    assert.strictEqual(report.kind, 'full');
    assert.deepStrictEqual(report.items.map((item) => item.code), ['terminator/missing']);
    assert.strictEqual(await client.shutdown(), 0);
  });
});
