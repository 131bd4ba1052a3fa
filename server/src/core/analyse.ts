import { Article } from './article';
import { WirecheckConfig, autoStyleFor, lexiconFor, styleFor } from './config';
import { Finding } from './finding';
import { Lexicon } from './lexicon/lexicon';
import { lint } from './lint';
import { findLeadDateline, forgetLastText, parseArticle } from './parse';
import { looksLikeRelease } from './parse/release';
import { StylePick, lastWordOf } from './styles/pick';
import { HouseStyle } from './styles/style';
import { screenInput } from './input-screen';

export interface Analysis {
  article: Article;
  style: HouseStyle;
  /** For `auto`: why this style was picked (`the dateline names \`Xinhua\``), for the status bar. */
  styleReason?: string;
  findings: Finding[];
  /** Set when less than the whole text was checked (a binary or too large file): one sentence for the status bar. */
  notice?: string;
}

/** `auto`: the style the lead dateline's agency names, else the sign-off's, else a release style, else `generic`. */
function autoStyle(text: string): StylePick {
  const dateline = findLeadDateline(text);
  return autoStyleFor(dateline, lastWordOf(text), () => looksLikeRelease(text, dateline));
}

const lexicons = new WeakMap<WirecheckConfig, Map<string, Lexicon>>();

/** Parse and lint in one step: what the editor and the CLI both call for a document. */
export function analyse(text: string, config: WirecheckConfig): Analysis {
  forgetLastText();
  const { checked, notice } = screenInput(text);
  const picked = config.style === 'auto' ? autoStyle(checked) : { style: styleFor(config), reason: undefined };
  const style = picked.style;
  const article = parseArticle(checked, cachedLexicon(config, style));
  const findings = lint(article, style, config);
  // Spelled out, not `...{ styleReason }`: a spread copies through a builtin call and a second empty object; same keys, same order.
  if (!notice) return picked.reason === undefined ? { article, style, findings } : { article, style, styleReason: picked.reason, findings };
  const kept = withNotice(findings, notice, article, config);
  return picked.reason === undefined
    ? { article, style, findings: kept, notice: notice.message }
    : { article, style, styleReason: picked.reason, findings: kept, notice: notice.message };
}

/**
 * When only the start of a file is checked, its last paragraph may be cut short: findings there are dropped, and
 * no finding keeps a fix, since a fix would be applied to a file nobody has checked to the end.
 */
function withNotice(findings: Finding[], notice: Finding, article: Article, config: WirecheckConfig): Finding[] {
  const lastParagraph = article.paragraphs[article.paragraphs.length - 1];
  const trusted = findings
    .filter((finding) => !lastParagraph || finding.span.end < lastParagraph.span.start)
    .map(({ fixes: _fixes, ...finding }) => finding);
  const severity = config.severities[notice.rule];
  if (severity === 'off') return trusted;
  return [{ ...notice, severity: severity ?? notice.severity }, ...trusted];
}

/**
 * Building a lexicon costs more than checking a short article, and the editor and the CLI resolve a fresh but
 * equal config object for every check: so lexicons are shared by content (style and word-list additions), not
 * only by object identity.
 */
function cachedLexicon(config: WirecheckConfig, style: HouseStyle): Lexicon {
  let byStyle = lexicons.get(config);
  if (!byStyle) lexicons.set(config, (byStyle = new Map()));
  let lexicon = byStyle.get(style.id);
  if (!lexicon) byStyle.set(style.id, (lexicon = lexiconByContent(config, style)));
  return lexicon;
}

const MAX_SHARED_LEXICONS = 16;
const sharedLexicons = new Map<string, Lexicon>();

function lexiconByContent(config: WirecheckConfig, style: HouseStyle): Lexicon {
  const key = `${style.id}\u0000${JSON.stringify(config.extensions)}`;
  let lexicon = sharedLexicons.get(key);
  if (!lexicon) {
    lexicon = lexiconFor(config, style);
    if (sharedLexicons.size >= MAX_SHARED_LEXICONS) sharedLexicons.delete(sharedLexicons.keys().next().value as string);
    sharedLexicons.set(key, lexicon);
  }
  return lexicon;
}
