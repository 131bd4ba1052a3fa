// LSP types for the editor features (navigation, rename, tokens, completion): offsets become ranges here only.
import {
  CompletionItem,
  CompletionItemKind,
  DocumentHighlight,
  DocumentHighlightKind,
  InsertTextFormat,
  Location,
  LocationLink,
  SemanticTokens,
  SemanticTokensLegend,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  Completion,
  CompletionKind,
  DefinitionResult,
  Highlight,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  SemanticToken,
  Span,
  SpeakerGroup,
} from './core';
import { SpeakerInfo } from './protocol';
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

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

/** LSP's relative encoding: five numbers a token, line and start relative to the previous token. */
export function toSemanticTokens(document: TextDocument, tokens: SemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let previous = { line: 0, character: 0 };
  for (const token of tokens) {
    const start = document.positionAt(token.start);
    const deltaLine = start.line - previous.line;
    const modifiers = token.modifiers.reduce((bits, modifier) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier)), 0);
    data.push(deltaLine, deltaLine === 0 ? start.character - previous.character : start.character, token.end - token.start, SEMANTIC_TOKEN_TYPES.indexOf(token.type), modifiers);
    previous = start;
  }
  return { data };
}

const COMPLETION_KIND: Record<CompletionKind, CompletionItemKind> = {
  person: CompletionItemKind.Variable,
  'attribution-verb': CompletionItemKind.Keyword,
  terminator: CompletionItemKind.Constant,
  dateline: CompletionItemKind.Snippet,
};

export function toCompletionItem(document: TextDocument, completion: Completion): CompletionItem {
  return {
    label: completion.label,
    kind: COMPLETION_KIND[completion.kind],
    detail: completion.detail,
    sortText: completion.sortText,
    filterText: completion.filterText,
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(document, completion.replace), newText: completion.insertText },
  };
}

export function toSpeakerInfo(document: TextDocument, group: SpeakerGroup): SpeakerInfo {
  return {
    name: group.name,
    kind: group.kind,
    detail: group.detail,
    range: group.span && toRange(document, group.span),
    statements: group.statements.map((statement) => ({
      name: statement.name,
      detail: statement.detail,
      range: toRange(document, statement.span),
      selectionRange: toRange(document, statement.selection),
    })),
  };
}
