import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigStore } from './config-store';
import { Analysis, analyse, lineStarts } from './core';

export type DocumentAnalysis = Analysis;

const lineStartsByAnalysis = new WeakMap<DocumentAnalysis, number[]>();

/** Line offsets of an analysed text, computed on the first hover rather than on every keystroke. */
export function lineStartsOf(analysis: DocumentAnalysis): number[] {
  let starts = lineStartsByAnalysis.get(analysis);
  if (!starts) lineStartsByAnalysis.set(analysis, (starts = lineStarts(analysis.article.text)));
  return starts;
}

interface Entry {
  version: number;
  result: Promise<DocumentAnalysis>;
}

/** One analysis per document version, shared by diagnostics, hover, outline and the status bar. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly configs: ConfigStore) {}

  get(document: TextDocument): Promise<DocumentAnalysis> {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    const result = this.compute(document);
    this.entries.set(document.uri, { version: document.version, result });
    result.catch(() => this.entries.delete(document.uri));
    return result;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  private async compute(document: TextDocument): Promise<DocumentAnalysis> {
    const { config } = await this.configs.configFor(document.uri);
    return analyse(document.getText(), config);
  }
}
