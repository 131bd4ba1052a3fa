// Core action items (offsets) into LSP code actions and workspace edits (ranges), beside convert.ts.
import { CodeAction, CreateFile, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic, toRange } from './convert';
import { ActionItem, TextEdit as CoreTextEdit } from './core';
import { SHOW_RULE_DOCUMENTATION_COMMAND } from './protocol';

/** What the client can do with a workspace edit. */
export interface EditSupport {
  /** `documentChanges` (versioned edits and file operations) rather than plain `changes`. */
  documentChanges: boolean;
}

/** The config file an action may edit: its URI and current text (undefined when it is to be created). */
export interface ConfigFileDocument {
  uri: string;
  text: string | undefined;
}

export function toCodeAction(document: TextDocument, item: ActionItem, support: EditSupport, configFile?: ConfigFileDocument): CodeAction {
  const action: CodeAction = {
    title: item.title,
    kind: item.kind,
    diagnostics: item.findings.map((finding) => toDiagnostic(document, finding)),
  };
  if (item.preferred) action.isPreferred = true;
  if (item.edits) action.edit = toWorkspaceEdit(document, item.edits, support);
  if (item.configEdits && configFile) action.edit = configWorkspaceEdit(configFile, item.configEdits, support);
  if (item.documentation) action.command = { title: item.title, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [item.documentation] };
  return action;
}

/** Edits to an open document, tied to its version when the client can check it. */
export function toWorkspaceEdit(document: TextDocument, edits: CoreTextEdit[], support: EditSupport): WorkspaceEdit {
  const lspEdits = toTextEdits(document, edits);
  if (!support.documentChanges) return { changes: { [document.uri]: lspEdits } };
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, lspEdits)] };
}

function configWorkspaceEdit(file: ConfigFileDocument, change: NonNullable<ActionItem['configEdits']>, support: EditSupport): WorkspaceEdit {
  const edits = toTextEdits(TextDocument.create(file.uri, 'json', 0, file.text ?? ''), change.edits);
  if (!support.documentChanges) return { changes: { [file.uri]: edits } };
  const identifier: OptionalVersionedTextDocumentIdentifier = { uri: file.uri, version: null };
  // Creating fails rather than overwrite a file that appeared in the meantime.
  const create: CreateFile[] = change.create ? [CreateFile.create(file.uri)] : [];
  return { documentChanges: [...create, TextDocumentEdit.create(identifier, edits)] };
}

function toTextEdits(document: TextDocument, edits: CoreTextEdit[]): TextEdit[] {
  return edits.map((edit) => TextEdit.replace(toRange(document, edit.span), edit.newText));
}
