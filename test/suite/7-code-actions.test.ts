// The client's side of code actions: the fix-all command, fix on save, the documentation command and links.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, closeAllEditors, expectDiagnostics, openArticle, ruleOf, waitFor, wirecheckDiagnostics } from './editor';

const broken = SEED.replace(' Enditem', '');

describe('code actions in the editor', function () {
  afterEach(closeAllEditors);

  it('"Wirecheck: Fix all safe problems" applies the safe fixes', async () => {
    const editor = await openArticle('fix-all.wire', broken);
    await waitFor('terminator/missing', () => wirecheckDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'terminator/missing'));
    await vscode.commands.executeCommand('wirecheck.fixAll');
    await waitFor('the fixed text', () => (editor.document.getText() === SEED ? true : undefined));
    await expectDiagnostics(editor.document.uri, []);
  });

  it('fixes on save with editor.codeActionsOnSave', async () => {
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'wire-article' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.wirecheck': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      const editor = await openArticle('on-save.wire', SEED);
      await waitFor('a clean analysis', () => (wirecheckDiagnostics(editor.document.uri).length === 0 ? true : undefined));
      const end = editor.document.positionAt(editor.document.getText().length);
      await editor.edit((edit) => edit.delete(new vscode.Range(end.translate(0, -' Enditem'.length), end)));
      await waitFor('terminator/missing', () => wirecheckDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'terminator/missing'));
      await editor.document.save();
      await waitFor('Enditem back after saving', () => (/world stage\. Enditem$/.test(editor.document.getText()) ? true : undefined));
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('links each diagnostic to its page shipped with the extension, and opens it from the light bulb', async () => {
    const editor = await openArticle('docs.wire', broken);
    const diagnostic = await waitFor('terminator/missing', () => wirecheckDiagnostics(editor.document.uri).find((d) => ruleOf(d) === 'terminator/missing'));
    const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
    assert.ok(target, 'the diagnostic has a documentation link');
    assert.match(target.path, /\/docs\/rules\/terminator\/missing\.md$/);
    await vscode.workspace.fs.stat(target);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const show = actions?.find((action) => action.title === 'Show documentation for terminator/missing');
    assert.ok(show?.command, `offered: ${(actions ?? []).map((action) => action.title).join(' | ')}`);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await waitFor('a Markdown preview of missing.md', () => vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find((tab) => tab.input instanceof vscode.TabInputWebview && /missing\.md/.test(tab.label)));
  });
});
