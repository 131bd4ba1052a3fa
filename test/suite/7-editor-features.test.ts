// Navigation, rename, semantic tokens, completion and the Statements view, through the commands VS Code's UI uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, closeAllEditors, openArticle, positionOfWord, waitFor } from './editor';

describe('editor features', function () {
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  before(async () => {
    editor = await openArticle('editor-features.txt', SEED);
    document = editor.document;
  });
  after(closeAllEditors);

  const onXi = () => positionOfWord(document, 'Xi', 1).translate(0, 1);

  it('goes from a surname to the introduction', async () => {
    const targets = await waitFor('a definition', async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, onXi());
      return found && found.length ? found : undefined;
    });
    const target = targets[0];
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.strictEqual(document.getText(range), 'Chinese President Xi Jinping');
  });

  it('finds every mention of Diaz-Canel and highlights them', async () => {
    const position = positionOfWord(document, 'Diaz-Canel', 1).translate(0, 2);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    assert.deepStrictEqual(references.map((location) => document.getText(location.range)), ['Cuban President Miguel Diaz-Canel', 'Diaz-Canel', 'Diaz-Canel']);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
    assert.strictEqual(highlights.length, 3);
  });

  it('renames Xi Jinping to Li Qiang: full names and surnames', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, onXi(), 'Li Qiang');
    const edits = edit.get(document.uri);
    assert.strictEqual(edits[0].newText, 'Li Qiang');
    assert.ok(edits.slice(1).every((each) => each.newText === 'Li' && document.getText(each.range) === 'Xi'));
  });

  it('colours people, verbs and the dateline with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend.tokenTypes.includes('person') && legend.tokenTypes.includes('attributionVerb') && legend.tokenTypes.includes('datelineCity'));
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const [line, character, length, type] = tokens.data;
    assert.deepStrictEqual([line, character, length, legend.tokenTypes[type]], [0, 0, 'BEIJING'.length, 'datelineCity']);
  });

  it('completes a surname already introduced', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, onXi());
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('Xi') && labels.includes('said'), labels.join(', '));
  });

  it('reveals a statement from the Statements view', async () => {
    await vscode.commands.executeCommand('wirecheck.refreshStatements');
    const position = positionOfWord(document, 'stressed', 0);
    const range = { start: { line: position.line, character: position.character }, end: { line: position.line, character: position.character + 'stressed'.length } };
    await vscode.commands.executeCommand('workbench.action.focusSideBar');
    await vscode.commands.executeCommand('wirecheck.revealStatement', document.uri.toString(), range);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), document.uri.toString());
    assert.strictEqual(active.document.getText(active.selection), 'stressed');
  });
});
