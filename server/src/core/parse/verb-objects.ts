import { isSpaceUnit } from './char-class';

// What follows a reporting verb can show that it reports no words: an act consented to (`agreed to buy`), a thing
// held, claimed or added (`the post he held that year`, `claimed 179 lives`, `added 1/4`), a noun's complement
// (`its estimate of`), an idiom (`to hear them tell it`).

/** Whether the verb `lower` (lower case), ending at `from`, reports no words, judged by what follows it up to `limit`. */
export function namesNoWords(text: string, lower: string, from: number, limit: number): boolean {
  // `Trump agreed not to buy more stock`, `Acme agreed last week to sell the unit`, `the ministers agreed on a plan`:
  // consent to an act or a deal, not a view or words.
  if (lower === 'agreed' && agreesToAnAct(text, from, limit)) return true;
  // `the post he held that year`: `that` before a time or an office points at it; no clause follows.
  if (lower === 'held' && HELD_THINGS.test(text.slice(from, from + 30))) return true;
  if (lower.startsWith('claim') && claimsAThing(text, from, limit)) return true;
  // `Alcan added 1/4 to reach 54-1/8`, `GM added 500 hourly workers`: an amount added, not words.
  if (ADDING.has(lower) && ADDED_AMOUNT.test(text.slice(from, from + 12))) return true;
  // `its previous estimate of 2.05 dlrs`, `the claim was rejected`: a base form that is also a noun, followed by
  // what follows a noun.
  if (NOUN_FOLLOWERS.get(lower)?.test(text.slice(from, from + 12))) return true;
  // `To hear them tell it, …`, `as she tells it`: an idiom for a version of events, not an attribution of words.
  if ((lower === 'tell' || lower === 'tells') && /^\s+it\s*[,.;]/.test(text.slice(from, from + 6))) return true;
  // `The rule said nothing about prices`, `he told no one`: words denied, as a negated verb denies them.
  if (SAYING.has(lower) && spaceThenN(text, from) && SAID_NOTHING.test(text.slice(from, from + 16))) return true;
  return false;
}

// (`claim to have …`, `what producers claim is needed` are verbs.)
const NOUN_FOLLOWERS = new Map([
  ['estimate', /^\s+(?:of|for|is|was|were|are|will|would|has|had|and|by|to|in|on|at|index|provided|given)\b/i],
  ['claim', /^\s+(?:of|for|was|has|had|by|on|against)\b/i],
]);

const HELD_THINGS = /^\s+that\s+(?:day|week|month|year|morning|afternoon|evening|night|time|season|post|position|job|office|title|record|seat|rank|role|view|belief|stake|lead|man|woman|person|prisoner|suspect)\b/i;
// A clause's subject pronoun or verb after `agreed` (`agreed they needed …`, `agreed the dividend was small …`).
const CLAUSE_WORDS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had']);
// What may stand between `agreed` and the `to` of an act: when, where, with whom, how (`in principle`).
const MAX_WORDS_BEFORE_TO = 8;

/**
 * Whether `agreed` is consent to an act or a deal: `not to` or `to` follows within its clause before any `that`
 * (`agreed last week with its lenders to extend …`), or `on`/`upon` a thing (`agreed on a plan`), not a day
 * (`agreed on Friday that …`).
 */
function agreesToAnAct(text: string, from: number, limit: number): boolean {
  const words = /^[^.,;:!?"“”(]*/.exec(text.slice(from, Math.min(limit, from + 120)))![0].split(/\s+/).filter(Boolean).map((word) => word.toLowerCase());
  if ((words[0] === 'on' || words[0] === 'upon') && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec|\d+)\.?$/.test(words[1] ?? '')) return true;
  for (let i = 0; i < words.length && i <= MAX_WORDS_BEFORE_TO; i++) {
    // `agreed the dividend was small compared to …`: a clause of its own comes first; its `to` is not the act's.
    if (words[i] === 'that' || CLAUSE_WORDS.has(words[i])) return false;
    if (words[i] === 'to') return true;
  }
  return false;
}

const SAYING = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);
// `said nothing about`, `told nobody.`; not `said nothing will be decided`, `said no one was hurt` (reported words) or
// `said little about` (which still reports, as the annotations read it).
const SAID_NOTHING = /^\s+(?:nothing|no\s+one|nobody)(?:\s+(?:about|of|on|more|further|else|publicly)\b|\s*[.,;:]|$)/i;
/** White space, then `n` or `N` (`nothing`, `no one`, `nobody`): most verbs are followed otherwise and not sliced. */
function spaceThenN(text: string, from: number): boolean {
  let at = from;
  while (isSpaceUnit(text.charCodeAt(at))) at++;
  return at > from && (text.charCodeAt(at) | 0x20) === 0x6e;
}

const ADDING = new Set(['add', 'adds', 'added']);
const ADDED_AMOUNT = /^\s+(?:\d|\$|about\b|nearly\b|almost\b|some\b|another\b|more\s+than\b|up\s+to\b|over\b)/i;

// `a crash that claimed 179 lives`, `the team claimed its third title`: what is claimed is taken or won, not said.
const CLAIMED_THINGS = new Set(['life', 'lives', 'title', 'titles', 'victory', 'win', 'medal', 'medals', 'crown', 'championship', 'seat', 'seats', 'trophy', 'gold', 'silver', 'bronze', 'prize', 'pole']);
const MAX_CLAIMED_WORDS = 6;

/** Whether one of the few words after `claimed` (before any punctuation) is a thing taken or won. */
function claimsAThing(text: string, from: number, limit: number): boolean {
  let at = from;
  for (let words = 0; words < MAX_CLAIMED_WORDS; words++) {
    while (at < limit && isSpaceUnit(text.charCodeAt(at))) at++;
    const start = at;
    while (at < limit && !isSpaceUnit(text.charCodeAt(at))) at++;
    // A word with its punctuation (`2,400`, `lives.`): punctuation at its end closes the phrase after it.
    let end = at;
    while (end > start && '.,;:!?"”\'’)'.includes(text[end - 1])) end--;
    if (end === start) return false;
    if (CLAIMED_THINGS.has(text.slice(start, end).toLowerCase())) return true;
    if (end < at) return false;
  }
  return false;
}

