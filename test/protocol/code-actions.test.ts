import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CodeAction, CreateFile, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, fileUri, readText } from '../helpers/lsp-client';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = readText(SEED_ARTICLE);
const unterminated = seed.replace(' Enditem', '');
const lastLine = unterminated.split('\n').length - 1;
const endOfText: Range = { start: { line: lastLine, character: 5 }, end: { line: lastLine, character: 5 } };

/** The text edits of a workspace edit for one URI, whichever form the server chose. */
function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const documentEdits = (action.edit?.documentChanges ?? [])
    .filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === uri);
  return [...documentEdits.flatMap((change) => change.edits as TextEdit[]), ...(action.edit?.changes?.[uri] ?? [])];
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 0, text), edits);
}

describe('code actions over LSP', function () {
  let client: TestClient;
  let workspace: string;
  const request = (uri: string, range: Range, only?: string[]) =>
    client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only } }) as Promise<CodeAction[] | null>;
  const find = (actions: CodeAction[] | null, title: string | RegExp) => {
    const action = actions?.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
    assert.ok(action, `no action ${String(title)} in ${JSON.stringify(actions?.map((candidate) => candidate.title))}`);
    return action;
  };

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-actions-'));
    client = new TestClient();
    const result = await client.initialize(
      { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
      fileUri(workspace),
      { ruleDocsBase: 'file:///opt/wirecheck/docs/rules' },
    );
    const provider = result.capabilities.codeActionProvider as { codeActionKinds: string[] };
    assert.deepStrictEqual(provider.codeActionKinds, ['quickfix', 'source.fixAll.wirecheck']);
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('offers the terminator quick fix, preferred, with its diagnostic, as a versioned edit', async () => {
    const uri = fileUri(path.join(workspace, 'quick.txt'));
    await client.open(uri, unterminated, 3);
    const published = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.strictEqual(published.diagnostics[0].codeDescription?.href, 'file:///opt/wirecheck/docs/rules/terminator/missing.md', 'links to the pages the client ships');
    const fix = find(await request(uri, endOfText), /Add `Enditem`/);
    assert.strictEqual(fix.kind, 'quickfix');
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.diagnostics?.map((diagnostic) => diagnostic.code), ['terminator/missing']);
    const change = fix.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri, version: 3 });
    assert.strictEqual(apply(unterminated, editsFor(fix, uri)), seed);
    const docs = find(await request(uri, endOfText), 'Show documentation for terminator/missing');
    assert.deepStrictEqual(docs.command, { title: docs.title, command: 'wirecheck.showRuleDocumentation', arguments: ['terminator/missing'] });
  });

  it('disables a rule for the file with a directive line on top', async () => {
    const uri = fileUri(path.join(workspace, 'disable.txt'));
    await client.open(uri, unterminated);
    const disable = find(await request(uri, endOfText), 'Disable terminator/missing for this file');
    const fixed = apply(unterminated, editsFor(disable, uri));
    assert.ok(fixed.startsWith('[wirecheck-disable terminator/missing]\nBEIJING'));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const published = await client.pushedDiagnostics(uri, (params) => params.version === 2);
    assert.deepStrictEqual(published.diagnostics, []);
  });

  it('disables a rule on one line with a directive line above it, and only that finding goes', async () => {
    const uri = fileUri(path.join(workspace, 'disable-line.txt'));
    // Two double spaces on two lines: silencing the first must leave the second.
    const lines = seed.split('\n');
    const second = lines.findIndex((line, index) => index > 0 && line.includes(' the '));
    lines[0] = lines[0].replace(' said ', ' said  ');
    lines[second] = lines[second].replace(' the ', ' the  ');
    const text = lines.join('\n');
    await client.open(uri, text);
    const before = await client.pushedDiagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.deepStrictEqual(before.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['hygiene/double-space', 0], ['hygiene/double-space', second]]);
    const at = before.diagnostics[0].range;
    const disable = find(await request(uri, at), 'Disable hygiene/double-space on this line');
    assert.deepStrictEqual(disable.diagnostics?.map((diagnostic) => diagnostic.range.start.line), [0]);
    const silenced = apply(text, editsFor(disable, uri));
    assert.strictEqual(silenced, `[wirecheck-disable-next-line hygiene/double-space]\n${text}`);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: silenced }] });
    const after = await client.pushedDiagnostics(uri, (params) => params.version === 2);
    assert.deepStrictEqual(after.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['hygiene/double-space', second + 1]]);
  });

  it('creates .wirecheckrc.json in the workspace folder, or edits the one there', async () => {
    const folder = path.join(workspace, 'desk');
    fs.mkdirSync(folder);
    const uri = fileUri(path.join(folder, 'config.txt'));
    await client.open(uri, unterminated);
    const configUri = fileUri(path.join(workspace, '.wirecheckrc.json'));
    const create = find(await request(uri, endOfText), 'Disable terminator/missing in .wirecheckrc.json');
    assert.deepStrictEqual(create.edit?.documentChanges?.[0], CreateFile.create(configUri));
    const created = apply('', editsFor(create, configUri));
    assert.deepStrictEqual(JSON.parse(created), { rules: { 'terminator/missing': 'off' } });

    const existing = '{\n  "style": "xinhua"\n}\n';
    fs.writeFileSync(path.join(workspace, '.wirecheckrc.json'), `\uFEFF${existing}`);
    const update = find(await request(uri, endOfText), 'Disable terminator/missing in .wirecheckrc.json');
    assert.ok(!update.edit?.documentChanges?.some((change) => 'kind' in change), 'no file operation for an existing file');
    assert.deepStrictEqual(JSON.parse(apply(existing, editsFor(update, configUri))), { style: 'xinhua', rules: { 'terminator/missing': 'off' } });

    fs.writeFileSync(path.join(workspace, '.wirecheckrc.json'), '{ "rules": ');
    const actions = await request(uri, endOfText);
    assert.ok(!actions?.some((action) => action.title.endsWith('.wirecheckrc.json')), 'not offered for a malformed file');
    fs.rmSync(path.join(workspace, '.wirecheckrc.json'));
  });

  it('answers source.fixAll.wirecheck with every safe fix, and nothing else', async () => {
    const uri = fileUri(path.join(workspace, 'fix-all.txt'));
    await client.open(uri, unterminated);
    const whole: Range = { start: { line: 0, character: 0 }, end: { line: lastLine + 1, character: 0 } };
    const actions = await request(uri, whole, ['source.fixAll.wirecheck']);
    assert.deepStrictEqual(actions?.map((action) => action.kind), ['source.fixAll.wirecheck']);
    assert.strictEqual(apply(unterminated, editsFor(actions![0], uri)), seed);
    assert.deepStrictEqual(await request(uri, whole, ['source.organizeImports']), []);
  });

  it('returns nothing for a clean article or an unknown document', async () => {
    const uri = fileUri(path.join(workspace, 'clean.txt'));
    await client.open(uri, seed);
    assert.deepStrictEqual(await request(uri, endOfText), []);
    assert.strictEqual(await request(fileUri(path.join(workspace, 'never-opened.txt')), endOfText), null);
  });
});
