// The thin client: start the bundled server, switch detected `.txt` articles to the Wire Article language,
// and show the article's counts in the status bar. All analysis lives in the server.
import { ActivationTiming, bundleStartedAt } from './activation-clock';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { looksLikeWireArticle } from '../../server/src/core/detect';
import { registerNewDocumentCommands } from './new-document';
import { StatementsView } from './statements-view';
import {
  ARTICLE_INFO_REQUEST,
  ArticleInfo,
  FIX_ALL_CODE_ACTION_KIND,
  FIX_ALL_COMMAND,
  SHOW_RULE_DOCUMENTATION_COMMAND,
} from '../../server/src/protocol';

export const LANGUAGE_ID = 'wire-article';
/** Every import above has been evaluated by now (the bundle keeps their order). */
const modulesLoadedAt = performance.now();
let client: LanguageClient | undefined;
/** Settles once the first start of the server has succeeded (true) or failed (false, logged in the output). */
let started: Promise<boolean> = Promise.resolve(false);

/** What `activate` returns: the tests reach the client and the activation timing through it. */
export interface WirecheckApi {
  client(): LanguageClient | undefined;
  /** Resolves when the first server start has settled: true when it runs. */
  ready(): Promise<boolean>;
  activation(): ActivationTiming;
}

/**
 * Returns without waiting for the server: starting it takes a few hundred milliseconds, and VS Code waits for
 * activate() before it opens the editor's language features. Everything that talks to the server waits for
 * `started` (or goes through client.sendRequest, which waits for a starting client itself).
 */
export function activate(context: vscode.ExtensionContext): WirecheckApi {
  const activateStartedAt = performance.now();
  const output = vscode.window.createOutputChannel('Wirecheck');
  const status = vscode.window.createStatusBarItem('wirecheck.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Wirecheck';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status);

  const timing: ActivationTiming = {
    modulesMs: modulesLoadedAt - bundleStartedAt,
    waitedForActivateMs: activateStartedAt - modulesLoadedAt,
    activateMs: 0,
  };
  started = startServer(context, output, timing, activateStartedAt);

  const updateStatus = () => void showArticleInfo(status);
  const restart = () => restartServer(output);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(detectArticle),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart()),
    vscode.commands.registerCommand('wirecheck.checkAsWireArticle', checkActiveAsArticle),
    vscode.commands.registerCommand('wirecheck.restartServer', restart),
    vscode.commands.registerCommand('wirecheck.showOutput', () => output.show()),
    vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION_COMMAND, (rule: unknown) => showRuleDocumentation(context.extensionUri, rule)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, fixAllSafeProblems),
    ...registerNewDocumentCommands(LANGUAGE_ID),
  );
  vscode.workspace.textDocuments.forEach(detectArticle);
  const statements = new StatementsView(() => client, LANGUAGE_ID);
  context.subscriptions.push(statements);
  void started.then(() => {
    updateStatus();
    statements.refresh();
  });
  timing.activateMs = performance.now() - activateStartedAt;
  return { client: () => client, ready: () => started, activation: () => ({ ...timing }) };
}

export async function deactivate(): Promise<void> {
  // A client can be stopped only once it runs (stopping a starting client throws).
  await started;
  if (client?.isRunning()) await client.stop();
}

/**
 * Loads the language client and starts the server in the background, once activate() has returned (a macrotask
 * later, so VS Code finishes the activation first); a failure goes to the output channel instead of failing it.
 */
async function startServer(context: vscode.ExtensionContext, output: vscode.OutputChannel, timing: ActivationTiming, activateStartedAt: number): Promise<boolean> {
  try {
    await new Promise((resolve) => setImmediate(resolve));
    const loadStartedAt = performance.now();
    // A require, not import(): the bundle keeps this file apart (dist/language-client.js, see scripts/bundle.mjs), and
    // esbuild would leave an import() of it to Node's ES module loader instead of the extension host's require.
    const { createLanguageClient } = require('./language-client') as typeof import('./language-client');
    timing.clientModuleMs = performance.now() - loadStartedAt;
    client = createLanguageClient(context, output, LANGUAGE_ID);
    await client.start();
    timing.serverReadyMs = performance.now() - activateStartedAt;
    return true;
  } catch (error) {
    output.appendLine(`Wirecheck: the language server did not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    output.show(true);
    return false;
  }
}

/** "Restart language server" and a newly trusted workspace: after the first start has settled. */
async function restartServer(output: vscode.OutputChannel): Promise<void> {
  await started;
  if (!client) return;
  try {
    await client.restart();
  } catch (error) {
    output.appendLine(`Wirecheck: restarting the language server failed: ${error instanceof Error ? error.message : String(error)}`);
    output.show(true);
  }
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
    // Markdown, so the reason's quoted evidence (`Xinhua`, `###`) shows as code rather than with literal backticks.
    status.tooltip = new vscode.MarkdownString(`Wirecheck (${style} style): ${info.words} words, ${info.paragraphs} paragraphs, ${info.statements} statements, ${info.people} people, ${info.findings} findings.${why} Click for Problems.`);
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
