import { Person, Span } from '../article';
import { FIRM_AFTER } from '../parse/firm-evidence';

/**
 * Whether the story gives some sign that a recognised person is a person, not a firm, place or heading:
 * a title, or a gender (from a given name, a title or a pronoun). `Gencorp said` is no such sign: firms speak
 * too. Rules that accuse a writer of a people-reference slip need that much.
 */
export function isEvidentlyPerson(person: Person): boolean {
  return Boolean(person.title || person.gender);
}

/**
 * Whether the story ever names the person in full. `President Clinton` in a story that never gives a given name is a
 * person known by title and surname: no rule can ask for an introduction the story does not have.
 */
export function isNamedInFull(person: Person): boolean {
  return person.fullName.includes(' ');
}

/** `the Clinton administration`, `a Concorde jet`: a name used as a modifier refers to no one yet. */
export function isAttributive(text: string, span: Span): boolean {
  return /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start));
}

/** Whether the words right after a mention make it part of a firm's name. */
export function namesAFirm(text: string, span: Span): boolean {
  // Reuters marks company names in angle brackets: `<Hambrecht and Quist Group>`.
  return FIRM_AFTER.test(text.slice(span.end, span.end + 30)) || text[span.start - 1] === '<';
}

/**
 * `The post Acme Appoints Jane Doe as CFO appeared first on …`: the line a reposting site adds under a release,
 * restating its headline. Its names are the site's words, not the writer's.
 */
export function inRepostFooter(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 300), span.start);
  const opening = before.lastIndexOf('The post ');
  if (opening < 0 || /[.!?]\s/.test(before.slice(opening + 9))) return false;
  return text.slice(span.end, span.end + 300).includes(' appeared first on ');
}
