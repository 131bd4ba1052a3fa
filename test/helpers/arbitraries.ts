// Random inputs for the property tests and `npm run fuzz`: raw text, hostile Unicode, and wire articles
// assembled from synthetic (or, in the long run, corpus) paragraphs.
import fc from 'fast-check';

/** Characters that matter to the parser, and characters that break naive string code. */
const PIECES = [
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\ufeff', '\u2028', '\u000b', '\u000c',
  '.', ',', ';', ':', '!', '?', '...', '"', '“', '”', "'", '’', '‘', '`', '``', "''", '(', ')', '[', ']', '/',
  '-', '--', '—', '–', '_', '#', '###', '# # #', '-30-', 'Enditem', 'End Item', 'Reuter', '(END)', 'said', 'says',
  'added', 'according to', 'told', 'he', 'she', 'his', 'her', 'they', 'that', 'the', 'and', 'President', 'Minister',
  'Mr.', 'Dr.', 'spokesperson', 'Xi', 'Jinping', 'Wang', 'Miguel', 'Diaz-Canel', "O'Brien", 'de', 'la', 'van',
  'BEIJING', 'NEW YORK', 'Aug.', 'August', 'Sept', 'Feb', '30', '2021', '1', '(Xinhua)', '(Reuters)', '(AP)',
  '/PRNewswire/', '--(BUSINESS WIRE)--', 'U.S.', 'Inc.', 'Jr.', 'Ministry', 'Party', 'Hong Kong',
  '[wirecheck-disable terminator/missing]', '[wirecheck-disable]', 'FOR IMMEDIATE RELEASE', '# ',
  // Unicode that splits naive code: surrogate pairs, combining marks, RTL, CJK, NUL and lone surrogates.
  '😀', '👩‍👩‍👧', '🇨🇳', 'e\u0301', '\u0301', 'Díaz', 'ﬁ', 'İ', 'ß', 'مرحبا', 'שלום', '\u200f', '\u202e', '中国', '习近平',
  '한국', '\u0000', '\u0001', '\u001b', '\u007f', '\ud800', '\udc00', '\udbff\udfff', '\ufffd', '\uffff',
];

const piece = fc.constantFrom(...PIECES);
const letters = fc.stringMatching(/^[A-Za-z]{1,9}$/);

/** Any UTF-16 string, lone surrogates included. */
export const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });

/** Text built from the pieces above, with random words between them. */
export const wireishText = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 2, arbitrary: letters }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** Raw random text of every kind. */
export const randomText = fc.oneof(
  { weight: 5, arbitrary: wireishText },
  { weight: 2, arbitrary: anyUtf16 },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
);

const CITIES = ['BEIJING', 'NEW YORK', 'Havana', 'SAO PAULO', 'ÜRÜMQI', 'WASHINGTON', 'Cape Town', 'TEL AVIV'];
const MONTHS = ['Aug.', 'August', 'Sept', 'Feb', 'Jan. ', 'Dec', 'Marchember'];
const AGENCIES = ['(Xinhua)', '(Reuters)', '(AP)', '/PRNewswire/', '--(BUSINESS WIRE)--', '(Yonhap)', ''];
const SEPARATORS = [' --', ' -', ' —', ' _', ' –', '', ' --\u00a0'];

/** A dateline, well formed or a little broken. */
export const datelineLine = fc.tuple(
  fc.constantFrom(...CITIES), fc.boolean(), fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), fc.option(fc.constantFrom('2021', '1999', '20')),
  fc.constantFrom(...AGENCIES), fc.constantFrom(...SEPARATORS),
).map(([city, dated, month, day, year, agency, separator]) => `${city}${dated ? `, ${month} ${day}${year ? `, ${year}` : ''}` : ''} ${agency}${separator}`);

const FIRST_NAMES = ['Xi', 'Miguel', 'Jane', 'Wang', 'Ursula', 'Li', 'José', 'Aung San'];
const LAST_NAMES = ['Jinping', 'Diaz-Canel', 'Doe', 'Wenbin', 'von der Leyen', 'Qiang', "O'Neill", 'Suu Kyi'];
const TITLES = ['President', 'Chinese President', 'spokesperson', 'Prime Minister', 'Dr.', '', 'Foreign Ministry spokesperson'];
const VERBS = ['said', 'added', 'told reporters', 'noted', 'stressed', 'according to', 'says', 'warned'];

const personName = fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES))
  .map(([title, first, last]) => `${title ? `${title} ` : ''}${first} ${last}`);

/** One synthetic sentence: plain, reported speech, a direct quote, or a pronoun attribution. */
export const sentence = fc.oneof(
  fc.tuple(personName, fc.constantFrom(...VERBS), wireishText).map(([who, verb, what]) => `${who} ${verb} that ${what.slice(0, 80)}.`),
  fc.tuple(fc.constantFrom('"', '“', '``'), wireishText, fc.constantFrom('"', '”', "''", ''), fc.constantFrom('he said', 'she added', 'said Xi', 'Diaz-Canel said', 'officials said'))
    .map(([open, what, close, attribution]) => `${open}${what.slice(0, 80)},${close} ${attribution}.`),
  fc.tuple(fc.constantFrom('He', 'She', 'They', 'The ministry'), fc.constantFrom(...VERBS), wireishText).map(([who, verb, what]) => `${who} ${verb} ${what.slice(0, 60)}.`),
  wireishText.map((what) => `${what.slice(0, 100)}.`),
);

/** A paragraph of one to four sentences. */
export const syntheticParagraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));

export interface ArticleShape {
  paragraphs: string[];
  dateline: string | null;
  terminator: string | null;
  layout: 'line' | 'blank' | 'indented';
  eol: '\n' | '\r\n' | '\r' | 'mixed';
  bom: boolean;
  wrap: number | null;
}

/** Lays paragraphs out as a wire desk would: one per line, blank-line separated or indented, maybe hard-wrapped. */
export function layoutArticle(shape: ArticleShape): string {
  const wrapLine = (paragraph: string) => {
    if (!shape.wrap) return [paragraph];
    const lines: string[] = [];
    let rest = paragraph;
    while (rest.length > shape.wrap) {
      const cut = rest.lastIndexOf(' ', shape.wrap);
      const at = cut > 0 ? cut : shape.wrap;
      lines.push(rest.slice(0, at));
      rest = rest.slice(at).replace(/^ /, '');
    }
    lines.push(rest);
    return lines;
  };
  const lines: string[] = [];
  shape.paragraphs.forEach((paragraph, index) => {
    const text = index === 0 && shape.dateline !== null ? `${shape.dateline} ${paragraph}` : paragraph;
    const wrapped = wrapLine(text);
    if (shape.layout === 'indented') wrapped[0] = `    ${wrapped[0]}`;
    if (shape.layout === 'blank' && index > 0) lines.push('');
    lines.push(...wrapped);
  });
  if (shape.terminator !== null) {
    if (shape.terminator.startsWith(' ') && lines.length) lines[lines.length - 1] += shape.terminator;
    else lines.push(shape.terminator);
  }
  let text = '';
  lines.forEach((line, index) => {
    const eol = shape.eol === 'mixed' ? ['\n', '\r\n', '\r'][index % 3] : shape.eol;
    text += index < lines.length - 1 ? line + eol : line;
  });
  return (shape.bom ? '\ufeff' : '') + text;
}

/** An article built from the given paragraphs, with a random dateline, terminator, layout and line endings. */
export function articleFrom(paragraphs: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.record<ArticleShape>({
    paragraphs: fc.array(paragraphs, { minLength: 0, maxLength: 8 }),
    dateline: fc.option(datelineLine, { nil: null }),
    terminator: fc.option(fc.constantFrom(' Enditem', 'Enditem', '###', '-30-', ' Reuter', '(END)', 'End Item', 'ENDS', ' Enditem\n\nsome junk'), { nil: null }),
    layout: fc.constantFrom('line', 'blank', 'indented'),
    eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.boolean(),
    wrap: fc.option(fc.integer({ min: 20, max: 90 }), { nil: null }),
  }).map(layoutArticle);
}

export const syntheticArticle = articleFrom(syntheticParagraph);

/** Any text the fuzzers feed the core: raw text, or an article, possibly with a random slice of noise spliced in. */
export function anyInput(paragraphs: fc.Arbitrary<string> = syntheticParagraph): fc.Arbitrary<string> {
  const article = articleFrom(paragraphs);
  return fc.oneof(
    { weight: 3, arbitrary: randomText },
    { weight: 4, arbitrary: article },
    { weight: 2, arbitrary: fc.tuple(article, randomText, fc.nat()).map(([text, noise, at]) => spliceAt(text, noise, at)) },
  );
}

function spliceAt(text: string, insert: string, at: number): string {
  const offset = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, offset) + insert + text.slice(offset);
}

/** A random edit of a text: a range (UTF-16 offsets, in bounds) and its replacement. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export const editSeed = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(randomText.map((text) => text.slice(0, 30)), piece, fc.constant('')));

export function editFor(text: string, [at, length, insert]: [number, number, string]): Edit {
  const start = text.length ? at % (text.length + 1) : 0;
  return { start, end: Math.min(text.length, start + length), text: insert };
}
