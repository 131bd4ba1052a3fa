import { Mention, Span, Speaker } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { US_STATE_WORDS } from '../lexicon/non-person-words';
import { PLURAL_SOURCE_NOUNS, SPOKESPEOPLE_PLURALS } from '../lexicon/people-words';
import { firstEndingAfter } from '../span-search';
import { isLetterUnit, isSpaceUnit, isWordPartUnit } from './char-class';
import { coordinatedGroup } from './coordinated-speakers';

export interface SpeakerReading {
  speaker: Speaker;
  span: Span;
}

export interface PhraseContext {
  text: string;
  /** The mentions of the sentence, in text order. */
  mentions: Mention[];
  lexicon: Lexicon;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

// Words that may stand between a speaker and the verb: `Xi also said`, `officials have said`, `the ministry today said`.
const BETWEEN = new Set(['also', 'further', 'later', 'again', 'earlier', 'then', 'has', 'have', 'had', 'once', 'was', 'is',
  'were', 'are', 'be', 'been', 'even', 'last', 'often', 'today', 'yesterday', 'tonight', 'now', 'still', 'already', 'so',
  'far', 'itself', 'himself', 'herself', 'themselves', 'never', 'not', 'just', 'in', 'turn', 'however', 'too', 'would',
  'will', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'on', 'week', 'night', 'morning', 'afternoon', 'evening']);
// A speaker phrase stops at these words when read backwards from the verb.
const CLAUSE_BREAKS = new Set(['that', 'and', 'but', 'which', 'while', 'as', 'because', 'if', 'when', 'where', 'so', 'than', 'what', 'whether']);
const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|some|many|several|other|one|two|three|four|five|six|seven|eight|nine|ten|\d+|most|local|u\.s\.)$/i;
const CORPORATE_SUFFIX = /^(?:inc|inc\.|llc|ltd|ltd\.|plc|corp|corp\.|co\.|co|n\.v\.|s\.a\.|ag|gmbh)$/i;
const MAX_SPEAKER_WORDS = 7;
// After an inverted verb: a short capitalised or determined speaker (at most three words, no possessive: not a
// clause like `said Leisure's ruling was wrong`) that ends the sentence (`said INA.`).
const SHORT_INVERTED_TAIL = /^\s+(?:the\s+|a\s+|an\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+[\p{L}\p{M}.&-]+){0,2}\s*[.!?]?["”'’]*\s*$/u;
// `…, said the document.`, `…, said a spokesman.`: a determined noun phrase that ends the sentence is the speaker.
// At most two words after the article, the last not a verb (`said the plan failed.` is a clause, not a speaker).
const SHORT_INVERTED_DESCRIPTION = /^\s+(?:the|a|an|its|his|her|their)\s+\p{Ll}[\p{L}\p{M}-]*(?:\s+\p{Ll}[\p{L}\p{M}-]*)?\s*[.!?]["”'’]*\s*$/u;
const CLAUSE_FINAL_VERB = /(?:ed|^is|^was|^are|^were|^fell|^rose|^grew|^won|^lost|^did|^will|^would|^can|^could|^failed|^works?|^pass)$/;
const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'to', 'with', 'on']);
// `…, said state officials.`, `…, said New York health officials in Albany.`: a bare plural of people who speak for
// an office or a trade, at the head of a short phrase ending the sentence, is an inverted speaker without an article.
const SPOKESPEOPLE = new Set(SPOKESPEOPLE_PLURALS);
const MAX_INVERTED_SOURCE_WORDS = 5;
const COORDINATORS = new Set(['and', 'but', 'or']);
const LONE_CLAUSE_WORDS = new Set(['once', 'after', 'before', 'unless', 'although', 'though', 'since', 'until', 'whenever', 'also', 'commonly', 'often']);
// A nationality or a country's initials before a common noun (`Ruritanian officials`, `Chinese diplomats`, `U.S.
// officials`, `EU officials`), not any capitalised word (`Private sources` opening a sentence).
const PROPER_MODIFIER = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)|\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{2,4})$/u;
// Words that follow a participle describing a noun (`officials working for the city`, `creators operating out of …`).
const AFTER_PARTICIPLE = new Set(['out', 'of', 'in', 'at', 'for', 'from', 'on', 'with', 'near', 'across', 'under', 'inside', 'outside', 'the', 'a', 'an']);
const RIGHT_AFTER_COORDINATOR = /(?:^|\s)(?:and|but|or)\s+$/i;

/** The speaker named before an attribution verb: `Xi said`, `the ministry also said`, `Jane Doe, CEO of Acme, said`. */
export function speakerBefore(context: PhraseContext, clauseStart: number, verbStart: number, verbEnd = verbStart, sentenceEnd = verbEnd, mayInvert = true): SpeakerReading | undefined {
  const { text } = context;
  const bracketed = bracketedSubject(context, clauseStart, verbStart);
  if (bracketed) return bracketed;
  let end = skipBackOver(text, clauseStart, verbStart);
  // `Patrick Buchanan, who declared …`: the speaker stands before the relative pronoun.
  // `The ministry, which said …`: so does `which`.
  // Not `the WHO said`: the World Health Organization in capitals.
  const relative = /(?:^|[^\p{L}])(who|which|Who|Which)$/u.exec(text.slice(Math.max(clauseStart, end - 6), end));
  if (relative) end = skipBackOver(text, clauseStart, end - relative[1].length);
  let before = previousChar(text, clauseStart, end);
  if (before.char === ',' && /(?:^|[^\p{L}])who$/iu.test(text.slice(Math.max(clauseStart, before.at - 4), before.at))) before = { char: '', at: before.at };
  if (before.char === ',') {
    if (/["”'’]/.test(previousChar(text, clauseStart, before.at).char)) return undefined; // `"…," said X`: inverted
    if (mayInvert && SHORT_INVERTED_TAIL.test(text.slice(verbEnd, sentenceEnd))) return undefined; // `…, said INA.`
    if (mayInvert && roleAndNameTail(text.slice(verbEnd, sentenceEnd))) return undefined; // `…, said lead manager Acme Inc.`
    if (mayInvert && invertedDescription(text.slice(verbEnd, sentenceEnd))) return undefined; // `…, said the report.`
    if (mayInvert && invertedPluralSource(text.slice(verbEnd, sentenceEnd))) return undefined; // `…, said state officials.`
    if (mayInvert && namedRightAfter(context, verbEnd)) return undefined; // `…, said Fabien Tillon, a spokesman`
    end = subjectBeforeAppositives(context, clauseStart, before.at);
    if (end < 0) return undefined;
    // `D-Wave Quantum (NYSE: QBTS), a leader in …, announced`: the ticker after the subject is no part of it.
    end = skipBackOver(text, clauseStart, end);
  } else if (before.char === '' && before.at !== end - 1) {
    end = before.at + 1;
  }
  const words = wordsBefore(text, clauseStart, end);
  if (!words.length) return undefined;
  const last = words[words.length - 1];
  if (COORDINATORS.has(last.text.toLowerCase())) return coordinatedSubject(context, clauseStart, last.start);
  // `Karen Koenig, who is a co-plaintiff, at one point asked …`: an adverbial phrase after a comma is no subject.
  if (adverbialAfterComma(context, clauseStart, words)) return speakerBefore(context, clauseStart, words[0].start, verbEnd, sentenceEnd, false);
  const mention = mentionEndingAt(context.mentions, last);
  // `Kidman, Cruise and Curtis, who wrote …`: a relative clause after a list may be about its last name alone.
  const group = (named: Mention) => (relative ? undefined : coordinatedGroup(text, clauseStart, context.mentions, named));
  if (mention) return group(mention) ?? { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  // `David Gray from AMSA said`, `Lance Roberts of the Alliance said`: a person with where they work.
  const person = lastMention(context.mentions, (candidate) => candidate.kind !== 'pronoun' && candidate.span.start >= words[0].start && candidate.span.end < last.end);
  if (person && /^\s+(?:from|of|at|with|for)\s/.test(text.slice(person.span.end, person.span.end + 6))) {
    return group(person) ?? { speaker: { kind: 'person', person: person.person }, span: person.span };
  }
  return describedAfterName(context, clauseStart, words) ?? phraseSpeaker(words);
}

// Prepositions that open an adverbial phrase between a subject and its verb (`at one point`, `in a letter`).
// Not `after`, `before` or `since`, which also open a clause with a subject of its own (`after the company reported`),
// nor `with`, which opens one with a participle (`with the balance added`).
const ADVERBIAL_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'for', 'under', 'by', 'without', 'through']);
const MAX_ADVERBIAL_WORDS = 4;

/** A short prepositional phrase of lower-case words, right after a comma and naming nobody, before the verb. */
function adverbialAfterComma(context: PhraseContext, clauseStart: number, words: Word[]): boolean {
  if (words.length < 2 || words.length > MAX_ADVERBIAL_WORDS || !ADVERBIAL_PREPOSITIONS.has(words[0].text)) return false;
  const last = words[words.length - 1].text;
  // `…, at least 20 people said`: a phrase ending in people is the subject, with its quantity.
  if (!/^\p{Ll}+$/u.test(last) || PLURAL_SOURCE_NOUNS.has(last) || DETERMINERS.test(last) || /^(?:least|most)$/.test(words[1].text) || words.slice(1).some((word) => !/^[\p{Ll}\d]/u.test(word.text))) return false;
  if (previousChar(context.text, clauseStart, words[0].start).char !== ',') return false;
  return !context.mentions.some((mention) => mention.span.start >= words[0].start && mention.span.start < words[words.length - 1].end);
}

const MAX_ROLE_AND_NAME_WORDS = 8;

/** `said lead manager Merrill Lynch Capital Markets.`: one or two lower-case role words, then a name, to the sentence end. */
function roleAndNameTail(tail: string): boolean {
  if (tail.length > 100) return false;
  const trimmed = tail.trim();
  if (!/[.!?]["”'’]*$/.test(trimmed)) return false;
  const words = trimmed.replace(/[.!?]["”'’]*$/, '').split(/\s+/);
  if (words.length > MAX_ROLE_AND_NAME_WORDS) return false;
  const firstName = words.findIndex((word) => /^\p{Lu}/u.test(word));
  if (firstName < 1 || firstName > 2) return false;
  const role = words.slice(0, firstName);
  if (!role.every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !CLAUSE_BREAKS.has(word) && !BETWEEN.has(word) && !/^(?:it|they|he|she|we|i)$/.test(word))) return false;
  return words.slice(firstName).every((word) => /^(?:\p{Lu}|&$|and$|of$)/u.test(word));
}

function invertedDescription(tail: string): boolean {
  if (!SHORT_INVERTED_DESCRIPTION.test(tail)) return false;
  const words = tail.trim().split(/\s+/);
  return words.length < 3 || !CLAUSE_FINAL_VERB.test(words[words.length - 1].replace(/[^\p{L}-]/gu, ''));
}

/** `… and said nothing about prices`: the verb comes right after a coordinator, so it is not inverted. */
export function followsCoordinator(text: string, clauseStart: number, verbStart: number): boolean {
  return RIGHT_AFTER_COORDINATOR.test(text.slice(Math.max(clauseStart, verbStart - 5), verbStart));
}

/**
 * `He questioned whether the rule was fair and said …`: a verb after `and` shares the subject that opens the clause.
 * Only a person or pronoun named by the clause's first word is taken; anything else is left unattributed rather than
 * giving the statement the words before `and` as its speaker.
 */
function coordinatedSubject(context: PhraseContext, clauseStart: number, conjunctionStart: number): SpeakerReading | undefined {
  const { text } = context;
  let start = clauseStart;
  while (start < conjunctionStart && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  const mention = context.mentions.find((candidate) => candidate.span.start === start && candidate.span.end < conjunctionStart);
  if (mention) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  const pronoun = /^(?:he|she)\b/i.exec(text.slice(start, start + 4));
  return pronoun ? { speaker: { kind: 'unresolved', text: pronoun[0] }, span: { start, end: start + pronoun[0].length } } : undefined;
}

function invertedPluralSource(tail: string): boolean {
  if (tail.length > 120) return false;
  const comma = tail.indexOf(',');
  let body: string;
  if (comma >= 0) {
    body = tail.slice(0, comma); // `…, said state officials, given the parks there.`
  } else {
    let end = tail.trimEnd().length;
    while (end > 0 && `"”'’`.includes(tail[end - 1])) end--; // closing quotation marks after the full stop
    if (!/[.!?]$/.test(tail.slice(0, end))) return false;
    body = tail.slice(0, end - 1);
  }
  const words = body.trim().split(/\s+/);
  // The head comes before any prepositional phrase (`officials in Albany`); there is no clause word anywhere.
  const cut = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word.toLowerCase()));
  const head = cut > 0 ? words.slice(0, cut) : words;
  if (head.length > MAX_INVERTED_SOURCE_WORDS || words.some((word) => CLAUSE_BREAKS.has(word.toLowerCase()))) return false;
  return isPluralSource(head[head.length - 1].toLowerCase());
}

/** A plural source, also as wire copy misspells it (`officals`, `offcials`): one letter added, dropped or changed. */
function isPluralSource(word: string): boolean {
  if (SPOKESPEOPLE.has(word)) return true;
  if (word.length < 7 || !word.endsWith('s')) return false;
  for (const source of SPOKESPEOPLE) if (Math.abs(source.length - word.length) <= 1 && oneEditApart(source, word)) return true;
  return false;
}

function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** `<General Partners> said`: a ticker-bracketed company that is the whole subject names the speaker. */
function bracketedSubject(context: PhraseContext, clauseStart: number, verbStart: number): SpeakerReading | undefined {
  const { text } = context;
  let end = verbStart;
  while (end > clauseStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (text[end - 1] !== '>') return undefined;
  const open = text.lastIndexOf('<', end - 1);
  if (open < clauseStart || end - open > 60 || /[\p{L}\p{N}]/u.test(text.slice(clauseStart, open))) return undefined;
  const inner = text.slice(open + 1, end - 1).trim();
  if (!/^\p{Lu}/u.test(inner)) return undefined;
  const start = text.indexOf(inner, open);
  return { speaker: { kind: 'source', text: inner.replace(/\s+/g, ' ') }, span: { start, end: start + inner.length } };
}

/**
 * `Khalil Tufakji, chief cartographer for the Authority charged`: AP drops the comma that closes an appositive, so a
 * name that opens the clause, followed by a comma and a bare lower-case role (no article, no clause word), is the subject.
 */
function describedAfterName(context: PhraseContext, clauseStart: number, words: Word[]): SpeakerReading | undefined {
  const { text } = context;
  // Searched within the clause: `lastIndexOf` on the whole text would run back to the story's last comma.
  const inClause = text.slice(clauseStart, words[0].start).lastIndexOf(',');
  const comma = inClause < 0 ? -1 : clauseStart + inClause;
  if (comma < 0 || /\S/.test(text.slice(comma + 1, words[0].start))) return undefined;
  const role = text.slice(comma + 1, words[words.length - 1].end).trim();
  if (!/^\p{Ll}+\s/u.test(role) || DETERMINERS.test(role.split(/\s/)[0]) || role.split(/\s+/).length < 3 || /["“”]|\b(?:that|which|who|and|but|said|says)\b/.test(role)) return undefined;
  const name = context.mentions.find((mention) => mention.kind !== 'pronoun' && mention.span.end >= comma - 1 && mention.span.end <= comma);
  if (!name || /[\p{L}\p{N}]/u.test(text.slice(clauseStart, name.span.start))) return undefined;
  return { speaker: { kind: 'person', person: name.person }, span: name.span };
}

function namedRightAfter(context: PhraseContext, verbEnd: number): boolean {
  let at = verbEnd;
  while (at < context.text.length && isSpaceUnit(context.text.charCodeAt(at))) at++;
  // Only a name that ends its clause (`said Fabien Tillon, a spokesman`), not the subject of the reported words.
  return context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.start === at && /^(?:\s*[,.;:!?]|\s*$)/.test(context.text.slice(mention.span.end, mention.span.end + 2)) && !/^['’]/.test(context.text.slice(mention.span.end, mention.span.end + 1)));
}

/** Steps back over adverbs, days, tickers and parentheses between the speaker and the verb. */
function skipBackOver(text: string, start: number, end: number): number {
  for (;;) {
    let at = end;
    while (at > start && isSpaceUnit(text.charCodeAt(at - 1))) at--;
    const close = text[at - 1];
    if (close === ')' || close === '>') {
      const open = text.lastIndexOf(close === ')' ? '(' : '<', at - 1);
      if (open < start || at - open > 60) return end;
      end = open;
      continue;
    }
    let wordStart = at;
    while (wordStart > start && isLetterUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, at);
    if (word && (BETWEEN.has(word.toLowerCase()) || (/ly$/.test(word) && word === word.toLowerCase() && word.length > 4 && !LY_NOUNS.has(word) && !publicationAfterArticle(text, start, wordStart, word)))) {
      end = wordStart;
      continue;
    }
    return at;
  }
}

// `the daily said`: after an article these name a paper; after its name (`Le Soir daily said`) the name is the speaker.
const PUBLICATION_WORDS = new Set(['daily', 'weekly', 'monthly', 'quarterly']);

function publicationAfterArticle(text: string, start: number, wordStart: number, word: string): boolean {
  return PUBLICATION_WORDS.has(word) && /(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(Math.max(start, wordStart - 5), wordStart));
}

// Nouns that end like an adverb: `members of his family said` names the family, not a manner.
const LY_NOUNS = new Set(['family', 'assembly', 'supply', 'rally', 'ally', 'monopoly', 'anomaly', 'reply', 'homily', 'folly', 'bully', 'belly', 'lily']);

function previousChar(text: string, start: number, end: number): { char: string; at: number } {
  let at = end;
  while (at > start && isSpaceUnit(text.charCodeAt(at - 1))) at--;
  return { char: at > start ? text[at - 1] : '', at: at - 1 };
}

/**
 * `Wayne Jones, vice president at Outboard, said`: steps back over comma-separated appositives (a lower-case
 * description, `a/the …`, `who …`, a party tag `D-Pa.`, an age, `Inc.`) to where the subject ends.
 * Returns -1 when the part before the comma is not a subject.
 */
function subjectBeforeAppositives(context: PhraseContext, start: number, comma: number): number {
  const { text } = context;
  const listed = beforePrepositionalList(text, start, comma);
  if (listed >= 0) return listed;
  let end = comma;
  // Where the chunk after the current one ends: the subject, when the clause opens with a prepositional phrase.
  let laterEnd = -1;
  for (let guard = 0; guard < 10; guard++) {
    const previousComma = text.lastIndexOf(',', end - 1);
    const chunkStart = previousComma >= start ? previousComma + 1 : start;
    // A short name defined in parentheses (`AmeriLife Group, LLC ("AmeriLife")`) is no quotation.
    const chunk = text.slice(chunkStart, end).trim().replace(/\(["“][^"“”()]{1,40}["”]\)/g, '').trim();
    if (/["“”]/.test(chunk)) return -1;
    const clause = /^(?:(?:who|whose|which)\b|[\p{Ll}-]+(?:ed|ing)\b)/u.test(chunk) || adjectivePhrase(chunk);
    const determined = /^(?:a|an|the|his|her|its|their|who|whose|which)\s/i.test(chunk);
    if (!determined && !clause && context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.end <= end && mention.span.end >= end - 2 && mention.span.start >= chunkStart)) return end;
    // `In a filing with the SEC, the group, led by Acme, said`: a prepositional phrase opening the clause is no subject.
    if (chunkStart === start && laterEnd >= 0 && OPENING_PREPOSITION.test(chunk)) return laterEnd;
    if (chunkStart === start) return clause ? -1 : end;
    const previousEnd = text.slice(Math.max(start, chunkStart - 40), chunkStart - 1).trimEnd();
    const afterName = /(?:\p{Lu}[\p{L}\p{M}.'’-]*|\)|\d)$/u.test(previousEnd);
    // `SeABank's Vice Chairwoman of the Board`, `Chief Executive of Acme`: a capitalised role is a description too.
    // Only right after a named person: `Earlier, Prime Minister Blair's spokesman, … said` keeps the spokesman.
    const role = (/^\p{Lu}[\p{L}\p{M}.&-]*['’]s\s+\p{L}/u.test(chunk) || context.lexicon.isPersonTitle(chunk.split(/\s/)[0]))
      && context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.end <= chunkStart - 1 && mention.span.end >= chunkStart - 3);
    // `The Botanist, Ohio's premier cannabis brand, announced`: an owner's description after a name of its own.
    const ownedDescription = /^\p{Lu}[\p{L}\p{M}.&-]*['’]s\s+\p{Ll}/u.test(chunk) && namesChunk(text.slice(Math.max(start, text.lastIndexOf(',', chunkStart - 2) + 1), chunkStart - 1));
    // `An official in Tulsa, Okla., said`: a state after a town is part of the place, not the subject.
    const stateOfPlace = US_STATE_WORDS.has(chunk.toLowerCase());
    const description = role || ownedDescription || stateOfPlace || /^(?:[\p{Ll}]|\d{1,3}$|\(?[DRI]-[A-Z][\p{L}.]*\)?$)/u.test(chunk) || CORPORATE_SUFFIX.test(chunk.replace(/\s*\(.*$/, ''));
    // A description split by its own commas (`the high-performance, no-code … company`) continues to the name.
    const continued = description && /^\s*(?:a|an|the|[\p{Ll}-]+)\b/u.test(text.slice(Math.max(start, text.lastIndexOf(',', chunkStart - 2) + 1), chunkStart - 1)) && !afterName;
    if (!clause && !(description && afterName) && !continued) return end;
    laterEnd = end;
    end = previousComma;
  }
  return -1;
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
  return /^(?:The\s+)?\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}$/u.test(trimmed) && !OPENING_ADVERBS.has(trimmed.toLowerCase());
}

const LIST_PREPOSITION = /^(?:by|of|from|with|including|among)\s+(?:the\s+)?\p{Lu}/u;
const LISTED_NAME = /^(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:and|or|of|the|\p{Lu}[\p{L}\p{M}.'’-]*)){0,5}$/u;

/**
 * `The Paris Agreement, by the United States, Japan, France and Canada, called for …`: a prepositional phrase whose
 * names run on in a comma list stands between the subject and the verb; the subject ends before it.
 */
function beforePrepositionalList(text: string, start: number, comma: number): number {
  const clause = text.slice(start, comma);
  if (clause.length > 300) return -1;
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

/** The words just before `end`, back to punctuation, a clause word or the clause start. */
function wordsBefore(text: string, clauseStart: number, end: number): Word[] {
  const words: Word[] = [];
  while (words.length < MAX_SPEAKER_WORDS + 6) {
    while (end > clauseStart && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > clauseStart && isWordPartUnit(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    // `A member of the board which regulates the system predicted`: the relative clause belongs to the speaker.
    // `Ahmed, who authorities said …`: a source right after `who` is the subject of the verb, and `who` its object.
    const subjectAfterWho = lower === 'who' && words.length > 0 && (SPOKESPEOPLE.has(words[0].text.toLowerCase()) || /^(?:they|we)$/i.test(words[0].text));
    if (subjectAfterWho) break;
    const relative = (lower === 'who' && word !== 'WHO') || (lower === 'which' && /^\p{Ll}+(?:s|ed)$/u.test(words[0]?.text ?? '') && !DETERMINERS.test(words[0].text));
    // `two site creators operating out of Maryland are claiming`: a participle with its phrase describes the noun before it
    // (after an auxiliary it is a verb, `is waiting for`; after an article and before `of` a noun, `a meeting of`).
    const participle = words.length > 0 && lower.length > 5 && lower.endsWith('ing') && lower === word && AFTER_PARTICIPLE.has(words[0].text.toLowerCase()) && !/(?:^|\s)(?:is|are|was|were|be|been)\s+(?:(?:still|now|also|not|\p{Ll}+ly)\s+)?$/iu.test(text.slice(Math.max(clauseStart, start - 20), start)) && !(words[0].text === 'of' && /(?:^|\s)(?:a|an|the)\s+$/i.test(text.slice(Math.max(clauseStart, start - 5), start)));
    if ((relative || participle) && words.length > 0) {
      // `An analyst who wanted anonymity said`: the speaker is the noun before `who`.
      words.length = 0;
      end = start;
      continue;
    }
    if (CLAUSE_BREAKS.has(lower) && words.length > 0) {
      // `Carolina Power and Light Co`, `Cable and Wireless`: `and` inside a capitalised name does not break it.
      const nextCapital = /^\p{Lu}/u.test(words[0].text);
      const previousCapital = /\p{Lu}[\p{L}.]*\s*$/u.test(text.slice(Math.max(clauseStart, start - 20), start));
      if (!(lower === 'and' && nextCapital && previousCapital)) break;
    }
    words.unshift({ text: word, start, end });
    end = start;
  }
  return words;
}

function phraseSpeaker(words: Word[]): SpeakerReading | undefined {
  const last = words[words.length - 1];
  if (!/\p{L}/u.test(last.text)) return undefined;
  const lower = last.text.toLowerCase();
  // `When asked how …`, `If pressed …`: a clause word alone is no speaker.
  if (words.length === 1 && (CLAUSE_BREAKS.has(lower) || LONE_CLAUSE_WORDS.has(lower))) return undefined;
  if (lower === 'he' || lower === 'she') return { speaker: { kind: 'unresolved', text: last.text }, span: { start: last.start, end: last.end } };
  // `an acknowledged homosexual`, `the alleged plot`: a verb form right after an article modifies the noun after it.
  if (ARTICLES_AND_POSSESSIVES.has(lower)) return undefined;
  // A noun phrase: from the nearest determiner or the start of a capitalised name, at most a few words back.
  let first = words.length - 1;
  while (first > 0 && words.length - first < MAX_SPEAKER_WORDS && !DETERMINERS.test(words[first].text)) first--;
  if (!DETERMINERS.test(words[first].text)) {
    first = words.length - 1;
    const capitalised = /^\p{Lu}/u.test(last.text);
    while (first > 0 && words.length - first < 6 && (capitalised ? /^(?:\p{Lu}|and$|of$|&$)/u.test(words[first - 1].text) : /^\p{Ll}/u.test(words[first - 1].text) && words.length - first < 2)) first--;
    // `Ruritanian officials`, `U.S. health officials`: a capitalised modifier belongs to a common-noun head.
    for (let modifiers = 0; !capitalised && modifiers < 2 && first > 0 && PROPER_MODIFIER.test(words[first - 1].text); modifiers++) first--;
    // `health officials in Stamford`: a place after a preposition belongs to the plural of people before it.
    if (capitalised && first > 1 && PREPOSITIONS.has(words[first - 1].text) && PLURAL_SOURCE_NOUNS.has(words[first - 2].text)) {
      first -= 2;
      if (first > 0 && /^\p{Ll}+$/u.test(words[first - 1].text) && !NOT_HEAD_NOUNS.has(words[first - 1].text) && !AUXILIARIES.has(words[first - 1].text)) first--;
    }
  } else {
    // `the chairman of the Safety Board`, `a source close to the federation`: the head noun comes before the preposition.
    for (let guard = 0; guard < 2 && first > 1 && PREPOSITIONS.has(words[first - 1].text.toLowerCase()); guard++) {
      let back = first - 2;
      if (back > 0 && /^close$/i.test(words[back].text)) back--;
      let reach = back;
      while (reach > 0 && back - reach < 3 && !DETERMINERS.test(words[reach].text) && !/['’]s$/.test(words[reach].text) && /^\p{Ll}/u.test(words[reach].text)) reach--;
      // `passed them on to the coaches`: only a noun takes a prepositional phrase; after a particle or a verb the
      // determined noun is the phrase.
      if (!mayHeadPhrase(words[back].text)) break;
      if (!(DETERMINERS.test(words[reach].text) || /['’]s$/.test(words[reach].text))) {
        // `experts from seven countries`, `Experts at the ministry`: no determiner before the head noun, which then
        // opens the phrase (capitalised only as a plural of people opening the sentence).
        // `sources (closely) linked to the Presidency`: a participle after the head noun describes it.
        // `An economy ministry decree published in the gazette`: back over the noun's modifiers to its determiner.
        let head = back;
        while (head > 0 && /^\p{Ll}+(?:ed|ly)$/u.test(words[head].text) && !DETERMINERS.test(words[head - 1].text)) head--;
        if (head !== back && (NOT_HEAD_NOUNS.has(words[head].text.toLowerCase()) || AUXILIARIES.has(words[head].text.toLowerCase()))) head = back;
        let opening = head;
        while (head !== back && opening > 0 && head - opening < 3 && /^\p{L}[\p{Ll}-]*$/u.test(words[opening - 1].text) && !AUXILIARIES.has(words[opening - 1].text.toLowerCase()) && !DETERMINERS.test(words[opening].text)) opening--;
        if (head !== back && DETERMINERS.test(words[opening].text)) first = opening;
        else if (/^\p{Ll}+$/u.test(words[head].text) || (head === 0 && PLURAL_SOURCE_NOUNS.has(words[head].text.toLowerCase()))) first = head;
        break;
      }
      first = reach;
    }
  }
  const span = { start: words[first].start, end: last.end };
  return { speaker: { kind: 'source', text: words.slice(first).map((word) => word.text).join(' ') }, span };
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'they', 'it', 'he', 'she', 'we', 'who', 'which', 'that']);
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const NOT_HEAD_NOUNS = new Set([...PREPOSITIONS, 'up', 'out', 'off', 'down', 'over', 'back', 'away', 'them', 'him', 'her', 'it', 'us', 'me', 'you', 'there', 'here', 'and', 'or', 'but']);

/** Whether a word before a preposition can be the noun (or the participle after it) the phrase belongs to: not a particle or pronoun. */
function mayHeadPhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_HEAD_NOUNS.has(lower);
}

/** `said Xi`, `said the World Meteorological Organization`, `according to officials`. */
export function speakerAfter(context: PhraseContext, verbEnd: number, sentenceEnd: number): SpeakerReading | undefined {
  const { text } = context;
  let start = verbEnd;
  while (start < sentenceEnd && isSpaceUnit(text.charCodeAt(start))) start++;
  // Counted in code points (`u`): a cut at 80 UTF-16 units could fall inside an emoji.
  const tail = /^[^,.;:!?"“”()]{1,80}/u.exec(text.slice(start, sentenceEnd));
  if (!tail) return undefined;
  // `announced today that Juan Moreno has joined`: a clause follows the verb, not its speaker.
  if (/^(?:(?:today|yesterday|on\s+\S+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:that|how|whether|it|they|he|she|we)\s/i.test(tail[0])) return undefined;
  // `said Boeing safety spokesman John Dern`: a person named within the speaker phrase.
  const mention = context.mentions.find((candidate) => candidate.kind !== 'pronoun' && candidate.span.start >= start && candidate.span.start < start + tail[0].length);
  if (mention) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  // Up to a few words of the tail, with the span on the text as written (not a re-spaced copy).
  const wordPattern = /\S+/g;
  let end = start;
  let count = 0;
  for (let found = wordPattern.exec(tail[0]); found && count < MAX_SPEAKER_WORDS; found = wordPattern.exec(tail[0]), count++) end = start + found.index + found[0].length;
  const phrase = text.slice(start, end).replace(/\s+/g, ' ');
  if (!phrase || !/\p{L}/u.test(phrase)) return undefined;
  return { speaker: { kind: 'source', text: phrase }, span: { start, end } };
}

/**
 * The first mention that ends at the word's end (or one character before it, for a trailing period) and starts
 * at or before the word. Mentions are in text order and do not overlap, so their ends ascend: a binary search
 * instead of a scan keeps a sentence with thousands of attributions linear.
 */
function mentionEndingAt(mentions: Mention[], word: { start: number; end: number }): Mention | undefined {
  const first = firstEndingAfter(mentions, word.end - 2);
  if (first < 0) return undefined;
  for (let i = first; i < mentions.length && mentions[i].span.end <= word.end; i++) {
    if (mentions[i].span.end >= word.end - 1 && mentions[i].span.start <= word.start) return mentions[i];
  }
  return undefined;
}

/** The last mention that passes `test` (mentions are few per sentence; no reversed copy of them). */
function lastMention(mentions: Mention[], test: (mention: Mention) => boolean): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) if (test(mentions[i])) return mentions[i];
  return undefined;
}
