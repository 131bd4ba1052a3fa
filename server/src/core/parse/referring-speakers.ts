import { Mention, Person, Sentence, Speaker, Statement } from '../article';
import { indexHolding } from '../span-search';

// Source nouns that `he` or `she` can refer back to: `A company spokesman said … He said …`.
const PERSON_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'official', 'source', 'diplomat',
  'expert', 'lawyer', 'attorney', 'leader', 'minister', 'chairman', 'chairwoman', 'president', 'director', 'executive',
  'officer', 'general', 'investigator', 'economist', 'trader', 'dealer', 'banker', 'member', 'adviser', 'advisor',
  'aide', 'witness', 'resident', 'doctor', 'scientist', 'engineer', 'counselor', 'judge', 'prosecutor', 'negotiator',
  'envoy', 'ambassador', 'secretary', 'governor', 'mayor', 'chief', 'head', 'manager', 'woman', 'man', 'teacher']);
// How far back (in paragraphs) a pronoun may reach for the previous statement's speaker.
const PERSON_REACH = 2;
const SOURCE_REACH = 3;

/**
 * `He said`, `she added`, `it said`, `they said`: in wire copy a pronoun speaker nearly always continues the
 * previous statement's speaker, which may be a person or an unnamed source (`a company spokesman`, `the report`).
 * A pronoun whose own sentence names a fitting person first keeps its mention's reading.
 */
export function resolveReferringSpeakers(text: string, statements: Statement[], people: Person[], mentions: Mention[], sentences: Sentence[] = []): void {
  const namedStarts = mentions.filter((mention) => mention.kind !== 'pronoun').map((mention) => mention.span.start);
  const recent: Statement[] = [];
  for (const statement of statements) {
    const said = statement.speakerSpan ? text.slice(statement.speakerSpan.start, statement.speakerSpan.end).toLowerCase() : '';
    const previous = recent[0];
    if ((said === 'he' || said === 'she') && previous) {
      const gender = said === 'he' ? 'male' : 'female';
      // The nearest earlier statement whose speaker fits: a statement by an inanimate source in between is skipped.
      const antecedent = recent.find((candidate) => statement.paragraph - candidate.paragraph <= PERSON_REACH && fitsPronoun(candidate.speaker, gender, people));
      // Someone named since that statement is likelier the `he` (`McGinn was convicted … He has denied …`).
      const namedSince = antecedent !== undefined && statement.speakerSpan !== undefined && anyBetween(namedStarts, antecedent.span.end, statement.speakerSpan.start);
      if (antecedent && !(namedSince && statement.speaker.kind === 'person')) statement.speaker = antecedent.speaker;
    } else if (said === 'it' || said === 'they') {
      const plural = said === 'they';
      const subject = plural ? undefined : previousSentenceSubject(text, sentences, statement, recent);
      const antecedent = recent.find((candidate) => statement.paragraph - candidate.paragraph <= SOURCE_REACH && candidate.speaker.kind === 'source' && looksPlural(candidate.speaker.text) === plural)
        ?? recent.find((candidate) => statement.paragraph - candidate.paragraph <= SOURCE_REACH && candidate.speaker.kind === 'source');
      if (subject) statement.speaker = subject;
      else if (antecedent) statement.speaker = antecedent.speaker;
    }
    if (!isBarePronoun(statement.speaker)) {
      recent.unshift(statement);
      if (recent.length > 3) recent.pop();
    }
  }
}

// A sentence that opens with a determined singular noun as its subject (`The memorandum reviewed …`).
const OPENING_SUBJECT = /^\s*["“`']*((?:The|This|That)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*))\s+(?:\p{Ll}+ed|has|had|is|was|\p{Ll}+s)\b/u;

/**
 * `The memorandum reviewed … . It also noted …`: `it` continues the subject of the sentence before, when that
 * sentence has no statement of its own and its subject is a singular thing, not a person.
 */
function previousSentenceSubject(text: string, sentences: Sentence[], statement: Statement, recent: Statement[]): Speaker | undefined {
  const index = indexHolding(sentences, statement.span.start);
  if (index <= 0) return undefined;
  const before = sentences[index - 1];
  if (recent.some((candidate) => candidate.span.start >= before.span.start)) return undefined;
  const match = OPENING_SUBJECT.exec(text.slice(before.span.start, Math.min(before.span.end, before.span.start + 120)));
  if (!match || looksPlural(match[2]) || PERSON_NOUNS.has(match[2].toLowerCase())) return undefined;
  return { kind: 'source', text: match[1].replace(/\s+/g, ' ') };
}

function looksPlural(phrase: string): boolean {
  const head = phrase.toLowerCase().split(/\s+/).pop() ?? '';
  return /[^s]s$/.test(head) || /^(?:people|police|officials|sources)$/.test(head);
}

/** Whether a sorted list holds a value in [from, to): binary search, so the whole pass stays linear-logarithmic. */
function anyBetween(sorted: number[], from: number, to: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low] < to;
}

function fitsPronoun(speaker: Speaker, gender: 'male' | 'female', people: Person[]): boolean {
  if (speaker.kind === 'person') return (people[speaker.person]?.gender ?? gender) === gender;
  if (speaker.kind !== 'source') return false;
  const head = speaker.text.toLowerCase().split(/\s+/).pop() ?? '';
  return PERSON_NOUNS.has(head);
}

function isBarePronoun(speaker: Speaker): boolean {
  return speaker.kind !== 'person' && /^(?:he|she|it|they|we|i)$/i.test(speaker.text);
}
