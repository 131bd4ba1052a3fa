// The speaker named after a reporting verb: `said Xi`, `said the World Meteorological Organization`, `according to officials`.
import { isSpaceUnit } from './char-class';
import { describedName, namedAfterPreposition } from './inverted-speakers';
import { HAS_LETTER } from './letter-patterns';
import type { PhraseContext, SpeakerReading } from './speaker-phrase';
import { PREPOSITIONS } from './speaker-words';
import { MAX_SPEAKER_WORDS } from './words-before';

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
  if (mention && !namedAfterPreposition(context, start, mention.span.start)) return { speaker: { kind: 'person', person: mention.person }, span: mention.span };
  // `said the study's lead author, Dr. Ann Lowe`: the name after the description is the speaker.
  const named = describedName(context, verbEnd, sentenceEnd);
  if (named) return { speaker: { kind: 'person', person: named.person }, span: named.span };
  // Up to a few words of the tail, with the span on the text as written (not a re-spaced copy).
  const wordPattern = /\S+/g;
  let end = start;
  let count = 0;
  // `said Tsegay Wolde of the Ethiopian Embassy in Rome`: a phrase is not cut after a preposition or an article; a few
  // more words finish it, else the dangling words are left out.
  const ends: number[] = [];
  let last = '';
  for (let found = wordPattern.exec(tail[0]); found && (count < MAX_SPEAKER_WORDS || (DANGLING.has(last) && count < MAX_SPEAKER_WORDS + 4)); found = wordPattern.exec(tail[0]), count++) {
    end = start + found.index + found[0].length;
    last = found[0].toLowerCase();
    ends.push(end);
  }
  for (let k = ends.length - 1; k > 0 && DANGLING.has(lastWordOf(text, start, ends[k])); k--) end = ends[k - 1];
  const phrase = text.slice(start, end).replace(/\s+/g, ' ');
  if (!phrase || !HAS_LETTER.test(phrase)) return undefined;
  return { speaker: { kind: 'source', text: phrase }, span: { start, end } };
}

// Words a speaker phrase does not end with.
const DANGLING = new Set([...PREPOSITIONS, 'by', 'the', 'a', 'an', 'of', 'and', 'or', 'near', 'under', 'into', 'about']);

/** The lower-cased last word of `text` between `start` and `end`. */
function lastWordOf(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !isSpaceUnit(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end).toLowerCase();
}
