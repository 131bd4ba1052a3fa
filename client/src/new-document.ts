// "Wirecheck: New wire article" and "Wirecheck: New press release": an untitled Wire Article document with a
// template in a house style, inserted as a snippet so Tab walks through city, date, agency, headline, quote…
import * as vscode from 'vscode';
import { STYLES } from '../../server/src/core/styles';
import { TemplateKind, documentTemplate } from '../../server/src/core/templates';

export const NEW_WIRE_ARTICLE_COMMAND = 'wirecheck.newWireArticle';
export const NEW_PRESS_RELEASE_COMMAND = 'wirecheck.newPressRelease';

export function registerNewDocumentCommands(languageId: string): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(NEW_WIRE_ARTICLE_COMMAND, () => newDocument('wire-article', languageId)),
    vscode.commands.registerCommand(NEW_PRESS_RELEASE_COMMAND, () => newDocument('press-release', languageId)),
  ];
}

async function newDocument(kind: TemplateKind, languageId: string): Promise<void> {
  const styleId = await chooseStyle(kind);
  if (!styleId) return;
  const document = await vscode.workspace.openTextDocument({ language: languageId, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(documentTemplate(kind, STYLES[styleId], new Date())));
}

/** The configured style when it fits the kind of document; otherwise the writer picks one. */
async function chooseStyle(kind: TemplateKind): Promise<string | undefined> {
  const fits = Object.keys(STYLES).filter((id) => (STYLES[id].release !== undefined) === (kind === 'press-release'));
  const configured = vscode.workspace.getConfiguration('wirecheck').get<string>('style', 'xinhua');
  if (fits.includes(configured)) return configured;
  if (fits.length === 1) return fits[0];
  const picked = await vscode.window.showQuickPick(
    fits.map((id) => ({ label: STYLES[id].name, description: id, id })),
    { placeHolder: 'House style for the new article' },
  );
  return picked?.id;
}
