import type { ReleaseStyle } from './release-style';

/** A house style: everything a rule needs to know about how one desk writes a story. Pure data. */
export interface HouseStyle {
  id: string;
  name: string;
  /** The agency or service expected in the dateline; absent when the style puts none there. */
  agency?: string;
  /** Other names of the same agency (`Reuter`, `Associated Press`, `BUSINESS WIRE`): `auto` picks the style from any. */
  agencyAliases?: string[];
  agencyForm?: 'parentheses' | 'slashes' | 'dashes';
  /** Any agency, or none, is right in the dateline (the `generic` style, which knows no agency of its own). */
  anyAgency?: boolean;
  /** Other ways the style writes the agency (a press release goes out `/PRNewswire/` or `--(BUSINESS WIRE)--`). */
  agencyForms?: ('parentheses' | 'slashes' | 'dashes')[];
  /** The dash between dateline and lede, exactly as the style writes it. */
  separator: string;
  /** Other forms the style accepts, e.g. `--` and `_` for AP's em dash on ASCII wires. */
  separatorAlternatives?: string[];
  /** Month forms in datelines, January first. */
  months: string[];
  /** Any correct spelling of a month is right (`Aug.`, `Aug`, `August`); only a word that is no month is reported. */
  anyMonthForm?: boolean;
  /** Whether every story opens with a dateline (the default); false where undated stories are normal copy. */
  datelineRequired?: boolean;
  /** Whether the dateline carries a date (`required`), may carry one (`optional`), or never does (AP: `WASHINGTON (AP) —`). */
  datelineDate?: 'required' | 'optional' | 'none';
  /** The sign-off the style requires, or undefined when stories end without one. */
  terminator?: string;
  /** Other spellings of the sign-off the style accepts as correct (`REUTER` from the all-capitals 1987 wire). */
  terminatorAlternatives?: string[];
  /** Whether the dateline carries the year (press releases). */
  datelineYear: boolean;
  /** The year every story of this style was written in, when the dateline does not say (an archive such as Reuters 1987). */
  year?: number;
  /** Lines such as a headline may stand above the dateline (press releases). */
  headlineBeforeDateline?: boolean;
  /** Attribution verbs the style discourages, with the verb to use instead. */
  discouragedVerbs: Record<string, string>;
  /** Extra attribution verbs and titles this style uses. */
  attributionVerbs: string[];
  titles: string[];
  /** Honorifics after which the style always gives the full name (Xinhua: `Comrade Raul Castro`, every time). */
  honorifics?: string[];
  quotes: 'straight' | 'curly' | 'any';
  /** Press-release anatomy checks (release line, headline, boilerplate, contacts, end mark); absent for news styles. */
  release?: ReleaseStyle;
}
