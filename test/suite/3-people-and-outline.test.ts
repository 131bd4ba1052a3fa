// Hovers on people and the outline of statements, through the same commands VS Code's UI uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED, closeAllEditors, openArticle, positionOfWord, waitFor } from './editor';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return waitFor(`a hover at ${position.line + 1}:${position.character + 1}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers ?? []);
    return text.includes('**') ? text : undefined;
  });
}

describe('people and statements', function () {
  let document: vscode.TextDocument;
  before(async () => {
    document = (await openArticle('people.txt', SEED)).document;
  });
  after(closeAllEditors);

  it('hovers on the surname Xi with the full name, the title and what he said', async () => {
    const text = await hoverAt(document, positionOfWord(document, 'Xi', 1).translate(0, 1));
    assert.match(text, /\*\*Xi Jinping\*\*/);
    assert.match(text, /Chinese President/);
    assert.match(text, /Introduced on line 1\b/);
    assert.match(text, /[1-9]\d* statements?/);
  });

  it('hovers on the hyphenated surname Diaz-Canel', async () => {
    const text = await hoverAt(document, positionOfWord(document, 'Diaz-Canel', 1).translate(0, 6));
    assert.match(text, /\*\*Miguel Diaz-Canel\*\*/);
    assert.match(text, /Cuban President/);
  });

  it('hovers on the pronoun in "he said" with the person it refers to', async () => {
    const position = positionOfWord(document, 'he', 0);
    assert.strictEqual(document.getText(new vscode.Range(position, position.translate(0, 8))), 'he said.', 'the first "he" is the one in "he said."');
    const text = await hoverAt(document, position.translate(0, 1));
    assert.match(text, /\*\*Xi Jinping\*\*/);
  });

  it('gives no person hover on an ordinary word', async () => {
    const position = positionOfWord(document, 'socialism', 0);
    await hoverAt(document, positionOfWord(document, 'Xi', 1)); // the server has the document
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    assert.doesNotMatch(hoverText(hovers ?? []), /Introduced on line/);
  });

  it('outlines the dateline, the paragraphs with their statements, and the terminator', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return result && result.length > 0 ? result : undefined;
    });
    const paragraphs = symbols.filter((symbol) => symbol.name.startsWith('¶'));
    assert.strictEqual(paragraphs.length, document.lineCount, 'one paragraph per line in the seed');
    assert.match(symbols[0].name, /^BEIJING, Aug\. 30 \(Xinhua\) --/);
    assert.strictEqual(symbols[symbols.length - 1].name, 'Enditem');
    const statements = paragraphs.flatMap((paragraph) => paragraph.children);
    assert.ok(statements.length >= 8, `expected the seed's statements, got ${statements.length}`);
    assert.ok(statements.every((statement) => /^[^:]+: \S/.test(statement.name)), 'each statement reads "Speaker: what was said"');
    assert.ok(statements.some((statement) => statement.name.startsWith('Xi Jinping: China is willing')), statements.map((s) => s.name).join('\n'));
    for (const paragraph of paragraphs) {
      for (const statement of paragraph.children) assert.ok(paragraph.range.contains(statement.range), `${statement.name} lies inside ${paragraph.name}`);
    }
  });
});
