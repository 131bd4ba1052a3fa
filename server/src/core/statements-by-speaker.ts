import { Article, Span, Speaker, Statement } from './article';
import { excerpt, speakerName } from './speaker';

export interface SpeakerStatement {
  /** The opening words of what was said. */
  name: string;
  /** The attribution verb, and whether the words are quoted. */
  detail: string;
  span: Span;
  /** What the editor selects when the statement is revealed: the attribution verb. */
  selection: Span;
}

export interface SpeakerGroup {
  name: string;
  kind: Speaker['kind'];
  /** The title as introduced, for people. */
  detail?: string;
  /** Where a person is introduced; for other sources, their first statement. */
  span?: Span;
  statements: SpeakerStatement[];
}

const STATEMENT_NAME_LENGTH = 60;

/**
 * The article's statements grouped by who made them: every person (in order of introduction, also those with
 * no statement), then institutional and unnamed sources, then attributions the parser could not resolve.
 */
export function statementsBySpeaker(article: Article): SpeakerGroup[] {
  const groups = article.people.map((person): SpeakerGroup => ({ name: person.fullName, kind: 'person', detail: person.title, span: person.introduction, statements: [] }));
  const others = new Map<string, SpeakerGroup>();
  for (const statement of article.statements) {
    const item = speakerStatement(article, statement);
    const { speaker } = statement;
    if (speaker.kind === 'person' && groups[speaker.person]) {
      groups[speaker.person].statements.push(item);
      continue;
    }
    const name = speakerName(article, speaker);
    const key = `${speaker.kind}:${name.toLowerCase()}`;
    if (!others.has(key)) others.set(key, { name, kind: speaker.kind, detail: speaker.kind === 'unresolved' ? 'speaker not resolved' : 'source', span: statement.speakerSpan ?? statement.verb, statements: [] });
    others.get(key)!.statements.push(item);
  }
  const rank = (group: SpeakerGroup) => (group.kind === 'unresolved' ? 1 : 0);
  return [...groups, ...[...others.values()].sort((a, b) => rank(a) - rank(b))];
}

function speakerStatement(article: Article, statement: Statement): SpeakerStatement {
  const words = excerpt(article.text.slice(statement.content.start, statement.content.end), STATEMENT_NAME_LENGTH);
  return {
    name: words || excerpt(article.text.slice(statement.span.start, statement.span.end), STATEMENT_NAME_LENGTH),
    detail: `${statement.verb.text}${statement.direct ? ' · quoted' : ''}`,
    span: statement.span,
    selection: statement.verb,
  };
}
