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

/**
 * The style whose agency the dateline names; for a dateline without an agency, the agency-less style whose
 * sign-off ends the story (Reuters 1987: `NEW YORK, Feb 26 -` … ` Reuter`), or the agency-less style without a sign-off
 * whose dateline dash it is. Undefined when nothing points to one.
 */
export function pickStyle(styles: HouseStyle[], agency: string | undefined, lastWord: string | undefined, separator?: string): HouseStyle | undefined {
  if (agency) {
    const key = agencyKey(agency);
    const named = key ? styles.find((style) => agencyKeys(style).includes(key)) : undefined;
    // A distribution service not listed by name (`/EZ Newswire/`) still marks a press release.
    return named ?? (isDistributionService(agency) ? styles.find((style) => style.release !== undefined) : undefined);
  }
  const bySignOff = lastWord === undefined ? undefined
    : styles.find((style) => !style.agency && style.terminator !== undefined && style.terminator.toLowerCase() === lastWord.toLowerCase());
  // No agency and no sign-off: a style that has neither and whose dateline dash it is (NYT News Service: `DETROIT _`).
  return bySignOff ?? styles.find((style) => !style.agency && !style.terminator && separator !== undefined && style.separator === separator);
}

/** The last word of a text (`Reuter` in `… said. Reuter`), read from its tail only. */
export function lastWordOf(text: string): string | undefined {
  const tail = text.slice(Math.max(0, text.length - 200));
  return /([\p{L}#\d-]+)\W*$/u.exec(tail)?.[1];
}
