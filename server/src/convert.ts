// The only place that turns core results (offsets) into LSP types (ranges).
import { Diagnostic, DiagnosticSeverity, DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, OutlineItem, OutlineKind, Span } from './core';

export const RULE_DOCS_BASE = 'https://example.invalid/wirecheck/wirecheck/blob/main/docs/rules/';
/** The pages shipped with the extension when the client says where they are (set once, at initialize). */
let ruleDocsBase = RULE_DOCS_BASE;

export function setRuleDocsBase(base: string): void {
  if (/^(?:file|https?|vscode-[a-z-]+):/.test(base)) ruleDocsBase = base.endsWith('/') ? base : `${base}/`;
}

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: toRange(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    codeDescription: { href: `${ruleDocsBase}${finding.rule}.md` },
    source: 'wirecheck',
    message: finding.message,
  };
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  dateline: SymbolKind.Event,
  paragraph: SymbolKind.String,
  statement: SymbolKind.Field,
  terminator: SymbolKind.Null,
  'release-line': SymbolKind.Constant,
  headline: SymbolKind.Class,
  section: SymbolKind.Namespace,
  speaker: SymbolKind.Object,
  about: SymbolKind.Module,
  contact: SymbolKind.Interface,
};

export function toDocumentSymbol(document: TextDocument, item: OutlineItem): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: item.name,
    detail: item.detail,
    kind: SYMBOL_KIND[item.kind],
    range: toRange(document, item.span),
    selectionRange: toRange(document, item.selection),
  };
  // `children` is optional: most symbols (statements) are leaves, and every byte of the reply is encoded and parsed.
  if (item.children.length) symbol.children = item.children.map((child) => toDocumentSymbol(document, child));
  return symbol;
}
