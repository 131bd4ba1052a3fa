import { HouseStyle } from '../styles/style';

/** A dateline written the way a style wants it, for messages: `BEIJING, Aug. 30 (Xinhua) --`. */
export function datelineExample(style: HouseStyle): string {
  const date = style.datelineDate === 'none' ? '' : `, ${style.months[7]} 30${style.datelineYear ? ', 2021' : ''}`;
  const agency = style.agency ? ` ${wrapAgency(style.agency, style.agencyForm ?? 'parentheses')}` : '';
  return `CITY${date}${agency} ${style.separator}`;
}

export function wrapAgency(agency: string, form: 'parentheses' | 'slashes' | 'dashes'): string {
  if (form === 'slashes') return `/${agency}/`;
  if (form === 'dashes') return `--(${agency})--`;
  return `(${agency})`;
}

/** Whether the style accepts `separator`: its own or one of the ASCII stand-ins it allows. */
export function isAcceptedSeparator(style: HouseStyle, separator: string): boolean {
  return separator === style.separator || (style.separatorAlternatives?.includes(separator) ?? false);
}
