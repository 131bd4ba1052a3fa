// LSP adapter for the editor features: each handler finds the document's analysis, calls one core function
// and converts the result. server.ts registers them all with one call and spreads EDITOR_CAPABILITIES.
import { Connection, LSPErrorCodes, ResponseError, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, DocumentAnalysis } from './analysis-cache';
import { completions, definition, documentHighlights, prepareRename, references, rename, semanticTokens, statementsBySpeaker } from './core';
import { SEMANTIC_TOKENS_LEGEND, toCompletionItem, toDocumentHighlight, toLocation, toLocationLink, toSemanticTokens, toSpeakerInfo, toWorkspaceEdit } from './convert-editor';
import { STATEMENTS_BY_SPEAKER_REQUEST, SpeakerInfo } from './protocol';
import { toRange } from './convert';
import { guarded } from './handler-guard';

export const EDITOR_CAPABILITIES: ServerCapabilities = {
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
  completionProvider: { resolveProvider: false },
};

interface Position {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export function registerEditorFeatures(connection: Connection, documents: TextDocuments<TextDocument>, analyses: AnalysisCache): void {
  /** The document, its analysis and the cursor offset of a positional request; undefined for unknown documents. */
  async function at(params: Position): Promise<{ document: TextDocument; analysis: DocumentAnalysis; offset: number } | undefined> {
    const document = documents.get(params.textDocument.uri);
    if (!document) return undefined;
    return { document, analysis: await analyses.get(document), offset: document.offsetAt(params.position) };
  }

  connection.onDefinition(guarded(connection, 'definition', async (params) => {
    const found = await at(params);
    const result = found && definition(found.analysis.article, found.offset);
    return found && result ? [toLocationLink(found.document, result)] : null;
  }));

  connection.onReferences(guarded(connection, 'references', async (params) => {
    const found = await at(params);
    if (!found) return null;
    return references(found.analysis.article, found.offset, params.context.includeDeclaration).map((span) => toLocation(found.document, span));
  }));

  connection.onDocumentHighlight(guarded(connection, 'highlight', async (params) => {
    const found = await at(params);
    if (!found) return null;
    return documentHighlights(found.analysis.article, found.offset).map((highlight) => toDocumentHighlight(found.document, highlight));
  }));

  connection.onPrepareRename(guarded(connection, 'prepareRename', async (params) => {
    const found = await at(params);
    if (!found) return null;
    const result = prepareRename(found.analysis.article, found.offset);
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return { range: toRange(found.document, result.span), placeholder: result.placeholder };
  }));

  connection.onRenameRequest(guarded(connection, 'rename', async (params) => {
    const found = await at(params);
    if (!found) return null;
    const result = rename(found.analysis.article, found.offset, params.newName);
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
    return toWorkspaceEdit(found.document, result.edits);
  }));

  connection.languages.semanticTokens.on(guarded(connection, 'semanticTokens', async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    return toSemanticTokens(document, semanticTokens((await analyses.get(document)).article));
  }));

  connection.onCompletion(guarded(connection, 'completion', async (params) => {
    const found = await at(params);
    if (!found) return null;
    const { article, style } = found.analysis;
    return completions(article, style, found.offset, new Date()).map((completion) => toCompletionItem(found.document, completion));
  }));

  connection.onRequest(STATEMENTS_BY_SPEAKER_REQUEST, guarded(connection, 'statementsBySpeaker', async (params: { uri: string }): Promise<SpeakerInfo[] | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    return statementsBySpeaker((await analyses.get(document)).article).map((group) => toSpeakerInfo(document, group));
  }));
}
