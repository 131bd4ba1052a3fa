import { Mention, Person, Statement } from '../article';

// Role nouns a definite description can end in (`the Palestinian leader`, `the minister`), with the title words
// each can stand for: `leader` covers presidents, premiers and chairmen.
const ROLE_WORDS: Record<string, string[]> = {
  leader: ['leader', 'president', 'premier', 'prime', 'chairman', 'chairwoman', 'king', 'chief', 'secretary-general'],
  president: ['president'], premier: ['premier', 'prime'], minister: ['minister'], chairman: ['chairman'],
  chairwoman: ['chairwoman'], spokesman: ['spokesman', 'spokesperson'], spokeswoman: ['spokeswoman', 'spokesperson'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'], secretary: ['secretary'], senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'], mayor: ['mayor'], general: ['general', 'gen.'], ambassador: ['ambassador'], envoy: ['envoy'],
  judge: ['judge'], chancellor: ['chancellor'], king: ['king'], queen: ['queen'], director: ['director'],
};
const DESCRIPTION = /^the\s+((?:[\p{L}-]+\s+){0,2})([\p{L}-]+)$/iu;

/**
 * `The Palestinian leader said`: a definite description refers to the person introduced earlier with a fitting
 * title (`Palestinian National Authority President Yasser Arafat`). Words of the description shared with the
 * title weigh most; among equals the person mentioned last before the statement wins.
 */
export function resolveDescribedSpeakers(statements: Statement[], people: Person[], mentions: Mention[]): void {
  for (const statement of statements) {
    if (statement.speaker.kind !== 'source' || !statement.speakerSpan) continue;
    const match = DESCRIPTION.exec(statement.speaker.text.trim());
    const roles = match && ROLE_WORDS[match[2].toLowerCase()];
    if (!match || !roles) continue;
    const modifiers = match[1].toLowerCase().split(/\s+/).filter(Boolean);
    const at = statement.speakerSpan.start;
    let best: { person: number; score: number; last: number } | undefined;
    for (const person of people) {
      if (!person.title || person.introduction.start >= at) continue;
      const title = person.title.toLowerCase().split(/[\s()]+/).filter(Boolean);
      if (!title.some((word) => roles.includes(word))) continue;
      if (modifiers.some((word) => !title.includes(word) && !isRoleModifier(word))) continue;
      const score = modifiers.filter((word) => title.includes(word)).length;
      const last = lastMentionBefore(mentions, person.id, at);
      if (!best || score > best.score || (score === best.score && last > best.last)) best = { person: person.id, score, last };
    }
    if (best) statement.speaker = { kind: 'person', person: best.person };
  }
}

/** Modifiers that describe the role, not whose it is (`the former president`, `the deputy minister` excepted). */
function isRoleModifier(word: string): boolean {
  return ['former', 'veteran', 'new', 'top', 'senior', 'embattled', 'late'].includes(word);
}

function lastMentionBefore(mentions: Mention[], person: number, at: number): number {
  let last = -1;
  for (const mention of mentions) {
    if (mention.span.start >= at) break;
    if (mention.person === person) last = mention.span.start;
  }
  return last;
}
