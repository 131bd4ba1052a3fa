import { Lexicon } from '../lexicon/lexicon';
import { Token } from './tokens';

/** A run of capitalised words (with name particles and lower-case titles inside), as found in a sentence. */
export interface NameRun {
  tokens: Token[];
  sentence: number;
  /** The word just before the run in its sentence, when only spaces separate them. */
  before?: Token;
  /** True when the run opens its sentence (its capital may be the sentence's, not a name's). */
  sentenceInitial: boolean;
}

/** A run read as title words and name words: `Cuban President` + `Miguel Diaz-Canel`. */
export interface Reading {
  titleTokens: Token[];
  nameTokens: Token[];
}

const MAX_NAME_WORDS = 5;

/** The name runs of one sentence's tokens, cleaned of sentence-opening words and trailing dates. */
export function nameRuns(text: string, tokens: Token[], sentence: number, lexicon: Lexicon): NameRun[] {
  const runs: NameRun[] = [];
  let current: Token[] = [];
  let currentIndex = 0;
  const flush = () => {
    while (current.length && !current[current.length - 1].capitalised) current.pop();
    if (current.length) pushCleaned(runs, current, currentIndex, tokens, sentence, lexicon);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (isNickname(text, tokens, i)) continue;
    const lower = token.text.toLowerCase();
    const fits = token.capitalised || (current.length > 0 && lexicon.isParticle(lower)) || lexicon.isLowercaseTitle(token.text);
    const joined = token.joined || (i >= 2 && isNickname(text, tokens, i - 1));
    if (!fits || (current.length > 0 && !joined)) flush();
    if (fits) {
      if (!current.length) currentIndex = i;
      current.push(token);
    }
    if (token.possessive) flush();
  }
  flush();
  return runs;
}

/** `Juan Carlos (JC) Moreno`, `Julio "Julito" Varela`: a nickname between two parts of a name is skipped. */
function isNickname(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const opening = token ? text.charCodeAt(token.start - 1) : 0;
  // Cheap exit for almost every word: a nickname opens right after `(` or a quotation mark.
  if (opening !== 0x28 && opening !== 0x22 && opening !== 0x201c && opening !== 0x2018 && opening !== 0x27) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous || !next || !previous.capitalised || !next.capitalised || !tokens[i].capitalised) return false;
  const before = text.slice(previous.end, token.start);
  const after = text.slice(token.end, next.start);
  return (/^\s*\(\s*$/.test(before) && /^\s*\)\s*$/.test(after)) || (/^\s*[“"‘']\s*$/.test(before) && /^\s*[”"’']\s*$/.test(after));
}

function pushCleaned(runs: NameRun[], run: Token[], index: number, tokens: Token[], sentence: number, lexicon: Lexicon): void {
  // A date or a headline verb ends a run: `Bill Clinton Thursday`, `Acme Appoints Jane Doe`.
  const breaks = (token: Token) => lexicon.isTimeWord(token.text) || lexicon.isHeadlineVerb(token.text);
  let start = 0;
  while (start < run.length && (lexicon.isNotNameStart(run[start].text) || breaks(run[start]))) start++;
  let end = start;
  while (end < run.length && !breaks(run[end])) end++;
  while (end > start && !run[end - 1].capitalised) end--;
  if (end <= start) return;
  const first = index + start;
  const before = first > 0 && tokens[first].joined ? tokens[first - 1] : undefined;
  runs.push({ tokens: run.slice(start, end), sentence, before, sentenceInitial: first === 0 });
  // What follows may be a name of its own (`Thursday Bill Clinton`, `Appoints Jane Doe`).
  if (end < run.length) pushCleaned(runs, run.slice(end + 1), index + end + 1, tokens, sentence, lexicon);
}

/** Splits a run into its title part and its name part. */
export function readRun(tokens: Token[], lexicon: Lexicon): Reading | undefined {
  let lastTitle = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (lexicon.isTitle(tokens[i].text)) lastTitle = i;
  let nameStart = lastTitle + 1;
  // Organisation or descriptive words before a known given name belong to the title: `Grand Wizard David Duke`,
  // `Federal Minister for Science and Technology Peter McGauran`.
  for (let i = tokens.length - 2; i > nameStart; i--) {
    if (lexicon.givenNameGender(tokens[i].text) && !lexicon.givenNameGender(tokens[nameStart].text) && !isInitial(tokens[nameStart].text)) {
      nameStart = i;
      break;
    }
  }
  const nameTokens = tokens.slice(nameStart);
  // `Names Carla Mendel Editor of the Year`: an office after a full name is not part of it.
  while (nameTokens.length > 2 && lexicon.givenNameGender(nameTokens[0].text) && lexicon.isRoleOnly(nameTokens[nameTokens.length - 1].text)) nameTokens.pop();
  while (nameTokens.length && lexicon.isParticle(nameTokens[0].text.toLowerCase()) && !nameTokens[0].capitalised) nameTokens.shift();
  if (nameTokens.length === 0 || nameTokens.length > MAX_NAME_WORDS) return undefined;
  return { titleTokens: tokens.slice(0, nameStart), nameTokens };
}

/** `J.`, `O.J`, `C`: initials stand in a name but prove nothing about it. */
export function isInitial(word: string): boolean {
  return /^(?:\p{Lu}\.?)+$/u.test(word) && word.replace(/\./g, '').length <= 2;
}
