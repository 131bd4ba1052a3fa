// Diagnostics as the editor shows them: the seed is clean, broken copies show the right rule at the right place,
// and every fixture of the unit tests gives the same findings in the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { loadFixtures } from '../helpers/fixtures';
import { SEED, closeAllEditors, expectDiagnostics, openArticle, ruleOf, setSetting, waitFor, wirecheckDiagnostics } from './editor';

const lines = SEED.split('\n');
const lastLine = lines.length - 1;

describe('diagnostics', function () {
  afterEach(closeAllEditors);

  it('shows nothing for the seed article', async () => {
    const editor = await openArticle('seed.txt', SEED);
    await expectDiagnostics(editor.document.uri, []);
  });

  it('marks the first line when the dateline is missing', async () => {
    const dateline = 'BEIJING, Aug. 30 (Xinhua) -- ';
    assert.ok(SEED.startsWith(dateline));
    const editor = await openArticle('no-dateline.wire', SEED.slice(dateline.length));
    const uri = editor.document.uri;
    await expectDiagnostics(uri, [{ rule: 'dateline/missing', line: 1, column: 1 }]);
    const [diagnostic] = wirecheckDiagnostics(uri);
    assert.deepStrictEqual(diagnostic.range, new vscode.Range(0, 0, 0, lines[0].length - dateline.length));
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(String(typeof diagnostic.code === 'object' ? diagnostic.code.target : ''), /dateline\/missing\.md$/);
  });

  it('marks the last line when Enditem is missing', async () => {
    const editor = await openArticle('no-enditem.wire', SEED.replace(/ Enditem\s*$/, ''));
    const uri = editor.document.uri;
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: lastLine + 1, column: 1 }]);
    const [diagnostic] = wirecheckDiagnostics(uri);
    assert.deepStrictEqual(diagnostic.range, new vscode.Range(lastLine, 0, lastLine, lines[lastLine].length - ' Enditem'.length));
    assert.match(diagnostic.message, /Enditem/);
  });

  it('updates as the writer types', async () => {
    const editor = await openArticle('typing.wire', SEED);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, []);
    const end = editor.document.positionAt(editor.document.getText().lastIndexOf(' Enditem'));
    await editor.edit((edit) => edit.delete(new vscode.Range(end, end.translate(0, ' Enditem'.length))));
    await waitFor('terminator/missing after deleting Enditem', () => (wirecheckDiagnostics(uri).some((d) => ruleOf(d) === 'terminator/missing') ? true : undefined));
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' Enditem'));
    await expectDiagnostics(uri, []);
  });

  describe('unit-test fixtures, opened in the editor', function () {
    afterEach(async () => {
      await setSetting('style', undefined);
      await setSetting('rules', undefined);
    });
    for (const fixture of loadFixtures()) {
      it(`${fixture.name} shows ${fixture.expected.map((finding) => finding.rule).join(', ') || 'nothing'}`, async () => {
        if (fixture.settings.style) await setSetting('style', fixture.settings.style);
        if (fixture.settings.rules) await setSetting('rules', fixture.settings.rules);
        // `.wire`, so that short fixtures without a dateline or terminator are checked too.
        const editor = await openArticle(`${fixture.name}.wire`, fs.readFileSync(fixture.file));
        await expectDiagnostics(editor.document.uri, fixture.expected);
      });
    }
  });
});
