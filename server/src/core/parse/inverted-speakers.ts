import { Mention } from '../article';
import { PLURAL_SOURCE_NOUNS } from '../lexicon/people-words';
import { isSpaceUnit } from './char-class';
import { STARTS_LOWER } from './letter-patterns';
import { WEEKDAYS } from './months';
import type { PhraseContext, SpeakerReading } from './speaker-phrase';
import { BETWEEN, CLAUSE_BREAKS, PREPOSITIONS, SPOKESPEOPLE } from './speaker-words';

// After an inverted verb: a short capitalised or determined speaker (at most three words, no possessive: not a
// clause like `said Leisure's ruling was wrong`) that ends the sentence (`said INA.`).
const SHORT_INVERTED_TAIL = /^\s+(?:the\s+|a\s+|an\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+[\p{L}\p{M}.&-]+){0,2}\s*[.!?]?["”'’]*\s*$/u;
// `…, said the document.`, `…, said a spokesman.`: a determined noun phrase that ends the sentence is the speaker.
// At most two words after the article, the last not a verb (`said the plan failed.` is a clause, not a speaker).
const SHORT_INVERTED_DESCRIPTION = /^\s+(?:the|a|an|its|his|her|their)\s+\p{Ll}[\p{L}\p{M}-]*(?:\s+\p{Ll}[\p{L}\p{M}-]*)?\s*[.!?]["”'’]*\s*$/u;
const CLAUSE_FINAL_VERB = /(?:ed|^is|^was|^are|^were|^fell|^rose|^grew|^won|^lost|^did|^will|^would|^can|^could|^failed|^works?|^pass)$/;
const MAX_INVERTED_SOURCE_WORDS = 5;
const WEEKDAY_NAMES = new Set(WEEKDAYS);
// `of the Child Psychiatry Branch of the National Institutes of Health`: where the speaker works, with its parents.
const MAX_PHRASE_AFTER_NAME = 14;
const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'have', 'can', 'could', 'should', 'may', 'might', 'did', 'does', 'do']);

/**
 * After `…, said`: whether the speaker follows the verb and ends the sentence (`said INA.`, `said the report.`,
 * `said state officials.`, `said lead manager Acme Inc.`, `said Fabien Tillon, a spokesman`), so the words before the
 * comma are what was said, not the subject.
 */
export function speakerNamedAfter(context: PhraseContext, verbEnd: number, sentenceEnd: number): boolean {
  const tail = context.text.slice(verbEnd, sentenceEnd);
  if (weekdayFirst(tail)) return false; // `X, director of the division, said Tuesday.`: a date, not a speaker
  return SHORT_INVERTED_TAIL.test(tail) || roleAndNameTail(tail) || invertedDescription(tail) || invertedPluralSource(tail) || namedRightAfter(context, verbEnd, sentenceEnd) || namedAfterDescription(context, verbEnd, sentenceEnd);
}

// `the study's lead author`, `a spokesman for the ministry`: a determined description of at most this many words.
const MAX_DESCRIPTION_WORDS = 8;

/**
 * `said the study's lead author, Dr. Ann Lowe of Duke.`: a determined description of the speaker after the verb, a
 * comma, then a name that closes the clause. Returns where the name starts, or -1.
 */
function nameStartAfterDescription(context: PhraseContext, verbEnd: number, sentenceEnd: number): number {
  const { text } = context;
  // `According to the indictment, Lee was …`: the name opens the reported clause, not an apposition.
  if (/(?:^|[^\p{L}])to$/iu.test(text.slice(Math.max(0, verbEnd - 3), verbEnd))) return -1;
  const comma = text.indexOf(',', verbEnd);
  if (comma < 0 || comma >= sentenceEnd || comma - verbEnd > 100) return -1;
  const words = text.slice(verbEnd, comma).trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_DESCRIPTION_WORDS) return -1;
  if (!/^(?:the|a|an|its|his|her|their)$/i.test(words[0]) && !/\p{L}['’]s$/u.test(words[0])) return -1;
  if (words.some((word) => CLAUSE_BREAKS.has(word.toLowerCase()) || /["“”]/.test(word))) return -1;
  let at = comma + 1;
  while (at < sentenceEnd && isSpaceUnit(text.charCodeAt(at))) at++;
  return at;
}

function namedAfterDescription(context: PhraseContext, verbEnd: number, sentenceEnd: number): boolean {
  return describedName(context, verbEnd, sentenceEnd) !== undefined;
}

// `said its chairman, Siggi Wilzig, was appointed`: a verb after the name's comma makes the name a clause's subject.
const CLAUSE_AFTER_NAME = /^\s*,\s*(?:was|is|were|are|had|has|have|would|will|could|can|did|may|might|\p{Ll}+ed)(?![\p{L}])/u;

/** The person named after a description of them that follows an inverted verb (`said his lawyer, John Thelen.`). */
export function describedName(context: PhraseContext, verbEnd: number, sentenceEnd: number): Mention | undefined {
  const at = nameStartAfterDescription(context, verbEnd, sentenceEnd);
  if (at < 0) return undefined;
  return context.mentions.find((mention) => {
    if (mention.kind === 'pronoun' || mention.span.start !== at) return false;
    const after = context.text.slice(mention.span.end, Math.min(sentenceEnd, mention.span.end + 120));
    return closesClause(after) && !CLAUSE_AFTER_NAME.test(after);
  });
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

function invertedPluralSource(tail: string): boolean {
  const comma = tail.indexOf(',');
  // A short sentence; in a long one, a determined source up to a comma (`…, said a spokesman for Sen. Ann Lowe, R-Pa.
  // "She thinks …`), not a clause (`said he saw police with shields, helmets …`).
  if (tail.length > 120 && (comma < 0 || comma > 120 || !/^\s*(?:a|an|the)\s/i.test(tail))) return false;
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
  let head = cut > 0 ? words.slice(0, cut) : words;
  // `sources close to the plants`, `officials familiar with the talks`: the adjective before the phrase describes the head.
  if (head.length > 1 && /^(?:close|familiar|loyal|opposed|near|closest)$/i.test(head[head.length - 1])) head = head.slice(0, -1);
  if (head.length > MAX_INVERTED_SOURCE_WORDS || words.some((word) => CLAUSE_BREAKS.has(word.toLowerCase()))) return false;
  const last = head[head.length - 1].toLowerCase();
  // `…, said a spokesman for Sen. Ann Lowe.`, `…, said an official at the ministry.`: one source, with its article.
  return isPluralSource(last) || (cut > 0 && head.length > 1 && DETERMINERS.has(head[0].toLowerCase()) && isSingularSource(last));
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
const SPOKESPERSONS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** `spokesman`, `official`, `aide`: one of the plural sources. */
function isSingularSource(word: string): boolean {
  return SPOKESPERSONS.has(word) || SPOKESPEOPLE.has(`${word}s`);
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

function namedRightAfter(context: PhraseContext, verbEnd: number, sentenceEnd: number): boolean {
  let at = verbEnd;
  while (at < context.text.length && isSpaceUnit(context.text.charCodeAt(at))) at++;
  // Only a name that ends its clause (`said Fabien Tillon, a spokesman`), not the subject of the reported words.
  return context.mentions.some((mention) => mention.kind !== 'pronoun' && mention.span.start === at && closesClause(context.text.slice(mention.span.end, Math.min(sentenceEnd, mention.span.end + 120))));
}

/**
 * What may follow a name that closes its clause: punctuation, the sentence end, or a short `of`/`at`/`from`/`with`
 * phrase up to a comma or the end (`said Alvin Seiff of the agency.`) with no clause word (`of the plan that failed`).
 */
function closesClause(after: string): boolean {
  if (/^['’]/.test(after)) return false; // a possessive: `said Lee's plan failed`
  const words = after.trim().split(/\s+/);
  if (words[0] === '' || /^[,.;:!?]/.test(words[0])) return true;
  if (!/^(?:of|at|from|with)$/.test(words[0])) return false;
  const phrase: string[] = [];
  for (const word of words.slice(1)) {
    phrase.push(lettersOf(word).toLowerCase());
    if (phrase.length > MAX_PHRASE_AFTER_NAME) return false;
    if (/[,;:!?]$/.test(word)) break;
  }
  return phrase.length > 0 && !phrase.some((word) => CLAUSE_BREAKS.has(word) || FINITE_VERBS.has(word));
}

/** The word without the punctuation that may close it (`agency.`, `Calif.,`). */
function lettersOf(word: string): string {
  let end = word.length;
  while (end > 0 && ',;:!?."”)'.includes(word[end - 1])) end--;
  return word.slice(0, end);
}

/** Whether the words after the verb open with a weekday (`said Tuesday`, `said on Friday`). */
function weekdayFirst(tail: string): boolean {
  const words = tail.trimStart().slice(0, 20).split(/\s+/);
  const first = words[0] === 'on' ? words[1] : words[0];
  return first !== undefined && WEEKDAY_NAMES.has(lettersOf(first));
}

// A determined noun, then a preposition right before a name: `a spokesman for`, `an aide to`, `the wife of`. Its one
// group is the noun.
const DESCRIPTION = String.raw`(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+(?:(?:close|closest|near)\s+)?(?:for|to|of|at|with|from)\s+`;
// The description alone.
const DESCRIPTION_BEFORE_NAME = new RegExp(`^${DESCRIPTION}$`, 'iu');
const PLURAL_ENDING = /(?:^|[^\p{L}])((\p{L}+)\s+(?:(?:close|closest|near)\s+)?(?:for|to|of|at|with)\s+(?:\p{Ll}+\s+)?)$/u;
// The same description ending right before a name, read back from the name: `a source close to`, `A spokesman for`.
const DESCRIPTION_ENDING = new RegExp(`(?:^|[^\\p{L}])(${DESCRIPTION})$`, 'iu');

/**
 * `said a spokesman for Sen. Ann Lowe`, `according to an associate of Lowe`: a name after a person's description and a
 * preposition is whom the speaker works for or is related to, not the speaker (but `a memo from Lowe` is hers).
 */
export function namedAfterPreposition(context: PhraseContext, start: number, nameStart: number): boolean {
  if (nameStart - start > 60) return false;
  const found = DESCRIPTION_BEFORE_NAME.exec(context.text.slice(start, nameStart));
  if (!found) return false;
  return describesPerson(context, found[1]);
}

function describesPerson(context: PhraseContext, head: string): boolean {
  // Lower case: `the Minister for Health Ann Lowe` is a title and the name, not a description.
  if (!STARTS_LOWER.test(head)) return false;
  return isSingularSource(head) || context.lexicon.isRoleNoun(head) || PERSON_RELATIONS.has(head);
}

/**
 * `A spokesman for Ann Lowe said`, `quoted a source close to Lowe as saying`: the person's description before the
 * name and its preposition, from `from` on; the speaker is the description with the name.
 */
export function descriptionBeforeName(context: PhraseContext, from: number, name: Mention): SpeakerReading | undefined {
  const windowStart = Math.max(from, name.span.start - 60);
  if (!endsWithPreposition(context.text, windowStart, name.span.start)) return undefined;
  const window = context.text.slice(windowStart, name.span.start);
  // `Lawyers for Ann Lowe`, `aides to rival Ann Lowe`: a plural of people needs no article.
  const determined = DESCRIPTION_ENDING.exec(window);
  const plural = determined ? null : PLURAL_ENDING.exec(window);
  const found = determined && describesPerson(context, determined[2]) ? determined : plural && PLURAL_SOURCE_NOUNS.has(plural[2].toLowerCase()) ? plural : null;
  if (!found) return undefined;
  const start = name.span.start - found[1].length;
  return { speaker: { kind: 'source', text: context.text.slice(start, name.span.end).replace(/\s+/g, ' ') }, span: { start, end: name.span.end } };
}

// The prepositions that end both patterns above, maybe with one lower-case word after them (`aides to rival `).
const DESCRIPTION_PREPOSITIONS = new Set(['for', 'to', 'of', 'at', 'with', 'from']);

/**
 * Whether text[start, end) ends with white space after one of those prepositions, or after a preposition, white space
 * and one more word: what DESCRIPTION_ENDING and PLURAL_ENDING both need, read in place so that most names (`Xi said`,
 * `President Xi Jinping`) are turned away without running them. Lower-casing answers as their flags do: no character
 * past ASCII folds to a letter of these words.
 */
function endsWithPreposition(text: string, start: number, end: number): boolean {
  if (end === start || !isSpaceUnit(text.charCodeAt(end - 1))) return false;
  let wordEnd = end;
  for (let words = 0; words < 2; words++) {
    while (wordEnd > start && isSpaceUnit(text.charCodeAt(wordEnd - 1))) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > start && !isSpaceUnit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === wordEnd) return false;
    if (wordEnd - wordStart <= 4 && DESCRIPTION_PREPOSITIONS.has(text.slice(wordStart, wordEnd).toLowerCase())) return true;
    wordEnd = wordStart;
  }
  return false;
}

// People described by whom they stand close to, which the role nouns do not list.
const PERSON_RELATIONS = new Set(['associate', 'friend', 'ally', 'relative', 'confidant', 'assistant', 'son', 'daughter',
  'brother', 'sister', 'mother', 'father', 'representative']);
