// Activation and `.txt` detection: the extension wakes up on articles and leaves other text alone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, SEED, closeAllEditors, documentFor, expectDiagnostics, openArticle, openInEditor, waitFor, writeScratch } from './editor';

const withoutTerminator = SEED.replace(/ Enditem\s*$/, '');

describe('activation and detection', function () {
  afterEach(closeAllEditors);

  it('activates on a .wire file and checks it', async () => {
    const editor = await openArticle('story.wire', withoutTerminator);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor('the extension to be active', () => (extension?.isActive ? true : undefined));
    await expectDiagnostics(editor.document.uri, [{ rule: 'terminator/missing', line: 12, column: 1 }]);
  });

  it('switches a .txt file that starts with a dateline to the Wire Article language', async () => {
    const uri = writeScratch('story.txt', withoutTerminator);
    await openInEditor(uri);
    await waitFor('detection of the .txt article', () => (documentFor(uri)?.languageId === LANGUAGE_ID ? true : undefined));
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: 12, column: 1 }]);
  });

  it('leaves an ordinary .txt file alone', async () => {
    const ordinary = writeScratch('shopping.txt', 'Shopping list\n\nmilk, bread, two lemons\nsaid nobody -- ever\n');
    await openInEditor(ordinary);
    // Detection runs in order of opening: once an article opened afterwards is detected, the plain file had its turn.
    const article = writeScratch('later-story.txt', SEED);
    await openInEditor(article);
    await waitFor('detection of the article opened after it', () => (documentFor(article)?.languageId === LANGUAGE_ID ? true : undefined));
    assert.strictEqual(documentFor(ordinary)?.languageId, 'plaintext');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(ordinary), []);
  });
});
