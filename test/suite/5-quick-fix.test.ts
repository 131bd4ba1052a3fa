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

  it('disables a rule on one line: that finding goes, the same rule on another line stays', async () => {
    const lines = SEED.split('\n');
    lines[0] = lines[0].replace(' said ', ' said  ');
    lines[2] = lines[2].replace(' the ', ' the  ');
    const editor = await openArticle('disable-line.wire', lines.join('\n'));
    const uri = editor.document.uri;
    const first = await waitFor('two double spaces', () => {
      const found = wirecheckDiagnostics(uri).filter((d) => ruleOf(d) === 'hygiene/double-space');
      return found.length === 2 ? found.sort((a, b) => a.range.start.line - b.range.start.line)[0] : undefined;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const disable = (actions ?? []).find((action) => action.title === 'Disable hygiene/double-space on this line');
    assert.ok(disable?.edit, `offered: ${(actions ?? []).map(describeAction).join(' | ') || 'nothing'}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit), 'the edit applies');
    assert.strictEqual(editor.document.lineAt(0).text, '[wirecheck-disable-next-line hygiene/double-space]');
    const column = lines[2].indexOf(' the  ') + ' the '.length;
    await expectDiagnostics(uri, [{ rule: 'hygiene/double-space', line: 4, column }]);
  });
});
