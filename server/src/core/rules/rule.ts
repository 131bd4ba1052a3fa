import { Article } from '../article';
import { Report, Severity } from '../finding';
import { HouseStyle } from '../styles/style';

export interface RuleContext {
  article: Article;
  style: HouseStyle;
}

/** One check a copy desk makes. Stateless: the same article and style give the same reports. */
export interface Rule {
  /** Stable, kebab-case, grouped by area: `dateline/missing`. Never reused. */
  id: string;
  description: string;
  defaultSeverity: Severity | 'off';
  /** Reports only under a style with `release` settings: lint does not run it under another. */
  releaseOnly?: boolean;
  check(context: RuleContext): Report[];
}
