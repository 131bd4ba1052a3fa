import { HouseStyle } from './style';
import xinhua from './xinhua.json';

export type { HouseStyle } from './style';

/** Every built-in house style, by id. Adding a style is adding a data file here. */
export const STYLES: Record<string, HouseStyle> = {
  xinhua: xinhua as HouseStyle,
};

export const DEFAULT_STYLE_ID = 'xinhua';

export function getStyle(id: string | undefined): HouseStyle | undefined {
  return id ? STYLES[id] : undefined;
}
