import { Article } from './article';
import { WirecheckConfig, lexiconFor, styleFor } from './config';
import { Finding } from './finding';
import { Lexicon } from './lexicon/lexicon';
import { lint } from './lint';
import { findLeadDateline, parseArticle } from './parse';
import { lastWordOf } from './styles/pick';
import { HouseStyle } from './styles/style';

export interface Analysis {
  article: Article;
  style: HouseStyle;
  findings: Finding[];
}

const lexicons = new WeakMap<WirecheckConfig, Map<string, Lexicon>>();

/** Parse and lint in one step: what the editor and the CLI both call for a document. */
export function analyse(text: string, config: WirecheckConfig): Analysis {
  const style = config.style === 'auto' ? styleFor(config, findLeadDateline(text), lastWordOf(text)) : styleFor(config);
  const article = parseArticle(text, cachedLexicon(config, style));
  return { article, style, findings: lint(article, style, config) };
}

function cachedLexicon(config: WirecheckConfig, style: HouseStyle): Lexicon {
  let byStyle = lexicons.get(config);
  if (!byStyle) lexicons.set(config, (byStyle = new Map()));
  let lexicon = byStyle.get(style.id);
  if (!lexicon) byStyle.set(style.id, (lexicon = lexiconFor(config, style)));
  return lexicon;
}
