import { isLetterUnit, isSpaceUnit } from './char-class';
import { HAS_LETTER_OR_DIGIT, STARTS_UPPER } from './letter-patterns';

// A verb coordinated after a clause (`The company did not say …, but said …`, `Argentina is aiming at growth and has
// said …`): whether a verb follows a coordinator, and the subject that opens the clause, the words before its first
// auxiliary or past verb.

// Auxiliaries, modals and `also`: words that follow a subject and open its verb phrase (`The ministry also said`).
const VERB_PHRASE_OPENERS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'also']);
// Words that open a clause without being its subject (`If prices fall …`, `After the vote …`).
const NOT_SUBJECT_START = /^(?:if|when|while|after|before|as|because|although|though|since|unless|until|once|in|on|at|for|by|with|from|to|of|it|there|this|that|what|how|why|where|who|which|and|but|or|yet|so|then|now|also|asked|according)$/i;
// Words that end no subject: a determiner or an owner before its noun (`The revised plan`, `its planned sale`).
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|no|every|each|all|any)$/i;
const MAX_SUBJECT_WORDS = 5;
// `Extending his welcome to the guest, Jiang …`: an opening participle phrase, skipped up to its comma.
const MAX_OPENING_PHRASE = 80;
// A coordinator before the verb, with up to two auxiliaries or adverbs between: `and said`, `but has said`, `and has
// also told`.
const COORDINATOR_BEFORE_VERB = /(?:^|\s)(?:and|but|or)\s+(?:(?:has|have|had|also|then|later|again|previously|repeatedly|\p{Ll}{3,}ly)\s+){0,2}$/iu;
const MAX_COORDINATOR_REACH = 32;
const OPENING_PARTICIPLE_PHRASE = /^\p{L}+ing\s[^.;:!?"“”]*?,/u;
const SUBJECT_WORD = /^[\p{L}][\p{L}\p{M}.'’&-]*$/u;
const PAST_IN_ED = /^\p{Ll}+ed$/u;

/**
 * The span of the subject opening the clause at `clauseStart` (after an opening participle phrase), when a verb of
 * the clause follows it before `conjunctionStart`: up to five words, no punctuation among them, the first not a
 * conjunction, preposition or expletive, followed by an auxiliary or a past form in -ed (`The ministry announced`).
 */
export function clauseSubjectSpan(text: string, clauseStart: number, conjunctionStart: number): { start: number; end: number } | undefined {
  // Only a clause opening a sentence or after punctuation: after a verb (`He said Iraq's president was … and said`)
  // the words are what was said, not a subject.
  let before = clauseStart;
  while (before > 0 && isSpaceUnit(text.charCodeAt(before - 1))) before--;
  if (before > 0 && HAS_LETTER_OR_DIGIT.test(text[before - 1])) return undefined;
  let start = firstLetter(text, clauseStart, conjunctionStart);
  const opening = OPENING_PARTICIPLE_PHRASE.exec(text.slice(start, Math.min(conjunctionStart, start + MAX_OPENING_PHRASE)));
  if (opening) start = firstLetter(text, start + opening[0].length, conjunctionStart);
  const words: { text: string; start: number; end: number }[] = [];
  let at = start;
  while (at < conjunctionStart && words.length <= MAX_SUBJECT_WORDS) {
    const wordStart = at;
    while (at < conjunctionStart && !isSpaceUnit(text.charCodeAt(at))) at++;
    const word = text.slice(wordStart, at);
    if (!SUBJECT_WORD.test(word)) return undefined;
    const lower = word.toLowerCase();
    if (!words.length && (NOT_SUBJECT_START.test(lower) || !STARTS_UPPER.test(word))) return undefined;
    if (words.length && (VERB_PHRASE_OPENERS.has(lower) || (PAST_IN_ED.test(word) && !DETERMINER.test(words[words.length - 1].text)))) {
      return { start: words[0].start, end: words[words.length - 1].end };
    }
    words.push({ text: word, start: wordStart, end: at });
    while (at < conjunctionStart && isSpaceUnit(text.charCodeAt(at))) at++;
  }
  return undefined;
}

function firstLetter(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && !isLetterUnit(text.charCodeAt(at))) at++;
  return at;
}

/**
 * `… and said nothing about prices`, `but has also said`: the verb follows a coordinator, with at most two auxiliaries
 * or adverbs between, so it is not inverted.
 */
export function followsCoordinator(text: string, clauseStart: number, verbStart: number): boolean {
  return COORDINATOR_BEFORE_VERB.test(text.slice(Math.max(clauseStart, verbStart - MAX_COORDINATOR_REACH), verbStart));
}
