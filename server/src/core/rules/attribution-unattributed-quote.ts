import { Article, Quote } from '../article';
import { ATTRIBUTION_VERBS } from '../lexicon/lexicon';
import { HouseStyle } from '../styles/style';
import { Rule } from './rule';
import { firstEndingAfter, indexHolding } from '../span-search';

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
    const direct = article.quotes.filter((quote) => isDirectQuotation(article.text, quote));
    // Most articles have no direct quotation: then no sentence needs reading for verbs.
    if (direct.length === 0) return [];
    if (article.sentences.slice(0, 2).some((sentence) => DOCUMENT_TEXT.test(article.text.slice(sentence.span.start, sentence.span.end)))) return [];
    const attributed = attributedSentences(article, verbPattern(style));
    for (const index of sentencesAboutPeople(article)) attributed.add(index);
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
function isDirectQuotation(text: string, quote: Quote): boolean {
  const raw = text.slice(quote.inner.start, quote.inner.end);
  const inner = raw.trim();
  if (wordCount(inner) < MIN_QUOTED_WORDS || TRANSCRIPT.test(inner)) return false;
  // An aside in parentheses (`( "Hi, my name is Bill." )`) illustrates; it is not a source's words.
  if (/\(\s*$/.test(text.slice(Math.max(0, quote.span.start - 3), quote.span.start))) return false;
  const lineStart = text.lastIndexOf('\n', quote.span.start) + 1;
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

// `said Alan Shaw` typed without its space (`saidAlan Shaw`) still attributes.
const GLUED_VERB = /\b(?:said|says)\p{Lu}/u;
// `Following are extracts from the communique …`: every quotation after it is the document's.
const DOCUMENT_TEXT = /\bfollowing (?:is|are) (?:the )?(?:text|texts|extracts|excerpts|highlights|the main points)\b/i;
// An item of a numbered list (`1. ``The Mummy,'' $12.7 million.`) quotes titles, not people.
const LIST_ITEM = /^\s*\d{1,2}[.)]\s/;

const NAME_WITH_ROLE = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)? \p{Lu}\p{Ll}+, (?:a|an|the) \p{Ll}/u;

// A conjunction or a short adverbial may open the sentence before its subject (`But he refused …`).
const LEADING_WORDS = /^(?:\s|But\s|And\s|Yet\s|Still\s|So\s)*/;

/**
 * Sentences whose subject is a person (a name or a pronoun for one opens them: `Woo treats …`, `But he refused …`):
 * the speaker the issue asks for is named there, and a quotation next to it reads as theirs. Also the sentences
 * of a paragraph after a direct statement in it: wire copy keeps one speaker per paragraph of quotation.
 */
function sentencesAboutPeople(article: Article): number[] {
  const starts = new Set<number>();
  for (const person of article.people) {
    // A possessive (`Proxmire's committee will …`) is not the subject.
    for (const mention of person.mentions) if (!/^['’]/.test(article.text.slice(mention.span.end, mention.span.end + 1))) starts.add(mention.span.start);
  }
  const directParagraphs = new Map<number, number>();
  for (const statement of article.statements) {
    if (statement.direct && !directParagraphs.has(statement.paragraph)) directParagraphs.set(statement.paragraph, statement.span.start);
  }
  // Speakers the name finder did not take for people but the article quotes by name (`says Woo`).
  const namedSources = new Set(article.statements.flatMap((statement) => statement.speaker.kind === 'source' && /^\p{Lu}[\p{L}.'’-]+$/u.test(statement.speaker.text) ? [statement.speaker.text] : []));
  const indexes: number[] = [];
  article.sentences.forEach((sentence, index) => {
    const head = article.text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 60));
    // The subject may follow an opening adverbial (`In addition to cosmetic therapy, Woo treats …`).
    const adverbial = /^[^,"“”`]{1,45},\s+/.exec(head)?.[0].length ?? 0;
    if (adverbial && starts.has(sentence.span.start + adverbial)) {
      indexes.push(index);
      return;
    }
    const lead = LEADING_WORDS.exec(head)?.[0].length ?? 0;
    const first = /^[\p{L}.'’-]+/u.exec(head.slice(lead))?.[0] ?? '';
    const since = directParagraphs.get(sentence.paragraph);
    const opening = head.slice(lead);
    // A pronoun for a person, or a name with an appositive (`Shannon Gormley, a teacher in …, is concerned.`).
    const quoting = /^\s*(?:["“`]|'')/.test(head);
    // Words inside the quotation (`"He has been …"`) do not name its speaker.
    const aboutPerson = !quoting && (starts.has(sentence.span.start + lead) || namedSources.has(first) || first === 'He' || first === 'She' || NAME_WITH_ROLE.test(opening));
    if (aboutPerson || (quoting && since !== undefined && since < sentence.span.start) || GLUED_VERB.test(article.text.slice(sentence.span.start, sentence.span.end))) indexes.push(index);
  });
  return indexes;
}

/** Indexes (into article.sentences) of the sentences that carry an attribution: a statement, or a verb outside the quotes. */
function attributedSentences(article: Article, verbs: RegExp): Set<number> {
  const indexes = new Set<number>();
  let firstQuote = 0;
  article.sentences.forEach((sentence, index) => {
    // Sentences and quotes are both in text order: skip the quotes that end before this sentence once and for all.
    while (firstQuote < article.quotes.length && article.quotes[firstQuote].span.end <= sentence.span.start) firstQuote++;
    if (verbs.test(outsideQuotes(article, sentence.span, firstQuote))) indexes.add(index);
  });
  for (const statement of article.statements) {
    const index = indexHolding(article.sentences, statement.verb.start);
    if (index >= 0) indexes.add(index);
  }
  return indexes;
}

function isAttributed(article: Article, quote: Quote, attributed: Set<number>, runOn: Set<number>): boolean {
  const { sentences, text } = article;
  if (COLON_BEFORE.test(text.slice(Math.max(0, quote.span.start - 3), quote.span.start))) return true;
  if (DASH_AFTER.test(text.slice(quote.span.end, quote.span.end + 8))) return true;
  if (SPEAKER_AFTER.test(text.slice(quote.span.end, quote.span.end + 80))) return true;
  if (SPEAKER_BEFORE.test(text.slice(Math.max(0, quote.span.start - 60), quote.span.start))) return true;
  let first = firstEndingAfter(sentences, quote.span.start);
  if (first < 0) return true;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1].span.start < quote.span.end) last++;
  // A quote that runs on from the previous paragraph (wire style) is attributed there.
  while (runsOnFromPrevious(article, quote, first, runOn)) first--;
  // A quote framed by words of its own sentence (`…," Matsui snapped`, `the motto "…"`) has its speaker or its
  // nature given there; the slip this rule is for is a quotation standing alone as its sentence.
  const ownSpan = { start: sentences[first].span.start, end: sentences[last].span.end };
  if (wordCount(outsideQuotes(article, ownSpan, firstQuoteEndingAfter(article, ownSpan.start))) >= 2) return true;
  for (let index = Math.max(0, first - 1); index <= Math.min(sentences.length - 1, last + 1); index++) {
    if (attributed.has(index)) return true;
  }
  // Introduced by a colon that ends the sentence before (`… in the Jones case:` ⏎ `"Q. …"`).
  if (first > 0 && /:\s*$/.test(text.slice(sentences[first - 1].span.start, sentences[first - 1].span.end))) return true;
  // Continued without a closing mark into the next paragraph, whose quotation is attributed (`…,'' the opinion said.`).
  if (!quote.closed && continuesIntoAttributed(article, quote, last, attributed)) return true;
  return followsAttributedQuotes(article, first, attributed);
}

/** Index of the first quotation that ends after `offset` (quotations are in text order and do not overlap). */
function firstQuoteEndingAfter(article: Article, offset: number): number {
  let low = 0;
  let high = article.quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (article.quotes[mid].span.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `Lyng said, "…. …." "I would suggest …."`: quotes that follow one another go on with the same speaker, so a
 * run of quotation-only sentences is attributed where the run's first quote is.
 */
function followsAttributedQuotes(article: Article, first: number, attributed: Set<number>): boolean {
  for (let index = first - 1; index >= Math.max(0, first - MAX_QUOTE_CHAIN); index--) {
    const sentence = article.sentences[index];
    const next = article.quotes[firstQuoteEndingAfter(article, sentence.span.start)];
    if (!next || next.span.start >= sentence.span.end) return false;
    if (attributed.has(index) || attributed.has(index - 1)) return true;
  }
  return false;
}

function continuesIntoAttributed(article: Article, quote: Quote, last: number, attributed: Set<number>): boolean {
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

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The text of a span with every quotation blanked out, so a verb inside someone's words does not count. */
function outsideQuotes(article: Article, span: { start: number; end: number }, firstQuote: number): string {
  let text = article.text.slice(span.start, span.end);
  for (let index = firstQuote; index < article.quotes.length && article.quotes[index].span.start < span.end; index++) {
    const quote = article.quotes[index];
    const start = Math.max(quote.span.start, span.start) - span.start;
    const end = Math.min(quote.span.end, span.end) - span.start;
    if (start < end) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text;
}
