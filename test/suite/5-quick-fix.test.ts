// A quick fix, found and applied the way the light bulb does it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, closeAllEditors, expectDiagnostics, openArticle, ruleOf, waitFor, wirecheckDiagnostics } from './editor';

function describeAction(action: vscode.CodeAction): string {
  return `${action.title} (${action.kind?.value ?? 'no kind'}, ${action.edit ? 'with' : 'no'} edit${action.isPreferred ? ', preferred' : ''})`;
}

describe('quick fixes', function () {
  after(closeAllEditors);

  it('adds the missing Enditem', async () => {
    const editor = await openArticle('fix.wire', SEED.replace(/ Enditem\s*$/, ''));
    const uri = editor.document.uri;
    const diagnostic = await waitFor('terminator/missing', () => wirecheckDiagnostics(uri).find((d) => ruleOf(d) === 'terminator/missing'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // The command hands back title, kind, edit and command, not the diagnostics an action fixes;
    // the preferred quick fix is the one the light bulb applies first.
    const fix = (actions ?? []).find((action) => action.edit && /^Add .*Enditem/.test(action.title) && action.isPreferred && action.kind?.value === vscode.CodeActionKind.QuickFix.value);
    assert.ok(fix?.edit, `a quick fix that adds Enditem; offered: ${(actions ?? []).map(describeAction).join(' | ') || 'nothing'}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.match(editor.document.getText(), /world stage\. Enditem\s*$/);
    await expectDiagnostics(uri, []);
  });
});
