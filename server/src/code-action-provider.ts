// `textDocument/codeAction`: the core's actions for the cached analysis, with the config file read from disk.
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { ClientCapabilities, CodeAction, CodeActionKind, CodeActionOptions, CodeActionParams, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis-cache';
import { ConfigStore } from './config-store';
import { ConfigFileDocument, EditSupport, toCodeAction } from './convert-actions';
import { FIX_ALL_KIND, MAX_CONFIG_BYTES, QUICK_FIX_KIND, codeActions, wantsKind } from './core';

export const CODE_ACTION_OPTIONS: CodeActionOptions = { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] };

export class CodeActionProvider {
  private support: EditSupport = { documentChanges: false };
  private canCreateFiles = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisCache,
    private readonly configs: ConfigStore,
  ) {}

  setClientCapabilities(capabilities: ClientCapabilities): void {
    const workspaceEdit = capabilities.workspace?.workspaceEdit;
    this.support = { documentChanges: !!workspaceEdit?.documentChanges };
    this.canCreateFiles = this.support.documentChanges && !!workspaceEdit?.resourceOperations?.includes('create');
  }

  async provide(params: CodeActionParams): Promise<CodeAction[] | null> {
    const document = this.documents.get(params.textDocument.uri);
    if (!document) return null;
    const version = document.version;
    const analysis = await this.analyses.get(document);
    const { config } = await this.configs.configFor(document.uri);
    // The document object is updated in place: offsets of an older version must not meet newer text.
    if (document.version !== version) return null;
    const only = params.context.only;
    const configFile = wantsKind(only, QUICK_FIX_KIND) ? this.configFile(document.uri) : undefined;
    const span = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
    const items = codeActions(analysis, { span, only, config, configFile });
    return items.map((item) => toCodeAction(document, item, this.support, configFile));
  }

  /** The config file "disable in .wirecheckrc.json" would edit, or undefined when that action cannot be offered. */
  private configFile(uri: string): ConfigFileDocument | undefined {
    const target = this.configs.configFileTarget(uri);
    if (!target) return undefined;
    const fileUri = pathToFileURL(target.path).toString();
    if (!target.exists) return this.canCreateFiles ? { uri: fileUri, text: undefined } : undefined;
    try {
      if (fs.statSync(target.path).size > MAX_CONFIG_BYTES) return undefined;
      // The editor shows the file without its byte-order mark; edits are placed in that text.
      return { uri: fileUri, text: fs.readFileSync(target.path, 'utf8').replace(/^\uFEFF/, '') };
    } catch {
      return undefined;
    }
  }
}
