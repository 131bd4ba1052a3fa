// "Wirecheck: New press release" and "New wire article": a new untitled article from the style's template.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { LANGUAGE_ID, api, waitFor } from './editor';

/** Runs a new-document command and returns the untitled editor it opened. */
async function newDocumentFrom(command: string): Promise<vscode.TextEditor> {
  await api();
  const before = vscode.window.activeTextEditor?.document;
  await vscode.commands.executeCommand(command);
  return waitFor(`an untitled document from ${command}`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document !== before && editor.document.isUntitled && editor.document.getText().length > 0 ? editor : undefined;
  });
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('new documents from templates', () => {
  afterEach(closeWithoutSaving);

  it('New press release opens a release with its anatomy, as a Wire Article', async () => {
    const editor = await newDocumentFrom('wirecheck.newPressRelease');
    const text = editor.document.getText();
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    assert.match(text, /^FOR IMMEDIATE RELEASE/);
    assert.match(text, /\/PRNewswire\/ --/);
    assert.match(text, /\n###\s*$/);
    const symbols = await waitFor('the release outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return found && found.length ? found : undefined;
    });
    const names = symbols.map((symbol) => symbol.name.toLowerCase()).join(' | ');
    for (const part of ['for immediate release', 'title case', '/prnewswire/', 'body', 'quotes by speaker', 'about', 'media contact', '###']) assert.ok(names.includes(part), `outline lacks ${part}: ${names}`);
  });

  it('New wire article opens a story in the configured style, ending with its sign-off', async () => {
    const editor = await newDocumentFrom('wirecheck.newWireArticle');
    const text = editor.document.getText();
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    assert.match(text, /^CITY, \w{3,5}\.? \d{1,2} \(Xinhua\) -- /);
    assert.match(text, / Enditem\s*$/);
  });
});
