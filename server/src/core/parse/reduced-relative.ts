// `Under the agreement announced last month, Ferruzzi acquired …`, `from the estimate reported on May 28.`: a past
// form after a noun that itself follows a preposition, then a time phrase and no clause, describes the noun (a reduced
// relative clause: `the agreement that was announced last month`); the noun is no speaker.
import { Span } from '../article';

// The noun phrase is the object of a preposition, so it cannot be the subject of the verb after it.
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:of|under|in|with|to|from|for|on|at|by|into|over|about|after|before|against)\s+$/iu;
const TIME_PHRASE = /^\s+(?:(?:last|this|next|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:in|on)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,4})?)\b/i;
// What ends the describing phrase: a full stop, a comma not opening `that`, or the passive's agent or place.
const PHRASE_END = /^(?:\s*[.;]|\s*,(?!\s*that\b)|\s+(?:by|at)\s)/i;
// Verbs of saying keep their statement (`workers in the plant said Monday.`): only a reduced relative of an
// announcement or report is read here.
const SAYING = new Set(['said', 'told']);

export function describesNounBefore(text: string, speaker: Span, verb: { text: string; end: number }): boolean {
  if (SAYING.has(verb.text.toLowerCase())) return false;
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, speaker.start - 10), speaker.start))) return false;
  const time = TIME_PHRASE.exec(text.slice(verb.end, verb.end + 40));
  return time !== null && PHRASE_END.test(text.slice(verb.end + time[0].length, verb.end + time[0].length + 8));
}
