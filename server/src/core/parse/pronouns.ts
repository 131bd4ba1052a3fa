import { Mention, Person } from '../article';
import { Lexicon } from '../lexicon/lexicon';
import { Token } from './tokens';

type Gender = 'male' | 'female';

/**
 * Adds pronoun mentions to the named ones, sentence by sentence: a pronoun refers to a fitting person named
 * earlier in its sentence, else to the previous sentence's subject, else to the most recently mentioned fit.
 * Returns all mentions in text order.
 */
export function linkPronouns(sentenceTokens: Token[][], named: Mention[], people: Person[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  let next = 0;
  let focus: number | undefined;
  let previousSentence: number[] = [];
  let recent: number[] = [];
  for (const tokens of sentenceTokens) {
    if (!tokens.length) continue;
    const sentenceEnd = tokens[tokens.length - 1].end;
    const inSentence: Mention[] = [];
    for (const token of tokens) {
      while (next < named.length && named[next].span.start <= token.start) inSentence.push(named[next++]);
      const gender = lexicon.pronounGender(token.text);
      if (!gender) continue;
      const fits = (id: number) => (people[id].gender ?? gender) === gender;
      const subject = inSentence.find((mention) => mention.kind !== 'pronoun' && fits(mention.person));
      const person = subject?.person ?? (focus !== undefined && fits(focus) ? focus : recent.find(fits));
      if (person === undefined) continue;
      people[person].gender ??= gender;
      const mention: Mention = { span: { start: token.start, end: token.end }, person, kind: 'pronoun' };
      const others = subject ? [] : [...new Set(previousSentence)].filter((id) => id !== person && sameGender(people[id], gender));
      if (others.length) mention.alternatives = others;
      inSentence.push(mention);
    }
    while (next < named.length && named[next].span.start < sentenceEnd) inSentence.push(named[next++]);
    mentions.push(...inSentence);
    if (inSentence.length) {
      focus = inSentence[0].person;
      previousSentence = inSentence.filter((mention) => mention.kind !== 'pronoun').map((mention) => mention.person);
      recent = [...new Set([...inSentence.map((mention) => mention.person).reverse(), ...recent])].slice(0, 8);
    } else {
      previousSentence = [];
    }
  }
  while (next < named.length) mentions.push(named[next++]);
  return mentions;
}

function sameGender(person: Person, gender: Gender): boolean {
  return person.gender === gender;
}
