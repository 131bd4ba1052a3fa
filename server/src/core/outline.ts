import { Article, Span, Statement } from './article';
import { releaseOutline } from './release-outline';
import { OUTLINE_ELLIPSIS, excerpt, speakerName } from './speaker';

export type OutlineKind = 'dateline' | 'paragraph' | 'statement' | 'terminator'
  // Press releases (release-outline.ts):
  | 'release-line' | 'headline' | 'section' | 'speaker' | 'about' | 'contact';

export interface OutlineItem {
  name: string;
  detail?: string;
  kind: OutlineKind;
  span: Span;
  selection: Span;
  children: OutlineItem[];
}

// Names fit a side bar of default width (VS Code cuts longer ones itself): every character is encoded and parsed
// again with each reply, and a 5,000-word story has some 280 symbols.
const PARAGRAPH_NAME_LENGTH = 36;
const STATEMENT_NAME_LENGTH = 40;
const DATELINE_NAME_LENGTH = 80;

/** The article's outline: dateline, paragraphs with their statements, terminator. */
export function outline(article: Article): OutlineItem[] {
  const { text } = article;
  const items: OutlineItem[] = [];
  if (article.dateline) {
    const span = article.dateline.span;
    items.push({ name: excerpt(text.slice(span.start, span.end), DATELINE_NAME_LENGTH, OUTLINE_ELLIPSIS), detail: 'dateline', kind: 'dateline', span, selection: span, children: [] });
  }
  const statementsByParagraph = new Map<number, Statement[]>();
  for (const statement of article.statements) {
    const list = statementsByParagraph.get(statement.paragraph);
    if (list) list.push(statement);
    else statementsByParagraph.set(statement.paragraph, [statement]);
  }
  for (const paragraph of article.paragraphs) {
    const proseStart = paragraph.sentences[0]?.span.start ?? paragraph.span.start;
    const statements = statementsByParagraph.get(paragraph.index) ?? [];
    items.push({
      // No detail: the statements show as the paragraph's children, and a count on each of 140 rows is noise.
      name: `¶${paragraph.index + 1} ${excerpt(text.slice(proseStart, paragraph.span.end), PARAGRAPH_NAME_LENGTH, OUTLINE_ELLIPSIS)}`,
      kind: 'paragraph',
      span: paragraph.span,
      selection: { start: proseStart, end: Math.min(paragraph.span.end, proseStart + codePointLength(text, proseStart)) },
      children: statements.map((statement) => ({
        name: `${speakerName(article, statement.speaker)}: ${excerpt(text.slice(statement.content.start, statement.content.end), STATEMENT_NAME_LENGTH, OUTLINE_ELLIPSIS)}`,
        detail: statement.verb.text,
        kind: 'statement' as const,
        span: statement.span,
        // A quote continued from the previous paragraph keeps that paragraph's verb: select the statement's start.
        selection: within(statement.span, statement.verb) ? statement.verb : { start: statement.span.start, end: statement.span.start },
        children: [],
      })),
    });
  }
  if (article.terminator) {
    const span = article.terminator.span;
    items.push({ name: article.terminator.text, detail: 'terminator', kind: 'terminator', span, selection: span, children: [] });
  }
  return article.release ? releaseOutline(article, items) : items;
}

/** 2 at the start of a surrogate pair, else 1: a selection never ends between the halves of an emoji. */
function codePointLength(text: string, offset: number): number {
  const code = text.codePointAt(offset);
  return code !== undefined && code > 0xffff ? 2 : 1;
}

function within(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
