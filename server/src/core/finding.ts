import { Span } from './article';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by fix-all and `--fix` without a person looking. */
  safe: boolean;
}

/** What a rule reports, before configuration decides its severity. */
export interface Report {
  span: Span;
  message: string;
  fixes?: Fix[];
}

export interface Finding extends Report {
  rule: string;
  severity: Severity;
}
