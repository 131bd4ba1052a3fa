// The language client for the bundled server. Loaded on demand, after activate() has returned: evaluating
// vscode-languageclient costs tens of milliseconds, more than the whole activation budget.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { InitializationOptions } from '../../server/src/protocol';
import { RestartPolicy } from './restart-policy';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, languageId: string): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps its compiled code (V8's code cache, server/src/boot.ts) in the extension's own storage folder.
  const env = { WIRECHECK_CODE_CACHE_DIR: context.globalStorageUri.fsPath };
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: InitializationOptions = {
    workspaceTrusted: vscode.workspace.isTrusted,
    ruleDocsBase: `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/`,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: languageId }],
    outputChannel: output,
    initializationOptions,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.wirecheckrc.json') },
    errorHandler: new RestartPolicy(),
  };
  return new LanguageClient('wirecheck', 'Wirecheck', serverOptions, clientOptions);
}
