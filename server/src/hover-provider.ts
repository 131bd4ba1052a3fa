// LSP adapter for hover: a look-up on the document version's cached analysis. The target at the cursor is found by
// binary search (core/span-index.ts) and its markdown is written once per version, then reused by every hover on
// the same person, verb or dateline: a reader's pointer asks again with each move across a word.
import { Hover, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis, lineStartsOf } from './analysis-cache';
import { toRange } from './convert';
import { hoverTarget } from './core';

const markdownByAnalysis = new WeakMap<DocumentAnalysis, Map<object, string>>();

export function provideHover(document: TextDocument, analysis: DocumentAnalysis, position: Position): Hover | null {
  const style = analysis.styleReason ? `${analysis.style.name} (picked by auto: ${analysis.styleReason})` : analysis.style.name;
  const target = hoverTarget(analysis.article, document.offsetAt(position), lineStartsOf(analysis), style);
  if (!target) return null;
  let written = markdownByAnalysis.get(analysis);
  if (!written) markdownByAnalysis.set(analysis, (written = new Map()));
  let markdown = written.get(target.key);
  if (markdown === undefined) written.set(target.key, (markdown = target.markdown()));
  return { contents: { kind: 'markdown', value: markdown }, range: toRange(document, target.span) };
}
