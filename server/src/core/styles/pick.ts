import { isDistributionService } from '../parse/release';
import { HouseStyle } from './style';

/** Letters only, lower case: `BUSINESS WIRE`, `Business Wire` and `BusinessWire` are one agency. */
export function agencyKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** Every name a style's agency goes by, as keys. */
export function agencyKeys(style: HouseStyle): string[] {
  return style.agency ? [style.agency, ...(style.agencyAliases ?? [])].map(agencyKey) : [];
}

/** A style `auto` chose, and why, in words for the status bar (`the dateline names Xinhua`). */
export interface StylePick {
  style: HouseStyle;
  reason: string;
}

/** What `auto` reads from an article to pick its style. */
export interface StyleEvidence {
  /** The lead dateline's agency, as written. */
  agency?: string;
  /** Whether the story has a dateline at all. */
  dated: boolean;
  /** The last word of the text (`Reuter`, `Enditem`). */
  lastWord?: string;
  /** The dateline's dash, when it has one. */
  separator?: string;
}

/**
 * The style whose agency the dateline names; for a dateline without an agency, the agency-less style whose
 * sign-off ends the story (Reuters 1987: `NEW YORK, Feb 26 -` … ` Reuter`), or the agency-less style without a sign-off
 * whose dateline dash it is; for an undated story, the style whose sign-off ends it (` Enditem`). Undefined when
 * nothing points to one.
 */
export function pickStyle(styles: HouseStyle[], evidence: StyleEvidence): StylePick | undefined {
  const { agency, lastWord, separator } = evidence;
  if (agency) {
    const key = agencyKey(agency);
    const named = key ? styles.find((style) => agencyKeys(style).includes(key)) : undefined;
    if (named) return { style: named, reason: `the dateline names \`${agency}\`` };
    // A distribution service not listed by name (`/EZ Newswire/`) still marks a press release.
    const release = isDistributionService(agency) ? styles.find((style) => style.release !== undefined) : undefined;
    return release && { style: release, reason: `the dateline names the distribution service \`${agency}\`` };
  }
  const lastKey = lastWord === undefined ? '' : agencyKey(lastWord);
  // Letters only, so that Yonhap's `(END)` is the `END` that ends the text.
  const signsOff = (style: HouseStyle) => lastKey !== '' && style.terminator !== undefined && agencyKey(style.terminator) === lastKey;
  // Under an agency-less dateline only an agency-less style's sign-off counts: `(Xinhua)` would be missing, not implied.
  const bySignOff = styles.find((style) => signsOff(style) && (!evidence.dated || !style.agency));
  if (bySignOff) return { style: bySignOff, reason: `the story ends with \`${bySignOff.terminator}\`` };
  // No agency and no sign-off: a style that has neither and whose dateline dash it is (NYT News Service: `DETROIT _`).
  const byDash = separator === undefined ? undefined : styles.find((style) => !style.agency && !style.terminator && style.separator === separator);
  return byDash && { style: byDash, reason: `the dateline has no agency and ends with ${byDash.name}'s dash \`${separator}\`` };
}

/** The last word of a text (`Reuter` in `… said. Reuter`), read from its tail only. */
export function lastWordOf(text: string): string | undefined {
  const tail = text.slice(Math.max(0, text.length - 200));
  return /([\p{L}#\d-]+)\W*$/u.exec(tail)?.[1];
}
