import { Article, Quote } from '../article';
import { ATTRIBUTION_VERBS } from '../lexicon/lexicon';
import { HouseStyle } from '../styles/style';
import { countLetterWords, isSpaceUnit } from '../parse/char-class';
import { lineFeedStartAt, lineFeedStarts } from '../parse/lines';
import { Rule } from './rule';
import { firstEndingAfter } from '../span-search';
import { AttributedSentences, countLetterWordsOutsideQuotes, firstQuoteEndingAfter } from './attributed-sentences';

// Ways of attributing that are not a `Statement` of the parser's: `As one banker put it, "…"`, `…," as described by`.
const EXTRA_ATTRIBUTIONS = [
  'put it', 'described', 'describes', 'asked', 'asks', 'adding', 'saying', 'quoted', 'wrote', 'writes', 'in a statement', 'in a letter',
  'concluded', 'agreed', 'quipped', 'observes', 'deplored', 'criticized', 'criticised', 'defined', 'defines', 'shared', 'continued',
  'contended', 'cautioned', 'joked', 'wondered', 'promised', 'vowed', 'branded', 'called', 'reads', 'read', 'insisted', 'recalls',
  'tweeted', 'posted', 'testified', 'concludes', 'thought', 'recalled', 'conceded', 'responded', 'answered', 'countered', 'boasted', 'lamented', 'summed up',
  'agrees', 'cited', 'cites', 'wonders',
];
// `Jedi: "…"` and `"…" -- Henri Bergson`: the speaker named by a colon before the quote or a dash after it.
const COLON_BEFORE = /[:：]\s*$/;
// A release signs a quotation on the line below with a hyphen: `"…"` ⏎ `- Karla Lewis, President`.
const DASH_AFTER = /^\s*(?:--|—|–|-\s)\s*\p{Lu}/u;
// A transcript: `Q. At any time …?` / `A. I don't recall …` speak for the people the text introduced.
const TRANSCRIPT = /^\s*(?:Q|A)[.:]\s/;
// A speaker and a verb of any kind right after the quote (`…!'' Wan shrieked`) or right before it (`he jokes. "…"`).
const SPEAKER_AFTER = /^[,.!?'’”"\s]*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they|I|we)\s+)(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|es|s)\b/u;
const SPEAKER_BEFORE = /(?:\b\p{Lu}[\p{L}.'’-]*|\b(?:he|she|they|I|we))\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|es|s)(?:\s+\p{Ll}+ly)?\s*[.,:;]?\s*$/u;
/** How many quotation-only sentences may stand between a quote and the attribution of the first of them. */
const MAX_QUOTE_CHAIN = 4;

/** Shorter quotations are scare quotes or titles (`"range trading"`, `"Generation X"`), not someone's words. */
const MIN_QUOTED_WORDS = 5;

export const attributionUnattributedQuote: Rule = {
  id: 'attribution/unattributed-quote',
  description: 'A direct quotation with no speaker in its sentence or the sentence next to it.',
  defaultSeverity: 'warning',
  check({ article, style }) {
    if (article.quotes.length === 0) return [];
    // The text's line starts are found when a quotation first asks (most are too short to be someone's words).
    const feeds: LineFeeds = { starts: undefined };
    const direct = article.quotes.filter((quote) => isDirectQuotation(article.text, quote, feeds));
    // Most articles have no direct quotation: then no sentence needs reading for verbs.
    if (direct.length === 0) return [];
    if (article.sentences.slice(0, 2).some((sentence) => DOCUMENT_TEXT.test(article.text.slice(sentence.span.start, sentence.span.end)))) return [];
    const attributed = new AttributedSentences(article, verbPattern(style));
    const runOn = new Set(article.quotes.filter((quote) => !quote.closed).map((quote) => quote.paragraph));
    return direct
      .filter((quote) => !isAttributed(article, quote, attributed, runOn))
      .map((quote) => ({
        span: quote.span,
        message: 'Nobody is said to have said this: name the speaker in this sentence or the next (`…," Xi said.`).',
      }));
  },
};

/**
 * Someone's words, not a term or a title in quotation marks (`the "bank lending to the private sector" component`):
 * long enough, and ending in punctuation inside the marks or running on to the paragraph's end.
 */
interface LineFeeds {
  starts: number[] | undefined;
}

function isDirectQuotation(text: string, quote: Quote, feeds: LineFeeds): boolean {
  const raw = text.slice(quote.inner.start, quote.inner.end);
  const inner = raw.trim();
  if (countLetterWords(inner, MIN_QUOTED_WORDS) < MIN_QUOTED_WORDS || TRANSCRIPT.test(inner)) return false;
  // An aside in parentheses (`( "Hi, my name is Bill." )`) illustrates; it is not a source's words.
  if (/\(\s*$/.test(text.slice(Math.max(0, quote.span.start - 3), quote.span.start))) return false;
  const lineStart = lineFeedStartAt((feeds.starts ??= lineFeedStarts(text)), quote.span.start);
  if (LIST_ITEM.test(text.slice(lineStart, quote.span.start + 1))) return false;
  // `the "model-hardware-scenario " industrial deadlock`: an unclosed mark with a space after it is stray, not an opening.
  if (!quote.closed && /^[ \t]/.test(raw)) return false;
  return !quote.closed || /[.,!?;:…-]$/.test(inner);
}

const verbPatterns = new WeakMap<HouseStyle, RegExp>();

function verbPattern(style: HouseStyle): RegExp {
  let pattern = verbPatterns.get(style);
  if (!pattern) verbPatterns.set(style, (pattern = buildVerbPattern(style)));
  return pattern;
}

function buildVerbPattern(style: HouseStyle): RegExp {
  const verbs = [...ATTRIBUTION_VERBS, ...style.attributionVerbs, ...EXTRA_ATTRIBUTIONS]
    .map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`\\b(?:${verbs.join('|')})\\b`, 'i');
}

// `Following are extracts from the communique …`: every quotation after it is the document's.
const DOCUMENT_TEXT = /\bfollowing (?:is|are) (?:the )?(?:text|texts|extracts|excerpts|highlights|the main points)\b/i;
// An item of a numbered list (`1. ``The Mummy,'' $12.7 million.`) quotes titles, not people.
const LIST_ITEM = /^\s*\d{1,2}[.)]\s/;

function isAttributed(article: Article, quote: Quote, attributed: AttributedSentences, runOn: Set<number>): boolean {
  const { sentences, text } = article;
  if (COLON_BEFORE.test(text.slice(Math.max(0, quote.span.start - 3), quote.span.start))) return true;
  if (DASH_AFTER.test(text.slice(quote.span.end, quote.span.end + 8))) return true;
  if (SPEAKER_AFTER.test(text.slice(quote.span.end, quote.span.end + 80))) return true;
  if (mayEndWithVerb(text, quote.span.start, 60) && SPEAKER_BEFORE.test(text.slice(Math.max(0, quote.span.start - 60), quote.span.start))) return true;
  let first = firstEndingAfter(sentences, quote.span.start);
  if (first < 0) return true;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1].span.start < quote.span.end) last++;
  // A quote that runs on from the previous paragraph (wire style) is attributed there.
  while (runsOnFromPrevious(article, quote, first, runOn)) first--;
  // A quote framed by words of its own sentence (`…," Matsui snapped`, `the motto "…"`) has its speaker or its
  // nature given there; the slip this rule is for is a quotation standing alone as its sentence.
  const ownSpan = { start: sentences[first].span.start, end: sentences[last].span.end };
  if (countLetterWordsOutsideQuotes(article, ownSpan, firstQuoteEndingAfter(article, ownSpan.start), 2) >= 2) return true;
  for (let index = Math.max(0, first - 1); index <= Math.min(sentences.length - 1, last + 1); index++) {
    if (attributed.has(index)) return true;
  }
  // Introduced by a colon that ends the sentence before (`… in the Jones case:` ⏎ `"Q. …"`).
  if (first > 0 && /:\s*$/.test(text.slice(sentences[first - 1].span.start, sentences[first - 1].span.end))) return true;
  // Continued without a closing mark into the next paragraph, whose quotation is attributed (`…,'' the opinion said.`).
  if (!quote.closed && continuesIntoAttributed(article, quote, last, attributed)) return true;
  return followsAttributedQuotes(article, first, attributed);
}

/**
 * Whether the `reach` characters before `end` may end as SPEAKER_BEFORE requires: a word ending in `s`, `ed` or
 * `ly`, then blanks around at most one of `.,:;`. Tested first because most quotations follow `said`, or no verb,
 * and the pattern tries every start in the window before it fails.
 */
function mayEndWithVerb(text: string, end: number, reach: number): boolean {
  const limit = Math.max(0, end - reach);
  let at = end - 1;
  while (at >= limit && isSpaceUnit(text.charCodeAt(at))) at--;
  const mark = text.charCodeAt(at);
  if (at >= limit && (mark === 0x2e || mark === 0x2c || mark === 0x3a || mark === 0x3b)) {
    at--;
    while (at >= limit && isSpaceUnit(text.charCodeAt(at))) at--;
  }
  if (at < limit) return false;
  const last = text.charCodeAt(at);
  const before = at > limit ? text.charCodeAt(at - 1) : -1;
  return last === 0x73 || (last === 0x64 && before === 0x65) || (last === 0x79 && before === 0x6c);
}

/**
 * `Lyng said, "…. …." "I would suggest …."`: quotes that follow one another go on with the same speaker, so a
 * run of quotation-only sentences is attributed where the run's first quote is.
 */
function followsAttributedQuotes(article: Article, first: number, attributed: AttributedSentences): boolean {
  for (let index = first - 1; index >= Math.max(0, first - MAX_QUOTE_CHAIN); index--) {
    const sentence = article.sentences[index];
    const next = article.quotes[firstQuoteEndingAfter(article, sentence.span.start)];
    if (!next || next.span.start >= sentence.span.end) return false;
    if (attributed.has(index) || attributed.has(index - 1)) return true;
  }
  return false;
}

function continuesIntoAttributed(article: Article, quote: Quote, last: number, attributed: AttributedSentences): boolean {
  for (let index = last + 1; index < article.sentences.length && index <= last + MAX_QUOTE_CHAIN; index++) {
    const sentence = article.sentences[index];
    if (sentence.paragraph !== quote.paragraph + 1) return false;
    if (attributed.has(index)) return true;
  }
  return false;
}

/** `runOn`: the paragraphs that end inside an open quotation. */
function runsOnFromPrevious(article: Article, quote: Quote, sentenceIndex: number, runOn: Set<number>): boolean {
  if (sentenceIndex <= 0) return false;
  const previous = article.sentences[sentenceIndex - 1];
  if (previous.paragraph !== quote.paragraph - 1) return false;
  return runOn.has(previous.paragraph);
}
