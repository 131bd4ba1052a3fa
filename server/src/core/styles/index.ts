import ap from './ap.json';
import generic from './generic.json';
import nyt from './nyt.json';
import pressRelease from './press-release.json';
import reuters1987 from './reuters-1987.json';
import reuters from './reuters.json';
import { HouseStyle } from './style';
import xinhua from './xinhua.json';
import yonhap from './yonhap.json';

export type { HouseStyle } from './style';

/** Every built-in house style, by id. Adding a style is adding a data file here. */
export const STYLES: Record<string, HouseStyle> = {
  xinhua: xinhua as HouseStyle,
  reuters: reuters as HouseStyle,
  'reuters-1987': reuters1987 as HouseStyle,
  ap: ap as HouseStyle,
  'press-release': pressRelease as HouseStyle,
  yonhap: yonhap as HouseStyle,
  nyt: nyt as HouseStyle,
  generic: generic as HouseStyle,
};

/** The style used when none is configured: an explicit, strict house style. */
export const DEFAULT_STYLE_ID = 'xinhua';
/** What `auto` falls back to when an article shows no sign of a house style: only what every wire story shares. */
export const FALLBACK_STYLE_ID = 'generic';

export function getStyle(id: string | undefined): HouseStyle | undefined {
  return id ? STYLES[id] : undefined;
}
