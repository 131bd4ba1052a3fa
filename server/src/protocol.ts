// Custom requests shared by the client and the server.

/** Counts for the status bar: `wirecheck/articleInfo` with `{ uri }`. */
export const ARTICLE_INFO_REQUEST = 'wirecheck/articleInfo';

export interface ArticleInfo {
  style: string;
  words: number;
  paragraphs: number;
  statements: number;
  people: number;
  findings: number;
  /** Why only part of the file is checked (binary, too large); the status bar shows it. */
  notice?: string;
}

/** The server's process id, `wirecheck/processId`: lets the editor tests kill the server and watch it come back. */
export const PROCESS_ID_REQUEST = 'wirecheck/processId';

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** False in an untrusted workspace: the server then reads nothing but the open documents. */
  workspaceTrusted?: boolean;
}

/** The statements grouped by speaker, for the client's "Statements" tree: `wirecheck/statementsBySpeaker` with `{ uri }`. */
export const STATEMENTS_BY_SPEAKER_REQUEST = 'wirecheck/statementsBySpeaker';

export interface ProtocolRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface SpeakerStatementInfo {
  name: string;
  detail: string;
  range: ProtocolRange;
  /** Selected when the statement is revealed: the attribution verb. */
  selectionRange: ProtocolRange;
}

export interface SpeakerInfo {
  name: string;
  kind: 'person' | 'source' | 'unresolved';
  detail?: string;
  /** Where a person is introduced, or where a source first speaks. */
  range?: ProtocolRange;
  statements: SpeakerStatementInfo[];
}
