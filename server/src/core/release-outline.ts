import { Article, Span } from './article';
import type { OutlineItem } from './outline';
import { OUTLINE_ELLIPSIS, excerpt, speakerName } from './speaker';

const HEADLINE_NAME_LENGTH = 80;
const QUOTE_NAME_LENGTH = 56;

/**
 * A release's outline, regrouped from the article outline: Release line, Headline, Dateline, Body (paragraphs
 * with their statements), Quotes by speaker, About sections, Media contact blocks, End mark.
 */
export function releaseOutline(article: Article, articleItems: OutlineItem[]): OutlineItem[] {
  const release = article.release;
  if (!release) return articleItems;
  const { text } = article;
  const items: OutlineItem[] = [];
  if (release.releaseLine) {
    const span = release.releaseLine.span;
    items.push(leaf(excerpt(text.slice(span.start, span.end), HEADLINE_NAME_LENGTH, OUTLINE_ELLIPSIS), 'release line', 'release-line', span));
  }
  if (release.headline) {
    const headline = leaf(excerpt(release.headline.text, HEADLINE_NAME_LENGTH, OUTLINE_ELLIPSIS), 'headline', 'headline', release.headline);
    if (release.subheadline) {
      headline.children.push(leaf(excerpt(release.subheadline.text, HEADLINE_NAME_LENGTH, OUTLINE_ELLIPSIS), 'subheadline', 'headline', release.subheadline));
      headline.span = { start: headline.span.start, end: release.subheadline.end };
    }
    items.push(headline);
  }
  items.push(...articleItems.filter((item) => item.kind === 'dateline'));

  const closing: Span[] = [...release.abouts, ...release.contacts].map((section) => section.span);
  if (release.endMark) closing.push({ start: release.endMark.start, end: text.length });
  const body = articleItems.filter((item) => item.kind === 'paragraph' && !closing.some((span) => overlaps(span, item.span) && item.span.start >= span.start));
  if (body.length) items.push(group('Body', `${body.length} paragraph${body.length > 1 ? 's' : ''}`, body));

  const bySpeaker = quotesBySpeaker(article, closing);
  if (bySpeaker.length) items.push(group('Quotes by speaker', `${bySpeaker.length} speaker${bySpeaker.length > 1 ? 's' : ''}`, bySpeaker));

  for (const about of release.abouts) items.push({ ...leaf(about.heading.text.replace(/[*_#:]+/g, '').trim(), 'boilerplate', 'about', about.span), selection: about.heading });
  for (const contact of release.contacts) {
    const reach = [contact.name?.text, ...contact.emails.map((email) => email.text), ...contact.phones.map((phone) => phone.text)].filter(Boolean).join(' · ');
    items.push({ ...leaf(contact.heading.text.replace(/[*_#:]+/g, '').trim() || 'Contact', reach || 'media contact', 'contact', contact.span), selection: contact.heading });
  }
  if (release.endMark) items.push(leaf(release.endMark.text, 'end mark', 'terminator', release.endMark));
  else items.push(...articleItems.filter((item) => item.kind === 'terminator'));
  return items;
}

/** Each speaker of a direct quotation in the body, with their quoted statements in order. */
function quotesBySpeaker(article: Article, closing: Span[]): OutlineItem[] {
  const speakers = new Map<string, OutlineItem>();
  for (const statement of article.statements) {
    if (!statement.direct || closing.some((span) => overlaps(span, statement.span))) continue;
    const name = speakerName(article, statement.speaker);
    const quote: OutlineItem = leaf(excerpt(article.text.slice(statement.content.start, statement.content.end), QUOTE_NAME_LENGTH, OUTLINE_ELLIPSIS), statement.verb.text, 'statement', statement.span);
    quote.selection = statement.span.start <= statement.verb.start && statement.verb.end <= statement.span.end ? statement.verb : { start: statement.span.start, end: statement.span.start };
    const speaker = speakers.get(name);
    if (speaker) {
      speaker.children.push(quote);
      speaker.span = { start: Math.min(speaker.span.start, quote.span.start), end: Math.max(speaker.span.end, quote.span.end) };
      speaker.detail = `${speaker.children.length} quotes`;
    } else {
      speakers.set(name, { name, detail: '1 quote', kind: 'speaker', span: { ...statement.span }, selection: quote.selection, children: [quote] });
    }
  }
  return [...speakers.values()];
}

function leaf(name: string, detail: string, kind: OutlineItem['kind'], span: Span): OutlineItem {
  return { name: name || detail, detail, kind, span: { start: span.start, end: span.end }, selection: { start: span.start, end: span.end }, children: [] };
}

/** A grouping node spans its children; it selects the first child's selection. */
function group(name: string, detail: string, children: OutlineItem[]): OutlineItem {
  const span = { start: Math.min(...children.map((child) => child.span.start)), end: Math.max(...children.map((child) => child.span.end)) };
  return { name, detail, kind: 'section', span, selection: children[0].selection, children };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
