import { Person, Span } from '../article';

// A name followed by these is a firm named after a person (`Deere and Co`, `Goldman, Sachs and Co`), not the person.
const FIRM_AFTER = /^(?:,?\s*(?:and|&)\s+(?:Co\b|Company|Sons|Partners|Associates)|\s+(?:Inc|Corp|Co|Ltd|LLC|LLP|Plc|PLC|Group|Brothers|Bros|Holdings|Capital|Securities|Partners)\b)/;

/**
 * Whether the story gives some sign that a recognised person is a person, not a firm, place or heading:
 * a title, or a gender (from a given name, a title or a pronoun). `Gencorp said` is no such sign: firms speak
 * too. Rules that accuse a writer of a people-reference slip need that much.
 */
export function isEvidentlyPerson(person: Person): boolean {
  return Boolean(person.title || person.gender);
}

/** `the Clinton administration`, `a Concorde jet`: a name used as a modifier refers to no one yet. */
export function isAttributive(text: string, span: Span): boolean {
  return /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start));
}

/** Whether the words right after a mention make it part of a firm's name. */
export function namesAFirm(text: string, span: Span): boolean {
  return FIRM_AFTER.test(text.slice(span.end, span.end + 30));
}
