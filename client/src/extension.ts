// The thin client: start the bundled server, switch detected `.txt` articles to the Wire Article language,
// and show the article's counts in the status bar. All analysis lives in the server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeWireArticle } from '../../server/src/core/detect';
import { registerNewDocumentCommands } from './new-document';
import { RestartPolicy } from './restart-policy';
import { StatementsView } from './statements-view';
import {
  ARTICLE_INFO_REQUEST,
  ArticleInfo,
  FIX_ALL_CODE_ACTION_KIND,
  FIX_ALL_COMMAND,
  InitializationOptions,
  SHOW_RULE_DOCUMENTATION_COMMAND,
} from '../../server/src/protocol';

export const LANGUAGE_ID = 'wire-article';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  const output = vscode.window.createOutputChannel('Wirecheck');
  const status = vscode.window.createStatusBarItem('wirecheck.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Wirecheck';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    ruleDocsBase: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/`,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    outputChannel: output,
    initializationOptions,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.wirecheckrc.json') },
    errorHandler: new RestartPolicy(),
  };
  client = new LanguageClient('wirecheck', 'Wirecheck', serverOptions, clientOptions);
  await client.start();

  const updateStatus = () => void showArticleInfo(status);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(detectArticle),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    vscode.commands.registerCommand('wirecheck.checkAsWireArticle', checkActiveAsArticle),
    vscode.commands.registerCommand('wirecheck.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('wirecheck.showOutput', () => output.show()),
    vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, (rule: unknown) => showRuleDocumentation(context.extensionUri, rule)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, fixAllSafeProblems),
    ...registerNewDocumentCommands(LANGUAGE_ID),
  );
  vscode.workspace.textDocuments.forEach(detectArticle);
  updateStatus();
  context.subscriptions.push(new StatementsView(() => client, LANGUAGE_ID));
  return { client: () => client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** Switches a plain-text document that reads like a wire story to the Wire Article language. */
function detectArticle(document: vscode.TextDocument): void {
  if (document.languageId !== 'plaintext' || !/\.txt$/i.test(document.fileName)) return;
  if (vscode.workspace.getConfiguration('wirecheck', document).get<string>('detect', 'auto') !== 'auto') return;
  if (looksLikeWireArticle(document.getText())) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function checkActiveAsArticle(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Wirecheck: open a file to check it as a wire article.');
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

async function showArticleInfo(status: vscode.StatusBarItem): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== LANGUAGE_ID) {
    status.hide();
    return;
  }
  try {
    const info = await client.sendRequest<ArticleInfo | null>(ARTICLE_INFO_REQUEST, { uri: document.uri.toString() });
    if (!info || vscode.window.activeTextEditor?.document !== document) return;
    const style = info.styleReason === undefined ? info.style : `${info.style} (auto)`;
    const why = info.styleReason === undefined ? '' : ` Style picked by auto: ${info.styleReason}.`;
    status.text = `$(pencil) ${style} · ${info.words} words · ${info.paragraphs} ¶ · ${info.statements} statements`;
    status.tooltip = `Wirecheck (${style} style): ${info.words} words, ${info.paragraphs} paragraphs, ${info.statements} statements, ${info.people} people, ${info.findings} findings.${why} Click for Problems.`;
    if (info.notice) {
      status.text = `$(warning) ${info.notice.startsWith('Binary') ? 'Binary file, not checked' : 'Checked in part: file too large'}`;
      status.tooltip = `Wirecheck: ${info.notice}`;
    }
    status.show();
  } catch {
    // The server may be restarting; the next diagnostics change updates the item.
  }
}

/** Opens `docs/rules/<id>.md` from the extension in a Markdown preview: what "Show documentation" runs. */
async function showRuleDocumentation(extensionUri: vscode.Uri, rule: unknown): Promise<void> {
  // A rule id is kebab-case words joined by `/`: nothing else may become a path.
  if (typeof rule !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(rule)) return;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', ...rule.split('/'));
  const uri = page.with({ path: `${page.path}.md` });
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`Wirecheck: no documentation page for ${rule}.`);
    return;
  }
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

/** Applies the server's `source.fixAll.wirecheck` action to the active article. */
async function fixAllSafeProblems(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Wirecheck: open a wire article to fix it.');
    return;
  }
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_CODE_ACTION_KIND);
  const fixAll = actions?.find((action) => action.kind?.value === FIX_ALL_CODE_ACTION_KIND && action.edit);
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage('Wirecheck: no safe fixes to apply.');
    return;
  }
  await vscode.workspace.applyEdit(fixAll.edit);
}
