import { Article, Span } from './article';
import { HouseStyle } from './styles/style';
import { datelineTail, escapeSnippet, styleDate } from './templates';

export type CompletionKind = 'person' | 'attribution-verb' | 'terminator' | 'dateline';

export interface Completion {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** What to insert; a snippet with `${1:…}` placeholders when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The span the completion replaces: the word being typed before the cursor. */
  replace: Span;
  /** What the editor matches the typed word against, when not the label. */
  filterText?: string;
  /** Orders the list: people, then verbs; the dateline and terminator come first where they apply. */
  sortText: string;
}

/** Verbs every style attributes with; a style adds its own and may discourage some. */
const COMMON_VERBS = ['said', 'added', 'told', 'noted', 'stressed', 'explained', 'announced', 'urged', 'warned', 'according to'];
/** How many lines (headline, release line, slug) may stand above a dateline; the parser looks as far. */
const LEAD_LINES = 6;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * What to offer at `offset`: a dateline snippet in the style at the top of an article without one, the
 * terminator at the end of a story without one, otherwise people (surname once introduced, full name with
 * title before) and the style's attribution verbs. `today` is passed in so the core stays pure.
 */
export function completions(article: Article, style: HouseStyle, offset: number, today: Date): Completion[] {
  const { text } = article;
  let at = Math.max(0, Math.min(offset, text.length));
  // A position between the halves of a surrogate pair means the character's start.
  if (at > 0 && /[\ud800-\udbff]/.test(text.charAt(at - 1)) && /[\udc00-\udfff]/.test(text.charAt(at))) at--;
  let wordStart = at;
  while (wordStart > 0 && WORD_CHAR.test(text.charAt(wordStart - 1))) wordStart--;
  const replace = { start: wordStart, end: at };
  const before = text.slice(0, wordStart).replace(/^\uFEFF/, '');
  const after = text.slice(at);

  const dateline = article.dateline ? undefined : datelineCompletion(style, today, replace, text.slice(wordStart, at));
  if (dateline && before.trim() === '') return [dateline];
  const items = [...peopleCompletions(article, replace), ...verbCompletions(style, replace)];
  if (style.terminator && !article.terminator && after.trim() === '' && before.trim() !== '') {
    const space = /\S$/.test(before) ? ' ' : '';
    items.unshift({ label: style.terminator, kind: 'terminator', detail: `${style.name} sign-off`, insertText: `${space}${style.terminator}`, snippet: false, replace, sortText: '0' });
  }
  // Below a headline or a release line (press releases), a line of the lead may still become the dateline.
  if (dateline && /(?:^|[\r\n])[ \t]*$/.test(before) && nonBlankLines(before) < LEAD_LINES) items.unshift(dateline);
  return items;
}

function nonBlankLines(text: string): number {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').length;
}

function peopleCompletions(article: Article, replace: Span): Completion[] {
  return article.people.flatMap((person): Completion[] => {
    const described = person.title ? `${person.title} ${person.fullName}` : person.fullName;
    if (replace.start >= person.introduction.start && replace.start < person.introduction.end) return [];
    if (person.introduction.end <= replace.start) {
      return [{ label: person.surname, kind: 'person', detail: described, insertText: person.surname, snippet: false, replace, sortText: `1${person.surname}` }];
    }
    // Not introduced yet at this point: offer the full introduction.
    return [{ label: person.fullName, kind: 'person', detail: `introduce ${described}`, insertText: described, snippet: false, replace, sortText: `1${person.fullName}` }];
  });
}

function verbCompletions(style: HouseStyle, replace: Span): Completion[] {
  const discouraged = new Set(Object.keys(style.discouragedVerbs).map((verb) => verb.toLowerCase()));
  const verbs = [...new Set([...COMMON_VERBS, ...style.attributionVerbs.map((verb) => verb.toLowerCase())])].filter((verb) => !discouraged.has(verb));
  return verbs.map((verb) => ({ label: verb, kind: 'attribution-verb' as const, detail: `attribution verb (${style.name})`, insertText: verb, snippet: false, replace, sortText: `2${verb}` }));
}

/** `${1:CITY}, Aug. 30 (Xinhua) -- ` in the style's form, dated today. */
export function datelineSnippet(style: HouseStyle, today: Date, city = 'CITY'): string {
  const date = styleDate(style, today);
  const snippet = `\${1:${escapeSnippet(city)}}${date ? `, ${escapeSnippet(date)}` : ''}`;
  return `${snippet}${datelineTail(style, escapeSnippet(style.agency ?? ''))}$0`;
}

/** The word typed so far becomes the city, in capitals as datelines write it. */
function datelineCompletion(style: HouseStyle, today: Date, replace: Span, typed: string): Completion {
  const insertText = datelineSnippet(style, today, typed ? typed.toUpperCase() : 'CITY');
  const preview = datelineSnippet(style, today).replace('${1:CITY}', 'CITY').replace(/ ?\$0$/, '').replace(/\\(.)/g, '$1');
  return { label: `dateline: ${preview}`, kind: 'dateline', detail: `${style.name} dateline, dated today`, insertText, snippet: true, replace, filterText: typed, sortText: '00' };
}
