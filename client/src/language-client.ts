// The language client for the bundled server. Loaded on demand, after activate() has returned: evaluating
// vscode-languageclient costs tens of milliseconds, more than the whole activation budget.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { InitializationOptions } from '../../server/src/protocol';
import { RestartPolicy } from './restart-policy';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, languageId: string): LanguageClient {
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
    documentSelector: [{ language: languageId }],
    outputChannel: output,
    initializationOptions,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.wirecheckrc.json') },
    errorHandler: new RestartPolicy(),
  };
  return new LanguageClient('wirecheck', 'Wirecheck', serverOptions, clientOptions);
}
