// Custom requests shared by the client and the server.

/** Counts for the status bar: `wirecheck/articleInfo` with `{ uri }`. */
export const ARTICLE_INFO_REQUEST = 'wirecheck/articleInfo';

export interface ArticleInfo {
  style: string;
  /** Set when the style is `auto`: why it picked this style, so a quiet rule can be understood. */
  styleReason?: string;
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
  /** Base URI of the rule pages shipped with the extension (`…/docs/rules/`), for each diagnostic's link. */
  ruleDocsBase?: string;
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

/** Client command: open a rule's documentation page (`docs/rules/<id>.md`) in a Markdown preview. Argument: the rule id. */
export const SHOW_RULE_DOCUMENTATION_COMMAND = 'wirecheck.showRuleDocumentation';

/** Client command: apply every safe fix in the active article (the `source.fixAll.wirecheck` code action). */
export const FIX_ALL_COMMAND = 'wirecheck.fixAll';

/** The code action kind of fix-all, for `editor.codeActionsOnSave`. The same string as the core's `FIX_ALL_KIND`. */
export const FIX_ALL_CODE_ACTION_KIND = 'source.fixAll.wirecheck';
