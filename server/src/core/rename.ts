import { Article, Person, Span } from './article';
import { TextEdit } from './finding';
import { givenName, mentionAt, nameSpan, touches, usesSurname } from './mention-at';

export type PrepareRenameResult = { span: Span; placeholder: string } | { error: string };
export type RenameResult = { edits: TextEdit[] } | { error: string };

const NOT_ON_A_PERSON = 'Put the cursor on the name of a person (or a pronoun that refers to one) to rename them.';
// A name is letters with inner spaces, hyphens, apostrophes and periods: no line breaks, quotes or digits.
const VALID_NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]{0,80}$/u;

/** Where a rename starts: the name words under the cursor (not the title), with the name to edit. */
export function prepareRename(article: Article, offset: number): PrepareRenameResult {
  const found = mentionAt(article, offset);
  if (!found) return { error: NOT_ON_A_PERSON };
  const { person, mention } = found;
  const name = nameSpan(article.text, mention, person);
  // Editors want the range to hold the cursor: on a title, offer the whole mention (the title is kept anyway).
  const span = name && touches(name, offset) ? name : mention.span;
  return { span, placeholder: mention.kind === 'given-name' ? givenName(person.fullName, person.surname) : usesSurname(mention) ? person.surname : person.fullName };
}

/**
 * Renames a person everywhere: full-name mentions get the new full name and surname mentions the new surname.
 * A one-word new name typed over a surname replaces only the surname (`Xi` → `Li`: `Xi Jinping` → `Li Jinping`),
 * and over a given name only the given name.
 * Given-name mentions get the new given name. Titles and pronouns are left as they are.
 */
export function rename(article: Article, offset: number, newName: string): RenameResult {
  const found = mentionAt(article, offset);
  if (!found) return { error: NOT_ON_A_PERSON };
  const name = newName.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (!VALID_NAME.test(name)) return { error: `"${newName}" is not a person's name: use letters, spaces, hyphens, apostrophes and periods.` };
  const { person, mention } = found;
  const oneWord = !name.includes(' ');
  const { fullName, surname } = oneWord && usesSurname(mention) ? withSurname(person, name)
    : oneWord && mention.kind === 'given-name' ? withGivenName(person, name)
    : { fullName: name, surname: surnameOf(person, name) };
  const edits: TextEdit[] = [];
  for (const each of person.mentions) {
    if (each.kind === 'pronoun') continue;
    const span = nameSpan(article.text, each, person);
    if (span) edits.push({ span, newText: each.kind === 'given-name' ? givenName(fullName, surname) : usesSurname(each) ? surname : fullName });
  }
  return { edits: edits.sort((a, b) => a.span.start - b.span.start) };
}

/** The full name with its surname replaced, wherever the surname stands (`Xi Jinping`, `Miguel Diaz-Canel`). */
function withSurname(person: Person, surname: string): { fullName: string; surname: string } {
  const { fullName } = person;
  if (fullName.startsWith(`${person.surname} `)) return { fullName: `${surname}${fullName.slice(person.surname.length)}`, surname };
  if (fullName.endsWith(` ${person.surname}`)) return { fullName: `${fullName.slice(0, -person.surname.length)}${surname}`, surname };
  return { fullName: surname, surname };
}

function withGivenName(person: Person, given: string): { fullName: string; surname: string } {
  const old = givenName(person.fullName, person.surname);
  const words = person.fullName.split(' ');
  words[words.indexOf(old)] = given;
  return { fullName: words.join(' '), surname: person.surname };
}

/**
 * The surname of a new full name, read the way the old one was: family name first when the old surname
 * opened the old name (`Xi Jinping` → `Li Qiang` gives `Li`), otherwise the last word with its particles
 * (`Ursula von der Leyen` gives `von der Leyen`).
 */
function surnameOf(person: Person, fullName: string): string {
  const words = fullName.split(' ');
  if (words.length === 1) return fullName;
  const familyFirst = person.fullName !== person.surname && person.fullName.startsWith(`${person.surname} `);
  if (familyFirst) return words[0];
  let first = words.length - 1;
  while (first > 1 && isParticle(words[first - 1])) first--;
  return words.slice(first).join(' ');
}

function isParticle(word: string): boolean {
  return word.charAt(0) !== word.charAt(0).toUpperCase();
}
