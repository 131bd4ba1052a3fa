// Settings take effect without a restart: a rule switched off or re-graded, a house style chosen.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { STYLES } from '../../server/src/core/styles';
import { SEED, articleInfo, closeAllEditors, expectDiagnostics, openArticle, ruleOf, setSetting, waitFor, wirecheckDiagnostics } from './editor';

const withoutTerminator = SEED.replace(/ Enditem\s*$/, '');
const lastLine = SEED.split('\n').length;

describe('settings', function () {
  afterEach(async () => {
    await setSetting('rules', undefined);
    await setSetting('style', undefined);
    await closeAllEditors();
  });

  it('wirecheck.rules switches a rule off and on again, and changes its severity', async () => {
    const uri = (await openArticle('rules.wire', withoutTerminator)).document.uri;
    const missing = [{ rule: 'terminator/missing', line: lastLine, column: 1 }];
    await expectDiagnostics(uri, missing);
    await setSetting('rules', { 'terminator/missing': 'off' });
    await expectDiagnostics(uri, []);
    await setSetting('rules', { 'terminator/missing': 'warning' });
    await expectDiagnostics(uri, missing);
    await waitFor('a warning instead of an error', () => (wirecheckDiagnostics(uri)[0]?.severity === vscode.DiagnosticSeverity.Warning ? true : undefined));
    await setSetting('rules', undefined);
    await waitFor('the default severity again', () => (wirecheckDiagnostics(uri)[0]?.severity === vscode.DiagnosticSeverity.Error ? true : undefined));
  });

  it('wirecheck.style changes the house style the article is checked against', async () => {
    const noSignOff = Object.values(STYLES).find((style) => !style.terminator);
    assert.ok(noSignOff, 'a built-in house style without a sign-off (AP, Reuters)');
    const uri = (await openArticle('style.wire', withoutTerminator)).document.uri;
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: lastLine, column: 1 }]);
    await setSetting('style', noSignOff.id);
    await waitFor(`the ${noSignOff.name} style in effect`, async () => ((await articleInfo(uri))?.style === noSignOff.name ? true : undefined));
    await waitFor('terminator/missing gone', () => (wirecheckDiagnostics(uri).some((d) => ruleOf(d) === 'terminator/missing') ? undefined : true));
    await setSetting('style', undefined);
    await waitFor('the default style again', async () => ((await articleInfo(uri))?.style === STYLES.xinhua.name ? true : undefined));
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: lastLine, column: 1 }]);
  });
});
