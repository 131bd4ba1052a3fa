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

/** Options the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** False in an untrusted workspace: the server then reads nothing but the open documents. */
  workspaceTrusted?: boolean;
}
