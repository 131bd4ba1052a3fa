/** A house style: everything a rule needs to know about how one desk writes a story. Pure data. */
export interface HouseStyle {
  id: string;
  name: string;
  /** The agency or service expected in the dateline; absent when the style puts none there. */
  agency?: string;
  agencyForm?: 'parentheses' | 'slashes' | 'dashes';
  /** The dash between dateline and lede, exactly as the style writes it. */
  separator: string;
  /** Month forms in datelines, January first. */
  months: string[];
  /** The sign-off the style requires, or undefined when stories end without one. */
  terminator?: string;
  /** Whether the dateline carries the year (press releases). */
  datelineYear: boolean;
  /** Attribution verbs the style discourages, with the verb to use instead. */
  discouragedVerbs: Record<string, string>;
  /** Extra attribution verbs and titles this style uses. */
  attributionVerbs: string[];
  titles: string[];
  quotes: 'straight' | 'curly' | 'any';
}
