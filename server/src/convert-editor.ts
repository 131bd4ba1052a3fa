// LSP types for the editor features (navigation, rename, tokens, completion): offsets become ranges here only.
import { DocumentHighlight, DocumentHighlightKind, Location, LocationLink, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DefinitionResult, Highlight, Span } from './core';
import { TextEdit as CoreEdit } from './core/finding';
import { toRange } from './convert';

export function toLocation(document: TextDocument, span: Span): Location {
  return { uri: document.uri, range: toRange(document, span) };
}

export function toLocationLink(document: TextDocument, result: DefinitionResult): LocationLink {
  const target = toRange(document, result.target);
  return { originSelectionRange: toRange(document, result.origin), targetUri: document.uri, targetRange: target, targetSelectionRange: target };
}

export function toDocumentHighlight(document: TextDocument, highlight: Highlight): DocumentHighlight {
  return { range: toRange(document, highlight.span), kind: highlight.kind === 'introduction' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read };
}

export function toWorkspaceEdit(document: TextDocument, edits: CoreEdit[]): WorkspaceEdit {
  const changes: TextEdit[] = edits.map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: changes }] };
}
