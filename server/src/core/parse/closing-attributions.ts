import { Sentence } from '../article';
import { speakerAfter } from './speaker-after';
import { PhraseContext, SpeakerReading, speakerBefore } from './speaker-phrase';
import { VerbMatch } from './verb-scan';

// Attributions that close a sentence (`…, said the document.`, `…, state officials said.`): their speaker governs the
// whole sentence, and a reporting verb before them is part of what was said.

/**
 * `The issue has underlined the trend …, said the document.`: an inverted verb after the sentence's last comma whose
 * speaker closes the sentence.
 */
export function closingInversion(phraseContext: PhraseContext, sentence: Sentence, match: VerbMatch): boolean {
  const { text } = phraseContext;
  const verbEnd = match.end;
  let at = match.start;
  while (at > sentence.span.start && /[\s"”'’]/.test(text[at - 1])) at--;
  // `quoted X, the minister, as saying …`: the comma closes an appositive, and `as saying` has its speaker before it.
  if (text.charCodeAt(at - 1) !== 0x2c || !match.verb.inverts || match.verb.words[0] === 'as') return false;
  const speaker = speakerAfter(phraseContext, verbEnd, sentence.span.end);
  return speaker !== undefined && /^[\s.!?"”'’]*$/.test(text.slice(speaker.span.end, sentence.span.end));
}

// What may follow a closing attribution's verb: when (`said on Friday`), where (`said in a statement`), punctuation.
const CLOSING_TAIL = /^(?:\s+(?:on\s+|last\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|night|in\s+a\s+(?:statement|letter|report|briefing|interview)))?[\s.!?"”'’]*$/i;
// Words that open a clause rather than a source after the comma (`…, and prices said nothing`).
const NOT_A_SOURCE = new Set(['and', 'but', 'or', 'which', 'who', 'while', 'as', 'because', 'if', 'when', 'although', 'though', 'so', 'that', 'where']);
const MAX_CLOSING_SOURCE_WORDS = 6;

/**
 * `One of the birds … confirms the virus is spread by mosquitoes, state officials said.`: a short source after the
 * sentence's last comma, whose verb ends the sentence, is that verb's subject, even when the words before hold a
 * reporting verb of their own.
 */
export function closingAttribution(phraseContext: PhraseContext, sentence: Sentence, match: VerbMatch): SpeakerReading | undefined {
  const { text } = phraseContext;
  if (!CLOSING_TAIL.test(text.slice(match.end, sentence.span.end))) return undefined;
  const comma = text.lastIndexOf(',', match.start);
  if (comma < sentence.span.start) return undefined;
  const words = text.slice(comma + 1, match.start).split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_CLOSING_SOURCE_WORDS || NOT_A_SOURCE.has(words[0].toLowerCase()) || words.some((word) => /["“”`]|^['’]/.test(word))) return undefined;
  return speakerBefore(phraseContext, comma + 1, match.start, match.end, sentence.span.end, false);
}
