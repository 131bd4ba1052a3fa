// The properties every input must keep, shared by the bounded tests and `npm run fuzz`.
import {
  Article, HouseStyle, Span, TextEdit, WirecheckConfig, analyse, applyEdits, applySafeFixes, completions, definition,
  documentHighlights, hover, lineStarts, looksLikeWireArticle, outline, OutlineItem, parseArticle, positionAt, prepareRename,
  references, rename, semanticTokens,
} from '../../server/src/core';

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** A span inside the text, start ≤ end, and neither end between the two halves of a surrogate pair. */
export function checkSpan(text: string, span: Span, what: string): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) fail(`${what}: offsets ${span.start}..${span.end} are not integers`);
  if (span.start < 0 || span.end > text.length || span.start > span.end) fail(`${what}: span ${span.start}..${span.end} outside 0..${text.length} or reversed`);
  for (const offset of [span.start, span.end]) {
    if (splitsSurrogatePair(text, offset)) fail(`${what}: offset ${offset} splits a surrogate pair`);
  }
}

export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function checkArticle(article: Article, input: string): void {
  const { text } = article;
  // A binary or huge input is checked only in part: the article's text is then a prefix of the input.
  if (!input.startsWith(text)) fail('article.text is not the input or a prefix of it');
  if (article.dateline) {
    checkSpan(text, article.dateline.span, 'dateline');
    for (const part of [article.dateline.city, article.dateline.region, article.dateline.agency, article.dateline.separator]) {
      if (part) checkSpan(text, part, 'dateline part');
    }
  }
  let previousEnd = 0;
  for (const paragraph of article.paragraphs) {
    checkSpan(text, paragraph.span, `paragraph ${paragraph.index}`);
    if (paragraph.span.start < previousEnd) fail(`paragraph ${paragraph.index} overlaps the previous one`);
    previousEnd = paragraph.span.end;
    for (const sentence of paragraph.sentences) {
      checkSpan(text, sentence.span, 'sentence');
      if (sentence.span.start < paragraph.span.start || sentence.span.end > paragraph.span.end) fail('sentence outside its paragraph');
    }
  }
  article.quotes.forEach((quote) => { checkSpan(text, quote.span, 'quote'); checkSpan(text, quote.inner, 'quote inner'); });
  for (const person of article.people) {
    checkSpan(text, person.introduction, `introduction of ${person.fullName}`);
    person.mentions.forEach((mention) => checkSpan(text, mention.span, `mention of ${person.fullName}`));
  }
  for (const statement of article.statements) {
    checkSpan(text, statement.span, 'statement');
    checkSpan(text, statement.verb, 'statement verb');
    checkSpan(text, statement.content, 'statement content');
    if (statement.speakerSpan) checkSpan(text, statement.speakerSpan, 'statement speaker');
    if (statement.speaker.kind === 'person' && !article.people[statement.speaker.person]) fail('statement speaker is not a person of the article');
  }
  if (article.terminator) checkSpan(text, article.terminator.span, 'terminator');
  if (article.trailingText) checkSpan(text, article.trailingText, 'trailing text');
  article.directives.forEach((directive) => checkSpan(text, directive.span, 'directive'));
  if (!Number.isInteger(article.wordCount) || article.wordCount < 0) fail(`word count ${article.wordCount}`);
}

function checkOutline(text: string, items: OutlineItem[], parent?: OutlineItem): void {
  for (const item of items) {
    checkSpan(text, item.span, `outline ${item.kind}`);
    checkSpan(text, item.selection, `outline ${item.kind} selection`);
    // VS Code rejects a document symbol whose selection range lies outside its range.
    if (item.selection.start < item.span.start || item.selection.end > item.span.end) fail(`outline ${item.kind} "${item.name}": selection outside its range`);
    if (parent && (item.span.start < parent.span.start || item.span.end > parent.span.end)) fail(`outline ${item.kind} "${item.name}" outside its parent`);
    if (typeof item.name !== 'string' || !item.name.trim()) fail(`outline ${item.kind}: empty name (VS Code rejects it)`);
    checkOutline(text, item.children, item);
  }
}

/** Offsets worth hovering: every span edge of the article, and a few spread over the text. */
function hoverOffsets(article: Article): number[] {
  const offsets = new Set<number>([0, article.text.length, article.text.length >> 1]);
  for (const person of article.people) person.mentions.forEach((mention) => { offsets.add(mention.span.start); offsets.add(mention.span.end); });
  for (const statement of article.statements) offsets.add(statement.verb.start);
  if (article.dateline) offsets.add(article.dateline.span.start);
  // An editor's cursor never stands between the halves of a surrogate pair.
  return [...offsets].filter((offset) => !splitsSurrogatePair(article.text, offset));
}

const TODAY = new Date(Date.UTC(2024, 1, 29));

/** Definition, references, highlights, rename and completion at one offset: valid spans, and a rename that re-parses. */
function checkEditorFeatures(article: Article, style: HouseStyle, offset: number, reparseRename: boolean): boolean {
  const { text } = article;
  const found = definition(article, offset);
  if (found) { checkSpan(text, found.origin, 'definition origin'); checkSpan(text, found.target, 'definition target'); }
  references(article, offset).forEach((span) => checkSpan(text, span, 'reference'));
  documentHighlights(article, offset).forEach((highlight) => checkSpan(text, highlight.span, 'highlight'));
  const prepared = prepareRename(article, offset);
  let reparsed = false;
  if ('span' in prepared) {
    checkSpan(text, prepared.span, 'prepareRename');
    for (const newName of ['Li Qiang', 'Li', 'Ñúñez-Díaz']) {
      const renamed = rename(article, offset, newName);
      if ('error' in renamed) continue;
      checkEdits(text, renamed.edits, `rename to ${newName}`);
      // Re-parsing after a rename is the costly part: once per article is enough to catch a broken edit.
      if (reparseRename && !reparsed) {
        const result = applyEdits(text, renamed.edits);
        checkArticle(parseArticle(result), result);
        reparsed = true;
      }
    }
  }
  for (const completion of completions(article, style, offset, TODAY)) {
    checkSpan(text, completion.replace, `completion ${completion.label}`);
    if (completion.replace.end !== Math.min(offset, text.length)) fail(`completion ${completion.label} does not end at the cursor`);
  }
  return reparsed;
}

/** Edits of one change: valid spans that do not overlap (LSP rejects overlapping edits). */
function checkEdits(text: string, edits: TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  sorted.forEach((edit, i) => {
    checkSpan(text, edit.span, what);
    if (i > 0 && edit.span.start < sorted[i - 1].span.end) fail(`${what}: overlapping edits`);
  });
}

/** Semantic tokens in order, without overlaps and within one line (LSP's relative encoding needs all three). */
function checkSemanticTokens(article: Article): void {
  const { text } = article;
  let previousEnd = 0;
  for (const token of semanticTokens(article)) {
    checkSpan(text, token, `semantic token ${token.type}`);
    if (token.start < previousEnd) fail(`semantic token ${token.type} at ${token.start} overlaps or is out of order`);
    if (/[\r\n]/.test(text.slice(token.start, token.end))) fail(`semantic token ${token.type} at ${token.start} spans a line break`);
    if (token.end === token.start) fail(`semantic token ${token.type} at ${token.start} is empty`);
    previousEnd = token.end;
  }
}

/**
 * Checks every invariant for one text and config: nothing throws, every span is valid, fixes re-parse,
 * hover and outline ranges are valid. Throws an InvariantError (or the core's own exception) on a violation.
 */
export function checkInvariants(text: string, config: WirecheckConfig): void {
  const analysis = analyse(text, config);
  checkArticle(analysis.article, text);
  const starts = lineStarts(text);
  for (const finding of analysis.findings) {
    checkSpan(text, finding.span, `finding ${finding.rule}`);
    if (!finding.message) fail(`finding ${finding.rule} has no message`);
    for (const fix of finding.fixes ?? []) {
      fix.edits.forEach((edit) => checkSpan(text, edit.span, `fix "${fix.title}" of ${finding.rule}`));
      const fixed = applyEdits(text, fix.edits);
      checkArticle(parseArticle(fixed), fixed);
    }
  }
  const fixed = applySafeFixes(text, analysis.findings);
  if (fixed.applied > 0) {
    const again = analyse(fixed.text, config);
    checkArticle(again.article, fixed.text);
    again.findings.forEach((finding) => checkSpan(fixed.text, finding.span, `finding ${finding.rule} after fixes`));
  }
  for (const offset of hoverOffsets(analysis.article)) {
    const result = hover(analysis.article, offset, starts);
    if (!result) continue;
    checkSpan(text, result.span, `hover at ${offset}`);
    if (offset < result.span.start || offset > result.span.end) fail(`hover at ${offset} answers for ${result.span.start}..${result.span.end}`);
    if (typeof result.markdown !== 'string' || !result.markdown) fail(`hover at ${offset}: empty markdown`);
  }
  let renameReparsed = false;
  for (const offset of hoverOffsets(analysis.article)) renameReparsed = checkEditorFeatures(analysis.article, analysis.style, offset, !renameReparsed) || renameReparsed;
  checkSemanticTokens(analysis.article);
  checkOutline(text, outline(analysis.article));
  const last = positionAt(starts, text.length);
  if (last.line !== starts.length - 1) fail('positionAt(end) is not on the last line');
  looksLikeWireArticle(text);
  // analyse() skips binary text and the end of a huge one; the parser itself must still cope with them.
  if (analysis.article.text !== text) checkArticle(parseArticle(text), text);
}
