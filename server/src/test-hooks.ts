// Requests that exist only for tests, switched on by `WIRECHECK_TEST_HOOKS=1` in the server's environment.
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The server's copy of a document, so a test can compare it with the client's after incremental edits. */
export const DOCUMENT_TEXT_REQUEST = 'wirecheck/test/documentText';

export function registerTestHooks(connection: Connection, documents: TextDocuments<TextDocument>): void {
  if (process.env.WIRECHECK_TEST_HOOKS !== '1') return;
  connection.onRequest(DOCUMENT_TEXT_REQUEST, (params: { uri: string }) => {
    const document = documents.get(params.uri);
    return document ? { version: document.version, text: document.getText() } : null;
  });
}
