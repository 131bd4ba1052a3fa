/** What a house style says about press releases; present only on styles that check releases. Pure data. */
export interface ReleaseStyle {
  /** Whether a release must open with `FOR IMMEDIATE RELEASE` or `EMBARGOED UNTIL …`. */
  releaseLineRequired: boolean;
  /** The release line a template and a quick fix write. */
  releaseLine: string;
  /** `title`: Every Major Word Capitalised; `sentence`: only the first word and names; `any`: not checked. */
  headlineCase: 'title' | 'sentence' | 'any';
  /** Words title case leaves in lower case unless they start the headline or follow a colon. */
  titleCaseMinorWords: string[];
  /** Longest headline, in characters. */
  headlineMaxLength: number;
  /** Longest lede (the first sentence after the dateline), in words. */
  ledeMaxWords: number;
  /** End marks the style accepts, the first one being the one it writes. */
  endMarks: string[];
  /** US states as datelines write them: full name, postal code, and the AP abbreviation (absent: never abbreviated). */
  states: { name: string; postal: string; ap?: string }[];
  /** Cities that stand alone in a dateline, without a state or country (AP). */
  standaloneCities: string[];
}
