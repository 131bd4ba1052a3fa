// Pull diagnostics that never spend time on outdated work: the editor asks after every keystroke.
import {
  CancellationToken,
  ConnectionStrategy,
  DiagnosticServerCancellationData,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  RequestMessage,
  ResponseError,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis-cache';
import { toDiagnostic } from './convert';

type PullResult = DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>;

/**
 * A request the client cancelled is answered without analysing; a document that changed while its analysis
 * waited (for settings) is answered with ServerCancelled, and the editor asks again for the new version.
 */
export function answerDiagnosticPulls(documents: TextDocuments<TextDocument>, analyses: AnalysisCache) {
  return async (params: DocumentDiagnosticParams, token: CancellationToken): Promise<PullResult> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (token.isCancellationRequested) return cancelled();
    const version = document.version;
    const analysis = await analyses.get(document);
    if (token.isCancellationRequested) return cancelled();
    if (documents.get(document.uri)?.version !== version) {
      return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed during the check.', { retriggerRequest: true });
    }
    return { kind: DocumentDiagnosticReportKind.Full, items: analysis.findings.map((finding) => toDiagnostic(document, finding)) };
  };
}

function cancelled(): ResponseError<DiagnosticServerCancellationData> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled by the client.', { retriggerRequest: false });
}

/**
 * A request cancelled while it still waits in the queue (behind the keystrokes that made it stale) is answered
 * at once, so typing fast never leaves a backlog of outdated checks.
 */
export const ANSWER_CANCELLED_AT_ONCE: ConnectionStrategy = {
  cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: cancelled().toJson() }),
};
