import { Span } from '../article';
import { isSpaceUnit } from './char-class';

// What a statement reports: the side of the sentence around its attribution, or a passive's subject.

// When the statement was made (`said Monday that …`) is not part of what was said.
const LEADING_TIME = /^(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|tomorrow)\b[\s,]*/;

/** The reported words: the larger side of the sentence around the attribution. */
export function reportedContent(text: string, sentence: Span, speaker: Span, verb: Span): Span {
  const attributionStart = Math.min(speaker.start, verb.start);
  const attributionEnd = Math.max(speaker.end, verb.end);
  const before = { start: sentence.start, end: trimEnd(text, sentence.start, attributionStart) };
  const after = { start: attributionEnd, end: sentence.end };
  while (after.start < after.end && (isSpaceUnit(text.charCodeAt(after.start)) || text.charCodeAt(after.start) === 0x2c || text.charCodeAt(after.start) === 0x3a)) after.start++;
  const when = mayOpenTime(text.charCodeAt(after.start)) ? LEADING_TIME.exec(text.slice(after.start, after.start + 24)) : null;
  if (when && after.start + when[0].length < after.end) after.start += when[0].length;
  if ((text.charCodeAt(after.start) | 0x20) === 0x74 && /^that\s/i.test(text.slice(after.start, after.start + 5))) after.start += 5;
  return before.end - before.start >= after.end - after.start ? before : after;
}

// The auxiliaries and adverbs of a passive before its verb (`has been first`, `were publicly`).
const PASSIVE_AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|may|might|could|should|must|first|also|now|again|\p{Ll}+ly)$/iu;

/** What a passive reports: its subject, the words before the auxiliaries (`The merger` of `The merger was announced by …`). */
export function passiveSubject(text: string, sentenceStart: number, verbStart: number): Span {
  let end = trimEnd(text, sentenceStart, verbStart);
  for (;;) {
    let start = end;
    while (start > sentenceStart && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    if (start === end || !PASSIVE_AUXILIARY.test(text.slice(start, end))) break;
    end = trimEnd(text, sentenceStart, start);
  }
  return { start: sentenceStart, end };
}

/** The letters LEADING_TIME opens with (`on`, weekdays, `today`, `yesterday`…): content opening otherwise is not sliced. */
function mayOpenTime(code: number): boolean {
  return code === 0x6f || code === 0x4d || code === 0x54 || code === 0x57 || code === 0x46 || code === 0x53 || code === 0x74 || code === 0x79;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (isSpaceUnit(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2c)) end--;
  return end;
}
