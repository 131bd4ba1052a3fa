import { PLURAL_SOURCE_NOUNS, ROLE_NOUNS } from '../lexicon/people-words';
import { isSpaceUnit } from './char-class';
import { speakerAfter } from './speaker-after';
import { PhraseContext, SpeakerReading } from './speaker-phrase';
import { lettersEnd } from './word-scan';
import { STARTS_UPPER } from './letter-patterns';

/** A lower-case word ending in -s. */
const LOWER_PLURAL = /^\p{Ll}{3,}s$/u;
/** White space then a capital letter. */
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;

// A passive reporting verb names its source after it: `was announced by the ministry`, `are disputed by the Farmers
// Association`, `was first reported in today's Washington Post`. Without a source (`has been reported in small
// trials`, `the price was estimated at 5 dlrs`) the subject is what was reported and nobody is named as saying it.

// Passives whose subject is the listener (`he was told by Baird`), the thing endangered, charged or kept (`jobs
// threatened by the slump`, `fees charged by the agency`, `rates maintained by intervention`) or consented to (`the
// credit was agreed by the commission`), not what was said.
const NOT_SAYING_PASSIVES = new Set(['told', 'informed', 'assured', 'urged', 'asked', 'threatened', 'charged', 'maintained', 'agreed', 'pledged', 'promised']);
// Singular heads of an agent who speaks: an institution or a publication (`by the ministry`, `by a trade magazine`).
const SPEAKING_BODIES = new Set(['company', 'firm', 'government', 'department', 'ministry', 'bank', 'agency', 'court', 'commission',
  'committee', 'board', 'embassy', 'association', 'council', 'union', 'party', 'newspaper', 'magazine', 'journal', 'paper', 'daily',
  'office', 'bureau', 'authority', 'administration', 'group', 'panel', 'federation', 'institute', 'organization', 'organisation',
  'church', 'police', 'army', 'senate', 'congress', 'parliament', 'cabinet', 'spokesman', 'spokeswoman', 'spokesperson',
  'source', 'buyer', 'seller', 'maker', 'producer', 'exporter', 'importer', 'operator', 'regulator', 'utility', 'network', 'station', 'broadcaster']);
const ROLE_HEADS = new Set(ROLE_NOUNS);
// Where an agent's head noun ends: its complements and relative clauses (`a spokesman for the firm`, `a party which …`).
const HEAD_ENDS = new Set(['of', 'for', 'at', 'from', 'with', 'who', 'which', 'that', 'set', 'led', 'based']);
// What follows `by` when it gives a time, a means or an amount, not an agent.
const NOT_AGENTS = new Set(['then', 'now', 'far', 'phone', 'telephone', 'mail', 'letter', 'fax', 'telex', 'hand', 'law', 'contrast', 'comparison',
  'way', 'year', 'month', 'week', 'day', 'about', 'nearly', 'almost', 'more', 'less', 'up', 'over', 'as', 'much', 'mid', 'early', 'late', 'end']);
const TIMES_AFTER_ARTICLE = new Set(['end', 'time', 'middle', 'close', 'beginning', 'turn', 'start', 'weekend', 'year', 'month', 'week', 'margin', 'vote', 'majority', 'total', 'factor', 'percentage', 'amount', 'way']);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'some', 'many', 'several', 'other', 'local', 'two', 'three']);
// Words that name a newspaper, journal or broadcaster: `reported in the New York Times`, `in the journal Nature`.
const PUBLICATION = /^(?:Post|Times|Journal|News|Herald|Tribune|Gazette|Daily|Globe|Star|Review|Record|Telegraph|Guardian|Independent|Observer|Economist|Nature|Science|Lancet|Magazine|Chronicle|Bulletin|Mail|Express|Sun|Week|Weekly|Monthly|Quarterly|Pravda|Izvestia|Newsweek|Time|Forbes|Fortune|Insider|Digest|Courier|Inquirer|Register|Examiner|Dispatch|Today|Press|Mirror|Monitor|Standard|Sentinel)$/;
const PUBLICATION_NOUNS = new Set(['journal', 'newspaper', 'magazine', 'daily', 'weekly', 'paper', 'newsletter', 'edition', 'issue']);
const DAY_POSSESSIVE = /^(?:today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this\s+week|last\s+week|this\s+month)['’]s$/i;
const MAX_PUBLICATION_WORDS = 6;
// A day or a month is when, not who: `by Monday`, `by March`.
const WEEKDAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function skipSpace(text: string, at: number, limit: number): number {
  while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * Where the source of a passive reporting verb ending at `verbEnd` starts (after `by`, or after `in` and a day's
 * possessive before a publication), or -1 when the verb names none.
 */
export function passiveSourceStart(text: string, verb: string, verbEnd: number, limit: number): number {
  if (NOT_SAYING_PASSIVES.has(verb)) return -1;
  let at = skipSpace(text, verbEnd, limit);
  // `was first reported in`, `were publicly disputed by`: one adverb may stand between.
  let end = lettersEnd(text, at, limit);
  let word = text.slice(at, end).toLowerCase();
  if (word !== 'by' && word !== 'in' && (word.endsWith('ly') || word === 'first' || word === 'also' || word === 'again' || word === 'earlier')) {
    at = skipSpace(text, end, limit);
    end = lettersEnd(text, at, limit);
    word = text.slice(at, end).toLowerCase();
  }
  if (end === at || (word !== 'by' && word !== 'in') || !isSpaceUnit(text.charCodeAt(end))) return -1;
  const source = skipSpace(text, end, limit);
  return word === 'by' ? agentStart(text, source, limit) : publicationStart(text, source, limit);
}

/** `by the ministry`, `by Senator Lee`, `by analysts`: not `by 5 pct`, `by Friday`, `by the end of May`, `by phone`. */
function agentStart(text: string, at: number, limit: number): number {
  const end = lettersEnd(text, at, limit);
  if (end === at) return -1;
  const first = text.slice(at, end);
  const lower = first.toLowerCase();
  if (NOT_AGENTS.has(lower) || WEEKDAY_OR_MONTH.test(lower)) return -1;
  if (ARTICLES.has(lower)) {
    const next = skipSpace(text, end, limit);
    const second = text.slice(next, lettersEnd(text, next, limit)).toLowerCase();
    return second && !TIMES_AFTER_ARTICLE.has(second) && !/^\d/.test(second) ? at : -1;
  }
  // A capitalised name (`Kyodo`, `the ministry` above), or a bare plural (`by analysts`, `by some economists`).
  return STARTS_UPPER.test(first) || LOWER_PLURAL.test(first) ? at : -1;
}

/** `in today's Washington Post`, `in the New York Times`, `in the journal Nature`: where the publication's name starts. */
function publicationStart(text: string, at: number, limit: number): number {
  let start = at;
  const words: string[] = [];
  let cursor = at;
  for (let count = 0; count < MAX_PUBLICATION_WORDS + 2 && cursor < limit; count++) {
    const end = lettersEnd(text, cursor, limit);
    let full = end;
    if (text.charCodeAt(full) === 0x27 || text.charCodeAt(full) === 0x2019) full = text.charCodeAt(full + 1) === 0x73 ? full + 2 : full + 1;
    if (full === cursor) break;
    words.push(text.slice(cursor, full));
    const next = skipSpace(text, full, limit);
    if (next === full) break;
    cursor = next;
  }
  let i = 0;
  const lower = (index: number) => (words[index] ?? '').toLowerCase();
  if (lower(0) === 'the') i = 1;
  else if (DAY_POSSESSIVE.test(words[0] ?? '') || (/^(?:this|last)$/.test(lower(0)) && DAY_POSSESSIVE.test(`${words[0]} ${words[1] ?? ''}`))) i = DAY_POSSESSIVE.test(words[0] ?? '') ? 1 : 2;
  const afterDay = i > 0 && lower(0) !== 'the';
  // `in Tuesday's editions of the San Francisco Chronicle`.
  if (afterDay && /^(?:editions?|issues?|pages)$/.test(lower(i)) && lower(i + 1) === 'of') i += lower(i + 2) === 'the' ? 3 : 2;
  // `the journal Nature`, `the trade magazine Brandweek` (lower case: `Daily` opens a name).
  const described = PUBLICATION_NOUNS.has(words[i] ?? '');
  if (described) i++;
  const nameFrom = i;
  let published = afterDay || described;
  while (i < words.length && i - nameFrom < MAX_PUBLICATION_WORDS && STARTS_UPPER.test(words[i])) {
    if (PUBLICATION.test(words[i].replace(/['’]s?$/, ''))) published = true;
    i++;
  }
  if (i === nameFrom || !published) return -1;
  // The name's start, past `the` and a day's possessive: `Washington Post`.
  for (let k = 0; k < nameFrom; k++) start = skipSpace(text, start + words[k].length, limit);
  return start;
}

// Where an agent's phrase ends: a time or place after it (`by the two firms on Monday`, `by Kyodo last week`).
const AGENT_ENDS = new Set(['who', 'which', 'that', 'for', '-', '--', '_', 'on', 'in', 'at', 'last', 'this', 'next', 'during', 'after', 'before', 'since', 'yesterday', 'today', 'tonight', 'when', 'while', 'and', 'but', 'as', 'to', 'earlier', 'late', 'early']);

/** The source of a passive, read after `by`/`in` from `start` to the end of its phrase. */
export function passiveSpeaker(context: PhraseContext, start: number, sentenceEnd: number): SpeakerReading | undefined {
  const reading = speakerAfter(context, start, sentenceEnd);
  if (!reading || reading.speaker.kind !== 'source') return reading;
  const { text } = context;
  let at = reading.span.start;
  let end = at;
  while (at < reading.span.end) {
    const wordStop = lettersEnd(text, at, reading.span.end);
    let stop = wordStop;
    while (stop < reading.span.end && !isSpaceUnit(text.charCodeAt(stop))) stop++;
    const word = text.slice(at, wordStop).toLowerCase();
    // `for` ends `a spokesman for the firm` but belongs to a name (`the Centers for Disease Control`).
    if (end > reading.span.start && AGENT_ENDS.has(word) && !(word === 'for' && SPACE_THEN_CAPITAL.test(text.slice(wordStop, wordStop + 3)))) break;
    end = stop;
    at = skipSpace(text, stop, reading.span.end);
  }
  const words = text.slice(reading.span.start, end).split(/\s+/).filter(Boolean);
  const cut = words.findIndex((word, index) => index > 0 && HEAD_ENDS.has(word.toLowerCase()));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).replace(/['’]s?$|[.,]$/g, '');
  if (!speaks(head)) return undefined;
  return { speaker: { kind: 'source', text: words.join(' ') }, span: { start: reading.span.start, end } };
}

/** A head noun that may speak: a name, a plural of people, an institution, a role (not `a later test`, `the slump`). */
function speaks(head: string): boolean {
  const lower = head.toLowerCase();
  if (STARTS_UPPER.test(head)) return !WEEKDAY_OR_MONTH.test(lower);
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return PLURAL_SOURCE_NOUNS.has(lower) || SPEAKING_BODIES.has(singular) || ROLE_HEADS.has(singular);
}
