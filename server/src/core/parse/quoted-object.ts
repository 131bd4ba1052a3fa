import { isLetterUnit, isSpaceUnit } from './char-class';
import { HAS_LETTER } from './letter-patterns';
import { PhraseContext, SpeakerReading, speakerBefore } from './speaker-phrase';
import { PASSIVE_BE } from './speaker-words';

// `Interfax quoted Ivan Petrov as saying …`, `paraphrased Lowe as raising …`: the words reported are the object's,
// not the quoting agency's. (`X was quoted as saying`, `was quoted by Y as saying` are passives, read elsewhere.)
const QUOTING_VERBS = new Set(['quoted', 'paraphrased']);
// How far after the verb its `as …ing` may stand: the object with an appositive (`Ivan Petrov, the transport minister,`).
const MAX_OBJECT_REACH = 120;
// `him`, `her`, `them` not linked to anyone: no speaker to give; the agency stays the speaker, as before.
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/** The person or source quoted by an active `quoted`/`paraphrased`, and where its `as …ing` starts. */
export interface QuotedObject {
  reading: SpeakerReading;
  /** Where `as` starts: a phrase verb there (`as saying`) is the same attribution. */
  asStart: number;
}

/**
 * The object of `<Source> quoted <object> as <verb>ing`, read as a subject is read before its verb; undefined for a
 * passive (`was quoted`, `quoted by`), when no `as …ing` follows in the clause, or when the object is an unlinked pronoun.
 */
export function quotedObject(context: PhraseContext, lower: string, verb: { start: number; end: number }, sentenceEnd: number): QuotedObject | undefined {
  if (!QUOTING_VERBS.has(lower)) return undefined;
  const { text } = context;
  if (PASSIVE_BE.has(auxiliaryBefore(text, verb.start))) return undefined;
  const limit = Math.min(sentenceEnd, verb.end + MAX_OBJECT_REACH);
  let at = verb.end;
  let first = true;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (!isLetterUnit(code)) {
      // The object ends within its clause: no sentence punctuation or quotation between the verb and its `as`.
      if (STOPS.includes(text[at])) return undefined;
      at++;
      continue;
    }
    let end = at;
    while (end < limit && isLetterUnit(text.charCodeAt(end))) end++;
    const word = text.slice(at, end).toLowerCase();
    if (first && (word === 'by' || word === 'as')) return undefined;
    first = false;
    if (word === 'as') return participleAfter(text, end, limit) ? objectBefore(context, verb.end, at, sentenceEnd) : undefined;
    at = end;
  }
  return undefined;
}

const STOPS = '.;:!?"“”()';

function objectBefore(context: PhraseContext, objectStart: number, asStart: number, sentenceEnd: number): QuotedObject | undefined {
  const { text } = context;
  const reading = speakerBefore(context, objectStart, asStart, asStart, sentenceEnd, false);
  // `quoted He as saying`: a subject pronoun is no object (a name read as one); an unlinked `him` names nobody.
  if (!reading || reading.span.start < objectStart || reading.speaker.kind === 'unresolved') return undefined;
  if (reading.speaker.kind !== 'person' && OBJECT_PRONOUNS.has(text.slice(reading.span.start, reading.span.end).toLowerCase())) return undefined;
  return { reading: reading.speaker.kind === 'source' ? wholeObject(text, objectStart, asStart) ?? reading : reading, asStart };
}

const MAX_OBJECT_WORDS = 15;
const WHEN = new Set(['today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * `quoted law enforcement officials with knowledge of the investigation as saying`: the object ends at `as`, so a
 * source is all of it (a subject read back from its verb may stop short), up to an appositive's comma.
 */
function wholeObject(text: string, objectStart: number, asStart: number): SpeakerReading | undefined {
  let start = objectStart;
  let end = asStart;
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  // `quoted Rolando Arrivillaga, World Bank representative in the Philippines, as saying`: the object before its appositive.
  const comma = text.indexOf(',', start);
  if (comma >= 0 && comma < end) end = comma;
  const object = text.slice(start, end);
  if (!HAS_LETTER.test(object)) return undefined;
  const words = object.split(/\s+/);
  // `quoted officials on Friday as saying`: when is not who.
  while (words.length > 1 && WHEN.has(words[words.length - 1].toLowerCase())) {
    words.pop();
    if (words.length > 1 && words[words.length - 1].toLowerCase() === 'on') words.pop();
  }
  if (words.length > MAX_OBJECT_WORDS) return undefined;
  const last = words[words.length - 1];
  end = text.lastIndexOf(last, end) + last.length;
  return { speaker: { kind: 'source', text: words.join(' ') }, span: { start, end } };
}

/** Whether the word after `as` (from `from`) is an -ing form: `as saying`, `as raising`, `as telling`. */
function participleAfter(text: string, from: number, limit: number): boolean {
  let at = from;
  while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
  if (at === from) return false;
  let end = at;
  while (end < limit && isLetterUnit(text.charCodeAt(end))) end++;
  const word = text.slice(at, end);
  return word.length > 4 && word.endsWith('ing') && word === word.toLowerCase();
}

// Adverbs that may stand between `was` and `quoted` (`was also quoted`, `was widely quoted`).
const ADVERBS_BEFORE_QUOTED = new Set(['also', 'not', 'never', 'once', 'again', 'later', 'then', 'often', 'first']);

/** The lower-case word before `start`, past up to two adverbs (`was also widely quoted` → `was`). */
function auxiliaryBefore(text: string, start: number): string {
  let at = start;
  for (let words = 0; words < 3; words++) {
    let end = at;
    while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    let begin = end;
    while (begin > 0 && isLetterUnit(text.charCodeAt(begin - 1))) begin--;
    const word = text.slice(begin, end).toLowerCase();
    if (!ADVERBS_BEFORE_QUOTED.has(word) && !(word.length > 4 && word.endsWith('ly'))) return word;
    at = begin;
  }
  return '';
}
