import { Article, Span, lineStarts, positionAt, speakerName } from '../core';

/** The parsed article as plain JSON, with 1-based line/column beside every span, for tools and tests. */
export function inspectArticle(article: Article, style: string, styleReason?: string): unknown {
  const starts = lineStarts(article.text);
  const at = (span: Span) => {
    const start = positionAt(starts, span.start);
    return { text: article.text.slice(span.start, span.end), line: start.line + 1, column: start.character + 1, start: span.start, end: span.end };
  };
  const dateline = article.dateline;
  return {
    style,
    styleReason,
    wordCount: article.wordCount,
    dateline: dateline && {
      ...at(dateline.span),
      city: dateline.city.text,
      region: dateline.region?.text,
      month: dateline.date?.month.text,
      day: dateline.date?.day?.value,
      year: dateline.date?.year?.value,
      agency: dateline.agency?.text,
      agencyForm: dateline.agencyForm,
      separator: dateline.separator?.text,
    },
    paragraphs: article.paragraphs.map((paragraph) => ({ ...at(paragraph.span), text: undefined, sentences: paragraph.sentences.length })),
    people: article.people.map((person) => ({
      id: person.id,
      name: person.fullName,
      surname: person.surname,
      title: person.title,
      gender: person.gender,
      introduction: at(person.introduction),
      mentions: person.mentions.map((mention) => ({ kind: mention.kind, ...at(mention.span) })),
    })),
    statements: article.statements.map((statement) => ({
      paragraph: statement.paragraph,
      speaker: speakerName(article, statement.speaker),
      speakerKind: statement.speaker.kind,
      person: statement.speaker.kind === 'person' ? statement.speaker.person : undefined,
      verb: at(statement.verb),
      content: at(statement.content),
      direct: statement.direct,
    })),
    quotes: article.quotes.map((quote) => ({ ...at(quote.span), closed: quote.closed, mark: quote.mark })),
    terminator: article.terminator && { ...at(article.terminator.span), inline: article.terminator.inline },
    directives: article.directives.map((directive) => ({ ...at(directive.span), rules: directive.rules, scope: directive.scope, ...(directive.line !== undefined ? { silencesLine: directive.line + 1 } : {}) })),
  };
}
