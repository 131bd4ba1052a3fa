// A quick fix, found and applied the way the light bulb does it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { report } from './report';
import { SEED, api, closeAllEditors, expectDiagnostics, openArticle, ruleOf, waitFor, wirecheckDiagnostics } from './editor';

describe('quick fixes', function () {
  after(closeAllEditors);

  it('adds the missing Enditem', async function () {
    const client = (await api()).client();
    if (!client?.initializeResult?.capabilities.codeActionProvider) {
      report('      SKIPPED: the server offers no code actions yet.');
      this.skip();
    }
    const editor = await openArticle('fix.wire', SEED.replace(/ Enditem\s*$/, ''));
    const uri = editor.document.uri;
    const diagnostic = await waitFor('terminator/missing', () => wirecheckDiagnostics(uri).find((d) => ruleOf(d) === 'terminator/missing'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // `vscode.executeCodeActionProvider` does not pass on an action's diagnostics; the preferred fix is the light bulb's.
    const fix = (actions ?? []).find((action) => action.edit && /Enditem/.test(action.title) && action.isPreferred);
    assert.ok(fix?.edit, `a quick fix that adds Enditem; offered: ${(actions ?? []).map((action) => action.title).join(' | ') || 'nothing'}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.match(editor.document.getText(), /world stage\. Enditem\s*$/);
    await expectDiagnostics(uri, []);
  });
});
