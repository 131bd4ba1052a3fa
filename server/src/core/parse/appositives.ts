import { US_STATE_WORDS } from '../lexicon/non-person-words';
import { isDigitUnit, isSpaceUnit } from './char-class';
import type { PhraseContext, SpeakerReading } from './speaker-phrase';
import type { Word } from './words-before';
import { CORPORATE_SUFFIX, DETERMINERS, PREPOSITIONS } from './speaker-words';
import { HAS_LETTER_OR_DIGIT, STARTS_UPPER } from './letter-patterns';

/** a chunk opening a relative clause or with a participle */
const OPENS_CLAUSE = /^(?:(?:who|whose|which)\b|[\p{Ll}-]+(?:ed|ing)\b)/u;
/** text ending in a capitalised word, a closing parenthesis or a digit */
const ENDS_LIKE_NAME = /(?:\p{Lu}[\p{L}\p{M}.'’-]*|\)|\d)$/u;
/** 'Acme's chief …': a capitalised possessive and a word */
const OPENS_WITH_POSSESSIVE = /^\p{Lu}[\p{L}\p{M}.&-]*['’]s\s+\p{L}/u;
/** 'Acme's former …': a capitalised possessive and a lower-case word */
const OPENS_WITH_POSSESSIVE_LOWER = /^\p{Lu}[\p{L}\p{M}.&-]*['’]s\s+\p{Ll}/u;
/** a lower-case chunk, an age, or a party and state '(D-Calif.)' */
const DESCRIPTION_CHUNK = /^(?:[\p{Ll}]|\d{1,3}$|\(?[DRI]-[A-Z][\p{L}.]*\)?$)/u;
/** text opening with an article or a lower-case word */
const OPENS_LOWER_WORD = /^\s*(?:a|an|the|[\p{Ll}-]+)\b/u;
/** one to five capitalised words, optionally after 'The' */
const CAPITALISED_NAME = /^(?:The\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}$/u;
/** a lower-case word then white space */
const OPENS_LOWER_WORD_AND_SPACE = /^\p{Ll}+\s/u;

/**
 * `Wayne Jones, vice president at Outboard, said`: steps back over comma-separated appositives (a lower-case
 * description, `a/the …`, `who …`, a party tag `D-Pa.`, an age, `Inc.`) to where the subject ends.
 * Returns -1 when the part before the comma is not a subject.
 */
export function subjectBeforeAppositives(context: PhraseContext, start: number, comma: number): number {
  const { text } = context;
  const listed = beforePrepositionalList(text, start, comma);
  if (listed >= 0) return listed;
  let end = comma;
  // Where the chunk after the current one ends: the subject, when the clause opens with a prepositional phrase.
  let laterEnd = -1;
  for (let guard = 0; guard < 10; guard++) {
    const previousComma = commaBefore(text, start, end - 1);
    const chunkStart = previousComma >= start ? previousComma + 1 : start;
    // A short name defined in parentheses (`AmeriLife Group, LLC ("AmeriLife")`) is no quotation.
    const trimmed = text.slice(chunkStart, end).trim();
    let chunk = trimmed.includes('(') ? trimmed.replace(/\(["“][^"“”()]{1,40}["”]\)/g, '').trim() : trimmed;
    // `"…," Norman Polmar, a defense analyst, said`: the comma before is the quotation's own; the clause opens after it.
    const afterQuotation = previousComma >= start ? /^(?:["”]|'')\s*/.exec(chunk) : null;
    if (afterQuotation) chunk = chunk.slice(afterQuotation[0].length);
    const first = chunkStart === start || afterQuotation !== null;
    if (/["“”]/.test(chunk)) return -1;
    const clause = OPENS_CLAUSE.test(chunk) || adjectivePhrase(chunk) || OWNED_BY.test(chunk);
    const determined = /^(?:a|an|the|his|her|its|their|who|whose|which)\s/i.test(chunk);
    if (!determined && !clause && context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.end <= end && mention.span.end >= end - 2 && mention.span.start >= chunkStart)) return end;
    // `In a filing with the SEC, the group, led by Acme, said`: a prepositional phrase opening the clause is no subject.
    if (first && laterEnd >= 0 && OPENING_PREPOSITION.test(chunk)) return laterEnd;
    if (first) return clause ? -1 : end;
    const previousEnd = text.slice(Math.max(start, chunkStart - 40), chunkStart - 1).trimEnd();
    // A ticker-bracketed name (`<Meston Lake Resources Inc>`) ends a name too.
    const afterName = ENDS_LIKE_NAME.test(previousEnd) || previousEnd.endsWith('>');
    // `SeABank's Vice Chairwoman of the Board`, `Chief Executive of Acme`: a capitalised role is a description too.
    // Only right after a named person: `Earlier, Prime Minister Blair's spokesman, … said` keeps the spokesman.
    const role = (OPENS_WITH_POSSESSIVE.test(chunk) || context.lexicon.isPersonTitle(chunk.split(/\s/)[0]) || organisationRole(context, chunk))
      && context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.end <= chunkStart - 1 && mention.span.end >= chunkStart - 3);
    // `The Botanist, Ohio's premier cannabis brand, announced`: an owner's description after a name of its own.
    const ownedDescription = OPENS_WITH_POSSESSIVE_LOWER.test(chunk) && namesChunk(text.slice(Math.max(start, commaBefore(text, start, chunkStart - 2) + 1), chunkStart - 1));
    // `An official in Tulsa, Okla., said`: a state after a town is part of the place, not the subject.
    const stateOfPlace = US_STATE_WORDS.has(chunk.toLowerCase());
    // `Kaneb Energy Partners, 82 pct owned by Kaneb Services, said`: a stake held by an owner describes the firm before it.
    const stake = OWNED_STAKE.test(chunk);
    const description = role || ownedDescription || stateOfPlace || stake || DESCRIPTION_CHUNK.test(chunk) || CORPORATE_SUFFIX.test(withoutClosingParenthesis(chunk));
    // A description split by its own commas (`the high-performance, no-code … company`) continues to the name.
    const continued = description && OPENS_LOWER_WORD.test(text.slice(Math.max(start, commaBefore(text, start, chunkStart - 2) + 1), chunkStart - 1)) && !afterName;
    if (!clause && !(description && afterName) && !continued) return end;
    laterEnd = end;
    end = previousComma;
  }
  return -1;
}

const OWNED_STAKE = /^(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:pct|%|percent|per\s+cent)[\s-]+(?:owned|held|controlled)\s/i;
const MAX_ORGANISATION_ROLE_WORDS = 5;

/** `GB News CEO`, `Acme Foods Director`: an organisation's capitalised name, then the office held there. */
export function organisationRole(context: PhraseContext, chunk: string): boolean {
  const words = chunk.split(/\s+/);
  if (words.length < 2 || words.length > MAX_ORGANISATION_ROLE_WORDS || !words.every((word) => STARTS_UPPER.test(word))) return false;
  // `KV Co-CEO`: a shared office is the office.
  const last = words[words.length - 1].replace(/^co-/i, '');
  return context.lexicon.isPersonTitle(last) || context.lexicon.isRoleNoun(last);
}

// `Carling O'Keefe Ltd, 50.1 pct owned by Elders, said`, `Teleglobe, owned by <Memotec> said`: a participle and its
// agent describe the firm before the comma.
export const OWNED_BY = /^(?:\d[\d.,]*\s*(?:pct|percent|per cent|%)\s+)?(?:\p{Ll}+ly\s+)?(?:owned|held|controlled|led|backed|run|managed|based)\s+(?:by|in)\s/u;

/** The last comma at or before `from` (not before `start`, else -1) that is not inside a number (`23,400`). */
function commaBefore(text: string, start: number, from: number): number {
  let at = text.lastIndexOf(',', from);
  while (at > start && isDigitUnit(text.charCodeAt(at - 1)) && isDigitUnit(text.charCodeAt(at + 1))) at = text.lastIndexOf(',', at - 1);
  return at;
}

const OPENING_PREPOSITION = /^(?:in|at|on|for|with|during|after|before|under|by|from|through|since|despite|following|amid|unlike)\s/i;

// Adjectives that take a complement in an appositive set off by commas: `leaders, nervous about the debate, said`.
const COMPLEMENTED_ADJECTIVES = new Set(['nervous', 'anxious', 'eager', 'keen', 'angry', 'furious', 'upset', 'unhappy',
  'happy', 'worried', 'concerned', 'confident', 'wary', 'skeptical', 'sceptical', 'critical', 'aware', 'mindful',
  'fearful', 'responsible', 'famous', 'reluctant', 'unwilling', 'desperate', 'sensitive', 'familiar', 'alarmed',
  'uneasy', 'hopeful', 'optimistic', 'pessimistic', 'proud', 'impatient', 'cautious', 'silent', 'unaware']);

/** `nervous about possible remarks`: an adjective with its complement describes the subject before it. */
function adjectivePhrase(chunk: string): boolean {
  const words = chunk.split(/\s+/, 2);
  return words.length === 2 && COMPLEMENTED_ADJECTIVES.has(words[0]) && (PREPOSITIONS.has(words[1]) || /^(?:about|over|that)$/.test(words[1]));
}

// Words that open a sentence before its subject: `Earlier, Prime Minister Blair's spokesman … said` is no name.
const OPENING_ADVERBS = new Set(['earlier', 'later', 'meanwhile', 'however', 'separately', 'elsewhere', 'still', 'instead',
  'yesterday', 'today', 'also', 'again', 'nevertheless', 'moreover', 'furthermore', 'additionally', 'finally', 'previously',
  'recently', 'now', 'then', 'indeed', 'overall', 'similarly', 'likewise', 'otherwise', 'initially']);

/** A chunk that is a name (`The Botanist`, `Acme Foods`), not an opening adverb (`Earlier`). */
function namesChunk(chunk: string): boolean {
  const trimmed = chunk.trim();
  return CAPITALISED_NAME.test(trimmed) && !OPENING_ADVERBS.has(trimmed.toLowerCase());
}

const LIST_PREPOSITION = /^(?:by|of|from|with|including|among)\s+(?:the\s+)?\p{Lu}/u;
const LISTED_NAME = /^(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:and|or|of|the|\p{Lu}[\p{L}\p{M}.'’-]*)){0,5}$/u;

/**
 * `The Paris Agreement, by the United States, Japan, France and Canada, called for …`: a prepositional phrase whose
 * names run on in a comma list stands between the subject and the verb; the subject ends before it.
 */
function beforePrepositionalList(text: string, start: number, comma: number): number {
  if (comma <= start || comma - start > 300) return -1;
  // Two commas at least before this one, else no list: most clauses are turned away before a slice and a split.
  const firstComma = text.indexOf(',', start);
  const secondComma = firstComma < 0 ? -1 : text.indexOf(',', firstComma + 1);
  if (secondComma < 0 || secondComma >= comma) return -1;
  const clause = text.slice(start, comma);
  const chunks = clause.split(',');
  if (chunks.length < 3) return -1;
  let offset = start + chunks[0].length + 1;
  for (let k = 1; k < chunks.length; k++) {
    if (LIST_PREPOSITION.test(chunks[k].trim())) {
      const rest = chunks.slice(k + 1).map((chunk) => chunk.trim());
      return rest.length > 0 && rest.every((chunk) => LISTED_NAME.test(chunk)) ? offset - 1 : -1;
    }
    offset += chunks[k].length + 1;
  }
  return -1;
}

/**
 * The chunk without a parenthesis that runs to its end (`Acme Inc. (NYSE: ACM)` → `Acme Inc.`): what
 * `chunk.replace(/\s*\(.*$/, '')` gives, in linear time (that regex is quadratic on a long run of white space).
 */
function withoutClosingParenthesis(chunk: string): string {
  let lineStart = 0;
  for (let i = chunk.length - 1; i >= 0; i--) {
    const code = chunk.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      lineStart = i + 1; // `.` stops at a line break, so only a parenthesis after the last one runs to the end
      break;
    }
  }
  const paren = chunk.indexOf('(', lineStart);
  if (paren < 0) return chunk;
  let cut = paren;
  while (cut > 0 && isSpaceUnit(chunk.charCodeAt(cut - 1))) cut--;
  return chunk.slice(0, cut);
}

/**
 * `Khalil Tufakji, chief cartographer for the Authority charged`: AP drops the comma that closes an appositive, so a
 * name that opens the clause, followed by a comma and a bare lower-case role (no article, no clause word), is the subject.
 */
export function describedAfterName(context: PhraseContext, clauseStart: number, words: Word[]): SpeakerReading | undefined {
  const { text } = context;
  // Only white space may stand between the clause's last comma and the words: read back to it in place.
  let comma = words[0].start;
  while (comma > clauseStart && isSpaceUnit(text.charCodeAt(comma - 1))) comma--;
  if (comma === clauseStart || text.charCodeAt(--comma) !== 0x2c) return undefined;
  const role = text.slice(comma + 1, words[words.length - 1].end).trim();
  // `Brian Cooper, KV Co-CEO said`: an organisation and its office, capitalised, without the closing comma.
  const lowerCaseRole = OPENS_LOWER_WORD_AND_SPACE.test(role) && !DETERMINERS.test(role.split(/\s/)[0]) && role.split(/\s+/).length >= 3;
  if (!(lowerCaseRole || organisationRole(context, role)) || /["“”]|\b(?:that|which|who|and|but|said|says)\b/.test(role)) return undefined;
  const name = context.mentions.find((mention) => mention.kind !== 'pronoun' && mention.span.end >= comma - 1 && mention.span.end <= comma);
  if (!name || HAS_LETTER_OR_DIGIT.test(text.slice(clauseStart, name.span.start))) return undefined;
  return { speaker: { kind: 'person', person: name.person }, span: name.span };
}
