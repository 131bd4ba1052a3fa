import { Mention, Person, Span } from '../article';
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
  // new arrays per sentence, which a long article keeps the garbage collector busy with.
  const inSentence: Mention[] = [];
  const previousSentence: number[] = [];
  let recent: number[] = [];
  let spare: number[] = [];
  const { starts, ends } = words;
  for (let sentence = 0; sentence + 1 < words.sentenceFirst.length; sentence++) {
    const first = words.sentenceFirst[sentence];
    const last = words.sentenceFirst[sentence + 1];
    if (first === last) continue;
    const sentenceEnd = ends[last - 1];
    inSentence.length = 0;
    for (let word = first; word < last; word++) {
      while (next < named.length && named[next].span.start <= starts[word]) inSentence.push(named[next++]);
      if (!words.mayBePronoun(word) || !(words.classesAt(word) & PRONOUN)) continue;
      // `"… a man, he's telling me …," she said`: a pronoun inside a quotation often stands for someone the
      // speaker talks about, so it does not decide the gender of the person it is linked to.
      while (quote < quotes.length && quotes[quote].span.end <= starts[word]) quote++;
      const quoted = quote < quotes.length && quotes[quote].span.start <= starts[word];
      const mention = linkPronoun(words, word, { inSentence, focus, recent, previousSentence, quoted }, people);
      if (mention) inSentence.push(mention);
    }
    while (next < named.length && named[next].span.start < sentenceEnd) inSentence.push(named[next++]);
    previousSentence.length = 0;
    if (inSentence.length === 0) continue;
    for (let k = 0; k < inSentence.length; k++) {
      mentions.push(inSentence[k]);
      if (inSentence[k].kind !== 'pronoun') previousSentence.push(inSentence[k].person);
    }
    focus = inSentence[0].person;
    // The new list is built in the spare array from the old one, then the two change places.
    const before = recent;
    recent = mostRecentFirst(inSentence, before, spare);
    spare = before;
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

// Its own function, not the body of the loop over words: closures there would cost a context for every word.
function linkPronoun(words: TokenStream, word: number, context: Context, people: Person[]): Mention | undefined {
  const { inSentence, focus, recent, previousSentence, quoted } = context;
  const gender = genderOf(words.classesAt(word), MALE_PRONOUN, FEMALE_PRONOUN)!;
  const fits = (id: number) => (people[id].gender ?? gender) === gender;
  const subject = inSentence.find((mention) => mention.kind !== 'pronoun' && fits(mention.person));
  const person = subject?.person ?? (focus !== undefined && fits(focus) ? focus : recent.find(fits));
  if (person === undefined) return undefined;
  if (!quoted) people[person].gender ??= gender;
  const mention: Mention = { span: { start: words.starts[word], end: words.ends[word] }, person, kind: 'pronoun' };
  const others = subject ? [] : [...new Set(previousSentence)].filter((id) => id !== person && sameGender(people[id], gender));
  if (others.length) mention.alternatives = others;
  return mention;
}

/** The people of this sentence (its last mention first), then those recent before, each once: eight at most; into `into`. */
function mostRecentFirst(inSentence: Mention[], before: number[], into: number[]): number[] {
  const recent = into;
  recent.length = 0;
  for (let k = inSentence.length - 1; k >= 0 && recent.length < RECENT_PEOPLE; k--) {
    if (!recent.includes(inSentence[k].person)) recent.push(inSentence[k].person);
  }
  for (let k = 0; k < before.length && recent.length < RECENT_PEOPLE; k++) if (!recent.includes(before[k])) recent.push(before[k]);
  return recent;
}

const RECENT_PEOPLE = 8;

function sameGender(person: Person, gender: Gender): boolean {
  return person.gender === gender;
}
