import { Mention } from '../article';
import { PLURAL_SOURCE_NOUNS } from '../lexicon/people-words';
import type { SpeakerReading } from './speaker-phrase';

// Between two people of a list: a comma, a semicolon or `and`, after an optional age or party tag (`, 40`, `, R-Ga.`).
// Read with its spaces folded to one.
const LIST_GAP = /^(?: ?, ?(?:\d{1,3}|\(?[DRI]-[A-Z][\p{L}.]*\)?))? ?(?:,|;|,? and) $/u;
const MAX_GAP = 24;
// Words that may open a clause before its subject: `But Ann Lee and Tom Reed said`.
const OPENERS = /^\s*(?:(?:but|and|yet|also|meanwhile|however)\s+)?$/i;
// A capitalised word right before the list (`Coaches Peter Mattonet`), and the first word of a mention.
const ROLE_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;
const FIRST_WORD = /^\p{L}+/u;

/**
 * `Ann Lee and Tom Reed said`, `Coaches Peter Mattonet, 48; Berndt Christochowitz, 40 and Klaus Klemenz, 55, said`:
 * when the person named before the verb closes a list of people that opens the clause, they all speak; the speaker
 * is the list with a plural role before it, else its first name (not its last). `last` is a mention of `mentions`, in text order.
 */
export function coordinatedGroup(text: string, clauseStart: number, mentions: Mention[], last: Mention): SpeakerReading | undefined {
  let index = mentions.indexOf(last);
  let first = last;
  // Made when a second name joins the list: most names close none.
  let people: Set<number> | undefined;
  while (index > 0) {
    const previous = mentions[index - 1];
    if (previous.kind === 'pronoun' || previous.span.start < clauseStart || previous.span.end > first.span.start) break;
    const gap = text.slice(previous.span.end, first.span.start);
    if (gap.length > MAX_GAP || !LIST_GAP.test(gap.replace(/\s+/g, ' '))) break;
    first = previous;
    (people ??= new Set([last.person])).add(previous.person);
    index--;
  }
  if (people === undefined || people.size < 2 || !/\sand\s/.test(text.slice(first.span.start, last.span.start))) return undefined;
  let start = first.span.start;
  // `Coaches Peter Mattonet, …`: a plural role written before the first name belongs to the whole list.
  const role = ROLE_BEFORE.exec(text.slice(Math.max(clauseStart, start - 20), start));
  const roleBefore = role !== null && PLURAL_SOURCE_NOUNS.has(role[1].toLowerCase());
  if (roleBefore) start -= role[0].length;
  // The role may be read as the first name's title (`Coaches Peter Mattonet` is one mention).
  const grouped = roleBefore || PLURAL_SOURCE_NOUNS.has((FIRST_WORD.exec(text.slice(start, first.span.end))?.[0] ?? '').toLowerCase());
  // Only a list that opens its clause is the subject: not `… met Ann Lee and Tom Reed said`.
  const opening = text.slice(clauseStart, start);
  if (!OPENERS.test(opening) && !/[,;:]\s*$/.test(opening)) return undefined;
  const span = { start, end: last.span.end };
  // `Lee, Reed and Cole said`: people named together with no noun for the group speak each for all; the statement
  // goes to the first of them (a speaker is one person or a source), and its span is the whole list.
  if (!grouped) return { speaker: { kind: 'person', person: first.person }, span };
  return { speaker: { kind: 'source', text: text.slice(start, last.span.end).replace(/\s+/g, ' ') }, span };
}
