// LSP wiring only: connection, documents, settings per resource, one analysis per document version.
import {
  DidChangeConfigurationNotification,
  DocumentSymbol,
  InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, DocumentAnalysis } from './analysis-cache';
import { CODE_ACTION_OPTIONS, CodeActionProvider } from './code-action-provider';
import { ConfigStore } from './config-store';
import { EDITOR_CAPABILITIES, registerEditorFeatures } from './editor-features';
import { setRuleDocsBase, toDiagnostic, toDocumentSymbol } from './convert';
import { outline } from './core';
import { provideHover } from './hover-provider';
import { guarded, logFailure, logFailures } from './handler-guard';
import { ARTICLE_INFO_REQUEST, ArticleInfo, InitializationOptions, PROCESS_ID_REQUEST } from './protocol';
import { ANSWER_CANCELLED_AT_ONCE, answerDiagnosticPulls } from './pull-diagnostics';
import { registerTestHooks } from './test-hooks';

const connection = createConnection(ProposedFeatures.all, ANSWER_CANCELLED_AT_ONCE);
const documents = new TextDocuments(TextDocument);
const configs = new ConfigStore(connection);
const analyses = new AnalysisCache(configs);
const codeActions = new CodeActionProvider(documents, analyses, configs);

let pullDiagnostics = false;

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  pullDiagnostics = !!capabilities.textDocument?.diagnostic;
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  configs.setClientCapabilities(
    !!capabilities.workspace?.configuration,
    params.workspaceFolders?.map((folder) => folder.uri) ?? [],
    options.workspaceTrusted !== false,
  );
  codeActions.setClientCapabilities(capabilities);
  if (options.ruleDocsBase) setRuleDocsBase(options.ruleDocsBase);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Wire article' },
      ...EDITOR_CAPABILITIES,
      codeActionProvider: CODE_ACTION_OPTIONS,
      diagnosticProvider: pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'wirecheck', version: typeof SERVER_VERSION === 'string' ? SERVER_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (configs.usesClientConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'wirecheck' });
  }
});

connection.onDidChangeConfiguration(() => {
  configs.clearSettings();
  analyses.clear();
  refreshDiagnostics();
});

connection.onDidChangeWatchedFiles(() => {
  configs.clearFiles();
  analyses.clear();
  refreshDiagnostics();
});

function refreshDiagnostics(): void {
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const document of documents.all()) schedulePush(document);
}

// Push mode: wait for a pause in typing, and drop work for versions that are already stale.
const PUSH_DELAY_MS = 120;
const pending = new Map<string, NodeJS.Timeout>();

function schedulePush(document: TextDocument): void {
  clearTimeout(pending.get(document.uri));
  pending.set(document.uri, setTimeout(() => {
    pending.delete(document.uri);
    void pushDiagnostics(document.uri);
  }, PUSH_DELAY_MS));
}

function pushDiagnostics(uri: string): Promise<void> {
  return logFailures(connection, 'diagnostics', async () => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const analysis = await analyses.get(document);
    if (documents.get(uri)?.version !== version) return;
    void connection.sendDiagnostics({ uri, version, diagnostics: analysis.findings.map((finding) => toDiagnostic(document, finding)) });
  });
}

documents.onDidChangeContent((change) => {
  if (!pullDiagnostics) schedulePush(change.document);
});

documents.onDidClose((event) => {
  analyses.forget(event.document.uri);
  clearTimeout(pending.get(event.document.uri));
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(guarded(connection, 'diagnostics', answerDiagnosticPulls(documents, analyses)));

connection.onHover(guarded(connection, 'hover', async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  return provideHover(document, await analyses.get(document), params.position);
}));

const symbolsByAnalysis = new WeakMap<DocumentAnalysis, DocumentSymbol[]>();
connection.onDocumentSymbol(guarded(connection, 'outline', async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const analysis = await analyses.get(document);
  // Outline view, breadcrumbs and sticky scroll all ask for the same version: build its symbols once.
  let symbols = symbolsByAnalysis.get(analysis);
  if (!symbols) symbolsByAnalysis.set(analysis, (symbols = outline(analysis.article).map((item) => toDocumentSymbol(document, item))));
  return symbols;
}));

connection.onCodeAction(guarded(connection, 'codeAction', (params) => codeActions.provide(params)));

connection.onRequest(ARTICLE_INFO_REQUEST, guarded(connection, 'articleInfo', async (params: { uri: string }): Promise<ArticleInfo | null> => {
  const document = documents.get(params.uri);
  if (!document) return null;
  const { article, style, styleReason, findings, notice } = await analyses.get(document);
  return {
    style: style.name,
    styleReason,
    words: article.wordCount,
    paragraphs: article.paragraphs.length,
    statements: article.statements.length,
    people: article.people.length,
    findings: findings.length,
    notice,
  };
}));

registerEditorFeatures(connection, documents, analyses);
connection.onRequest(PROCESS_ID_REQUEST, () => process.pid);

declare const SERVER_VERSION: string;

// A last line of defence: a failure nobody awaited is logged, and the server keeps running.
process.on('unhandledRejection', (reason) => logFailure(connection, 'background work', reason));
registerTestHooks(connection, documents);

documents.listen(connection);
connection.listen();
