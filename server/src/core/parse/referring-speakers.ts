import { Mention, Person, Speaker, Statement } from '../article';

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
export function resolveReferringSpeakers(text: string, statements: Statement[], people: Person[], mentions: Mention[]): void {
  const namedStarts = mentions.filter((mention) => mention.kind !== 'pronoun').map((mention) => mention.span.start);
  let previous: Statement | undefined;
  for (const statement of statements) {
    const said = statement.speakerSpan ? text.slice(statement.speakerSpan.start, statement.speakerSpan.end).toLowerCase() : '';
    // Someone named since the previous statement is likelier the `he` (`McGinn was convicted … He has denied …`).
    const namedSince = previous !== undefined && statement.speakerSpan !== undefined && anyBetween(namedStarts, previous.span.end, statement.speakerSpan.start);
    if ((said === 'he' || said === 'she') && previous && statement.paragraph - previous.paragraph <= PERSON_REACH && !(namedSince && statement.speaker.kind === 'person')) {
      const gender = said === 'he' ? 'male' : 'female';
      if (fitsPronoun(previous.speaker, gender, people)) statement.speaker = previous.speaker;
    } else if ((said === 'it' || said === 'they') && previous && statement.paragraph - previous.paragraph <= SOURCE_REACH && previous.speaker.kind === 'source') {
      statement.speaker = previous.speaker;
    }
    if (!isBarePronoun(statement.speaker)) previous = statement;
  }
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
