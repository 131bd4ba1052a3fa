import type { EvidenceContext } from './person-evidence';
import { isSpaceUnit } from './char-class';

/** A lower-case word (group 1) and a comma ending the text. */
const LOWER_WORD_AND_COMMA = /(?:^|[^\p{L}])(\p{Ll}+),\s+$/u;
/** A word of letters and hyphens. */
const PLAIN_WORD = /^\p{L}[\p{L}-]*$/u;

// What stands right after (or before) a name and makes it a person's: a role set off by commas, a relative clause,
// an age, an organisation's office.

// After a name: `, a spokesman for`, `, chief executive of`, `, the 69-year-old chief of`, `, who`, `, 44,`.
// The role may be capitalised (`, the Minister of Forestry`) and stand a few words in (`, a University of Houston law
// professor`).
const APPOSITIVE = /^,\s*(?:who\b|whose\b|\d{1,3}\s*,|(?:a|an|the|his|her|its|their)\s+(?:[\p{L}\d-]+\s+){0,5}([\p{L}-]+)|((?:\p{L}|-)+))/u;
// Where a bare role ends; a verb after the comma means the name closed a clause (`Enable Fusion, was named vice chair`).
const ROLE_ENDS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'and', 'who', 'whose', 'which', 'that', 'was', 'is',
  'has', 'had', 'have', 'were', 'are', 'will', 'would', 'said', 'says', 'been', 'a', 'an', 'the']);
// `, managing director`, `, acting president`: the word after a leading participle, which must still be a role noun.
const PARTICIPLE_ROLE = /^,\s*\p{Ll}+(?:ing|ed)\s+(\p{Ll}+)\b/u;
const ONE_OF = /^,\s*one of (?:the|his|her|its|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{L}+)\s*[,.;)]/u;

// Relatives, whom a name closing the sentence after the comma names as surely as a role set off on both sides does.
const RELATIVES = new Set(['wife', 'husband', 'widow', 'widower', 'spouse', 'fiancee', 'fiance', 'girlfriend', 'boyfriend',
  'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter']);

/**
 * `McSherry's lawyer, Diarmuid White, said`: a role noun, a comma, then the name set off by a comma of its own;
 * after a relative the name may close the sentence (`and his wife, Jane Doe.`).
 */
export function roleSetOffBefore(context: EvidenceContext, start: number, end: number): boolean {
  const after = context.text[end];
  if (after !== ',' && after !== '.' && after !== ';') return false;
  const before = LOWER_WORD_AND_COMMA.exec(context.text.slice(Math.max(0, start - 30), start));
  return before !== null && context.lexicon.isRoleNoun(before[1]) && (after === ',' || RELATIVES.has(before[1]));
}

/** A role, a relative clause or an age after the name; with `roleOnly`, only a role (not `, whose chairman`). */
export function hasPersonAppositive(context: EvidenceContext, end: number, roleOnly = false): boolean {
  // APPOSITIVE and hasPossessiveTitle both need a comma right after the name: most names have none, and need no slice.
  if (context.text.charCodeAt(end) !== 0x2c) return false;
  const after = context.text.slice(end, end + 60);
  const found = APPOSITIVE.exec(after);
  if (!found) return hasPossessiveTitle(context, after);
  if (found[1] === undefined && found[2] === undefined) return !roleOnly;
  // `, the 69-year-old chief of the`: any word of the described role will do, not only the last one matched;
  // `, executive director of the ABA`: without an article, the lower-case words before a preposition.
  const roles = found[1] !== undefined ? found[0].slice(1).trim().split(/\s+/).slice(1) : [found[2], ...bareRole(after), ...participleRole(after)];
  const isRole = (word: string) => context.lexicon.isRoleNoun(word) || context.lexicon.isTitle(word);
  if (roles.some(isRole) || hasPossessiveTitle(context, after)) return true;
  // `, one of the six MPs`: one of a body of people.
  const oneOf = ONE_OF.exec(after);
  return oneOf !== null && /s$/i.test(oneOf[1]) && isRole(oneOf[1].slice(0, -1));
}

/** `, managing director at`, `, acting chairman of`: a participle opening a bare role is part of it; the noun after it is the role. */
function participleRole(after: string): string[] {
  const found = PARTICIPLE_ROLE.exec(after);
  return found ? [found[1]] : [];
}

/** `, executive director of`, `, Senior Partner and`: up to three words, to a preposition, a clause or punctuation. */
function bareRole(after: string): string[] {
  const words: string[] = [];
  for (const written of after.slice(1).trim().split(/\s+/)) {
    // `, GB News CEO, said`: a comma closes the role and its last word.
    const word = written.endsWith(',') ? written.slice(0, -1) : written;
    // `, marking a major milestone`: a participle or an article opens a clause, not a role.
    if (words.length === 3 || !PLAIN_WORD.test(word) || ROLE_ENDS.has(word.toLowerCase()) || /(?:ing|ed)$/.test(word)) break;
    words.push(word);
    if (word !== written) break;
  }
  return words;
}

/** `, SeABank's Vice Chairwoman of the Board`: an organisation's office after the name. */
function hasPossessiveTitle(context: EvidenceContext, after: string): boolean {
  if (!after.startsWith(',')) return false;
  const words = after.slice(1, after.indexOf(',', 1) > 0 ? after.indexOf(',', 1) : after.length).trim().split(/\s+/);
  const owner = words.findIndex((word) => /['’]s$/.test(word));
  if (owner < 0 || owner > 3) return false;
  return words.slice(owner + 1, owner + 4).some((word) => context.lexicon.isPersonTitle(word) || context.lexicon.isRoleNoun(word));
}

// Offices that a person holds and a firm does not (a firm is hired `as adviser`, `as lead manager`, `as partner`).
const OFFICES = new Set(['officer', 'president', 'vice-president', 'director', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'ceo', 'cfo', 'coo', 'cto', 'cmo', 'cio', 'chief', 'executive', 'secretary', 'treasurer', 'spokesman',
  'spokeswoman', 'spokesperson', 'minister', 'ambassador', 'coach']);
const AS_OFFICE = /^\s+as\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u;

/** `appoints Jane Doe as Chief Growth Officer`, `named John Roe as its new president`: a name given an office. */
export function namedAsOffice(context: EvidenceContext, end: number): boolean {
  if (!asFollows(context.text, end)) return false;
  const found = AS_OFFICE.exec(context.text.slice(end, end + 60));
  return found !== null && found[1].toLowerCase().split(/\s+/).some((word) => OFFICES.has(word));
}

/**
 * False where AS_OFFICE cannot match after `end`: it needs white space, `as` and white space again. Most names are
 * followed by something else, and need no slice and no pattern.
 */
function asFollows(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isSpaceUnit(text.charCodeAt(at))) at++;
  return at > end && at + 2 < text.length && text.charCodeAt(at) === 0x61 && text.charCodeAt(at + 1) === 0x73 && isSpaceUnit(text.charCodeAt(at + 2));
}
