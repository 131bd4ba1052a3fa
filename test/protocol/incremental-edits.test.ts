// Random incremental edits through the real server: after every batch, the server's copy of the document
// must equal the client's, and every diagnostic range must lie inside the document.
import * as assert from 'assert';
import fc from 'fast-check';
import { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { Edit, anyInput, editFor, editSeed } from '../helpers/arbitraries';
import { TestClient, fileUri } from '../helpers/lsp-client';

const RUNS = Number(process.env.WIRECHECK_LSP_FUZZ_RUNS ?? 25);

/** Line/character of an offset, computed here independently of the server's TextDocument. */
function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (code === 0x0a || code === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An offset between `\r` and `\n` has no LSP position: move it before the pair. */
function notInsideCrlf(text: string, offset: number): number {
  return text.charCodeAt(offset - 1) === 0x0d && text.charCodeAt(offset) === 0x0a ? offset - 1 : offset;
}

function lineCount(text: string): number {
  return positionOf(text, text.length).line + 1;
}

describe('incremental edits through the server', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient({ WIRECHECK_TEST_HOOKS: '1' });
    await client.initialize({ workspace: { configuration: true } });
  });
  after(async () => assert.strictEqual(await client.shutdown(), 0));

  let documentNumber = 0;
  it('keeps the server document equal to the client document after every batch of random edits', async () => {
    await fc.assert(fc.asyncProperty(anyInput(), fc.array(fc.array(editSeed, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), async (initial, batches) => {
      const uri = fileUri(`/tmp/wirecheck-edits/doc-${documentNumber++}.txt`);
      let text = initial;
      let version = 1;
      await client.open(uri, text, version);
      for (const batch of batches) {
        const contentChanges = [];
        for (const seed of batch) {
          const raw: Edit = editFor(text, seed);
          const start = notInsideCrlf(text, raw.start);
          const end = Math.max(start, notInsideCrlf(text, raw.end));
          contentChanges.push({ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: raw.text });
          text = text.slice(0, start) + raw.text + text.slice(end);
        }
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges });
        const server = await client.connection.sendRequest('wirecheck/test/documentText', { uri }) as { version: number; text: string };
        assert.strictEqual(server.version, version);
        assert.strictEqual(server.text, text);
      }
      const published: PublishDiagnosticsParams = await client.pushedDiagnostics(uri, (params) => params.version === version, 10000);
      const lines = lineCount(text);
      for (const diagnostic of published.diagnostics) {
        assert.ok(diagnostic.range.start.line < lines && diagnostic.range.end.line < lines, `${JSON.stringify(diagnostic.range)} outside ${lines} lines`);
      }
      const info = await client.connection.sendRequest('wirecheck/articleInfo', { uri }) as { words: number } | null;
      assert.ok(info && info.words >= 0);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }), { numRuns: RUNS });
  });
});
