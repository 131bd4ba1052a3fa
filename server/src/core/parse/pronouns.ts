import { Mention, Person, Span, makeMention } from '../article';
import { FEMALE_PRONOUN, MALE_PRONOUN, genderOf } from '../lexicon/word-classes';
import { TokenStream } from './token-stream';

const PRONOUN = MALE_PRONOUN | FEMALE_PRONOUN;

type Gender = 'male' | 'female';

/**
 * Adds pronoun mentions to the named ones, sentence by sentence: a pronoun refers to a fitting person named
 * earlier in its sentence, else to the previous sentence's subject, else to the most recently mentioned fit.
 * Returns all mentions in text order.
 */
export function linkPronouns(words: TokenStream, named: Mention[], people: Person[], quotes: readonly { span: Span }[] = []): Mention[] {
  let quote = 0;
  const mentions: Mention[] = [];
  let next = 0;
  let focus: number | undefined;
  // Three arrays for the whole article, refilled sentence by sentence (most sentences mention nobody): not three
  // new arrays per sentence, which a long article keeps the garbage collector busy with. They are emptied by pop(),
  // which optimised code does in place, where setting the length of an array is a call into the runtime.
  const inSentence: Mention[] = [];
  const previousSentence: number[] = [];
  const recent: number[] = [];
  const { starts, ends } = words;
  for (let sentence = 0; sentence + 1 < words.sentenceFirst.length; sentence++) {
    const first = words.sentenceFirst[sentence];
    const last = words.sentenceFirst[sentence + 1];
    if (first === last) continue;
    const sentenceEnd = ends[last - 1];
    empty(inSentence);
    for (let word = first; word < last; word++) {
      if (!words.mayBePronoun(word) || !(words.classesAt(word) & PRONOUN)) continue;
      // The names before the pronoun join the sentence's mentions only now: most words are no pronoun.
      while (next < named.length && named[next].span.start <= starts[word]) inSentence.push(named[next++]);
      // `"… a man, he's telling me …," she said`: a pronoun inside a quotation often stands for someone the
      // speaker talks about, so it does not decide the gender of the person it is linked to.
      while (quote < quotes.length && quotes[quote].span.end <= starts[word]) quote++;
      const quoted = quote < quotes.length && quotes[quote].span.start <= starts[word];
      const mention = linkPronoun(words, word, { inSentence, focus, recent, previousSentence, quoted }, people);
      if (mention) inSentence.push(mention);
    }
    while (next < named.length && named[next].span.start < sentenceEnd) inSentence.push(named[next++]);
    empty(previousSentence);
    if (inSentence.length === 0) continue;
    for (let k = 0; k < inSentence.length; k++) {
      mentions.push(inSentence[k]);
      if (inSentence[k].kind !== 'pronoun') previousSentence.push(inSentence[k].person);
      bringForward(recent, inSentence[k].person);
    }
    focus = inSentence[0].person;
  }
  while (next < named.length) mentions.push(named[next++]);
  return mentions;
}

interface Context {
  /** The mentions of the sentence so far. */
  inSentence: Mention[];
  /** Who the previous sentence is about (its first mention). */
  focus: number | undefined;
  recent: number[];
  /** The people the previous sentence names. */
  previousSentence: number[];
  /** The pronoun stands inside a quotation. */
  quoted: boolean;
}

// Its own function, not the body of the loop over words: closures there would cost a context for every word. Loops,
// not find() with a closure or a Set spread into an array: a pronoun costs no garbage but its mention.
function linkPronoun(words: TokenStream, word: number, context: Context, people: Person[]): Mention | undefined {
  const { inSentence, focus, recent, previousSentence, quoted } = context;
  const gender = genderOf(words.classesAt(word), MALE_PRONOUN, FEMALE_PRONOUN)!;
  let subject: Mention | undefined;
  for (let k = 0; k < inSentence.length && !subject; k++) {
    if (inSentence[k].kind !== 'pronoun' && fits(people[inSentence[k].person], gender)) subject = inSentence[k];
  }
  let person = subject?.person;
  if (person === undefined && focus !== undefined && fits(people[focus], gender)) person = focus;
  for (let k = 0; k < recent.length && person === undefined; k++) if (fits(people[recent[k]], gender)) person = recent[k];
  if (person === undefined) return undefined;
  if (!quoted) people[person].gender ??= gender;
  const span = { start: words.starts[word], end: words.ends[word] };
  if (subject) return makeMention(span, person, 'pronoun');
  // The other people of the previous sentence of this gender, each once, in the order they were named.
  let others: number[] | undefined;
  for (let k = 0; k < previousSentence.length; k++) {
    const id = previousSentence[k];
    if (previousSentence.indexOf(id) !== k || id === person || !sameGender(people[id], gender)) continue;
    (others ??= []).push(id);
  }
  return makeMention(span, person, 'pronoun', others);
}

/** Empties a short array in place. */
function empty(list: unknown[]): void {
  while (list.length !== 0) list.pop();
}

/** Whether a pronoun of this gender may stand for the person (of the same or an unknown gender). */
function fits(person: Person, gender: Gender): boolean {
  return (person.gender ?? gender) === gender;
}

/**
 * Moves the person to the front of `recent`, eight people at most (the last one drops out): done for each mention in
 * text order, it leaves the people most recently mentioned first, each once. In place, and most mentions are of the
 * person already in front (`Xi said` sentence after sentence): no array is built per sentence.
 */
function bringForward(recent: number[], person: number): void {
  let at = 0;
  while (at < recent.length && recent[at] !== person) at++;
  if (at === recent.length) {
    if (at < RECENT_PEOPLE) recent.push(person);
    else at--;
  }
  for (; at > 0; at--) recent[at] = recent[at - 1];
  recent[0] = person;
}

const RECENT_PEOPLE = 8;

function sameGender(person: Person, gender: Gender): boolean {
  return person.gender === gender;
}
