import { Article, Span } from './article';
import { nameSpan } from './mention-at';

/**
 * The token legend. Custom types are declared in package.json (`semanticTokenTypes`, with a standard super
 * type as fallback) and mapped to TextMate scopes (`semanticTokenScopes`) so that common themes colour them.
 */
export const SEMANTIC_TOKEN_TYPES = [
  'person', 'personTitle', 'attributionVerb', 'quote',
  'datelineCity', 'datelineRegion', 'datelineDate', 'datelineAgency', 'datelineSeparator', 'terminator',
] as const;
/** `declaration`: where a person is introduced; `pronoun`: `he`, `she` linked to a person. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'pronoun'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface SemanticToken extends Span {
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

/**
 * Semantic tokens in text order, never overlapping and never crossing a line break (a quote over two lines
 * gives two tokens). People and verbs inside a quote cut the quote token around them.
 */
export function semanticTokens(article: Article): SemanticToken[] {
  const inner = [...peopleTokens(article), ...verbTokens(article), ...datelineTokens(article)];
  if (article.terminator) inner.push(token(article.terminator.span, 'terminator'));
  inner.sort((a, b) => a.start - b.start || a.end - b.end);
  const tokens = withoutOverlaps(inner);
  const quotes = quoteTokens(article, tokens);
  return [...tokens, ...quotes].sort((a, b) => a.start - b.start).flatMap((each) => splitAtLineBreaks(article.text, each));
}

function token(span: Span, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): SemanticToken {
  return { start: span.start, end: span.end, type, modifiers };
}

function peopleTokens(article: Article): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  for (const person of article.people) {
    for (const mention of person.mentions) {
      if (mention.kind === 'pronoun') {
        tokens.push(token(mention.span, 'person', ['pronoun']));
        continue;
      }
      const name = nameSpan(article.text, mention, person) ?? mention.span;
      const title = article.text.slice(mention.span.start, name.start).trimEnd();
      if (title) tokens.push(token({ start: mention.span.start, end: mention.span.start + title.length }, 'personTitle'));
      tokens.push(token(name, 'person', mention.kind === 'introduction' ? ['declaration'] : []));
    }
  }
  return tokens;
}

function verbTokens(article: Article): SemanticToken[] {
  return article.statements.map((statement) => token(statement.verb, 'attributionVerb'));
}

function datelineTokens(article: Article): SemanticToken[] {
  const dateline = article.dateline;
  if (!dateline) return [];
  const tokens = [token(dateline.city, 'datelineCity')];
  if (dateline.region) tokens.push(token(dateline.region, 'datelineRegion'));
  const date = dateline.date;
  if (date) tokens.push(token({ start: date.month.start, end: (date.year ?? date.day ?? date.month).end }, 'datelineDate'));
  if (dateline.agency) tokens.push(token(dateline.agency, 'datelineAgency'));
  if (dateline.separator) tokens.push(token(dateline.separator, 'datelineSeparator'));
  return tokens;
}

/** Drops any token that starts inside the previous one (sorted input): the first one found wins. */
function withoutOverlaps(sorted: SemanticToken[]): SemanticToken[] {
  const kept: SemanticToken[] = [];
  for (const each of sorted) {
    if (each.end <= each.start) continue;
    const last = kept[kept.length - 1];
    if (!last || each.start >= last.end) kept.push(each);
  }
  return kept;
}

/** Each quote's parts not covered by the (sorted, disjoint) other tokens; one pass, as quotes come in text order. */
function quoteTokens(article: Article, tokens: SemanticToken[]): SemanticToken[] {
  const parts: SemanticToken[] = [];
  const quotes = [...article.quotes].sort((a, b) => a.span.start - b.span.start);
  let first = 0;
  for (const quote of quotes) {
    const span = quote.span;
    while (first < tokens.length && tokens[first].end <= span.start) first++;
    let cursor = span.start;
    for (let i = first; i < tokens.length && tokens[i].start < span.end; i++) {
      if (tokens[i].start > cursor) parts.push(token({ start: cursor, end: tokens[i].start }, 'quote'));
      cursor = Math.max(cursor, tokens[i].end);
    }
    if (cursor < span.end) parts.push(token({ start: cursor, end: span.end }, 'quote'));
  }
  return withoutOverlaps(parts);
}

function splitAtLineBreaks(text: string, each: SemanticToken): SemanticToken[] {
  const pieces: SemanticToken[] = [];
  let start = each.start;
  for (let i = each.start; i < each.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    if (i > start) pieces.push({ ...each, start, end: i });
    start = i + 1;
  }
  if (each.end > start) pieces.push({ ...each, start });
  return pieces;
}
