// Word lists shared by the readers of a speaker phrase (speaker-phrase.ts, appositives.ts, inverted-speakers.ts)
// and of its verb (verb-scan.ts, quoted-object.ts).
import { SPOKESPEOPLE_PLURALS } from '../lexicon/people-words';

// Words that may stand between a speaker and the verb: `Xi also said`, `officials have said`, `the ministry today said`.
export const BETWEEN = new Set(['also', 'further', 'later', 'again', 'earlier', 'then', 'has', 'have', 'had', 'once', 'was', 'is',
  'were', 'are', 'be', 'been', 'even', 'last', 'often', 'today', 'yesterday', 'tonight', 'now', 'still', 'already', 'so',
  'far', 'itself', 'himself', 'herself', 'themselves', 'never', 'not', 'just', 'in', 'turn', 'however', 'too', 'would',
  'will', 'could', 'may', 'might', 'did', 'does', 'do', 'also', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'on', 'week', 'night', 'morning', 'afternoon', 'evening',
  // Adverbs of frequency and consequence: `Other kids always asked`, `The G7 therefore repeated`.
  'always', 'therefore', 'thus', 'sometimes', 'seldom']);
// A speaker phrase stops at these words when read backwards from the verb.
export const CLAUSE_BREAKS = new Set(['that', 'and', 'but', 'which', 'while', 'as', 'because', 'if', 'when', 'where', 'so', 'than', 'what', 'whether']);
export const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|some|many|several|other|one|two|three|four|five|six|seven|eight|nine|ten|\d+|most|local|u\.s\.)$/i;
export const CORPORATE_SUFFIX = /^(?:inc|inc\.|llc|ltd|ltd\.|plc|corp|corp\.|co\.|co|n\.v\.|s\.a\.|ag|gmbh)$/i;
export const COORDINATORS = new Set(['and', 'but', 'or']);
export const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'to', 'with', 'on']);
// Forms of `be` before a past participle that make it passive (`was quoted`, `is being urged`).
export const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// `…, said state officials.`, `…, said New York health officials in Albany.`: a bare plural of people who speak for
// an office or a trade, at the head of a short phrase ending the sentence, is an inverted speaker without an article.
export const SPOKESPEOPLE = new Set(SPOKESPEOPLE_PLURALS);
