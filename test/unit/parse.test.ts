import * as assert from 'assert';
import * as fs from 'fs';
import { parseArticle, speakerName } from '../../server/src/core';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

describe('parseArticle on the seed article', () => {
  const article = parseArticle(seed);
  const slice = (span: { start: number; end: number }) => seed.slice(span.start, span.end);

  it('reads the dateline parts', () => {
    const dateline = article.dateline!;
    assert.strictEqual(dateline.city.text, 'BEIJING');
    assert.strictEqual(dateline.date?.month.text, 'Aug.');
    assert.strictEqual(dateline.date?.day?.value, 30);
    assert.strictEqual(dateline.agency?.text, 'Xinhua');
    assert.strictEqual(dateline.separator?.text, '--');
  });

  it('has twelve paragraphs, one per line, and the inline Enditem', () => {
    assert.strictEqual(article.paragraphs.length, 12);
    assert.deepStrictEqual(article.terminator && { text: article.terminator.text, inline: article.terminator.inline }, { text: 'Enditem', inline: true });
    assert.ok(!slice(article.paragraphs[11].span).includes('Enditem'));
  });

  it('finds exactly Xi Jinping, Miguel Diaz-Canel and Raul Castro', () => {
    assert.deepStrictEqual(article.people.map((person) => [person.fullName, person.surname]), [
      ['Xi Jinping', 'Xi'],
      ['Miguel Diaz-Canel', 'Diaz-Canel'],
      ['Raul Castro', 'Castro'],
    ]);
    assert.strictEqual(article.people[0].title, 'Chinese President');
    assert.strictEqual(article.people[1].title, 'Cuban President');
  });

  it('resolves every statement to Xi Jinping, including "he said" and "he added"', () => {
    const paragraphsWithStatements = new Set(article.statements.map((statement) => statement.paragraph));
    for (const paragraph of [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11]) assert.ok(paragraphsWithStatements.has(paragraph), `paragraph ${paragraph + 1} has no statement`);
    for (const statement of article.statements) assert.strictEqual(speakerName(article, statement.speaker), 'Xi Jinping', slice(statement.span));
    const verbs = article.statements.map((statement) => statement.verb.text);
    assert.ok(verbs.includes('added') && verbs.includes('pointed out') && verbs.includes('stressed'));
  });

  it('links surnames and pronouns to their person', () => {
    const xi = article.people[0];
    assert.ok(xi.mentions.some((mention) => mention.kind === 'pronoun' && slice(mention.span) === 'he'));
    assert.ok(xi.mentions.filter((mention) => mention.kind === 'surname').every((mention) => slice(mention.span) === 'Xi'));
    assert.ok(article.people[2].mentions.every((mention) => slice(mention.span).includes('Raul Castro')));
  });
});

describe('parseArticle on other layouts', () => {
  const datelines: [string, Record<string, unknown>][] = [
    ['LONDON, Aug 30 (Reuters) - Text here.', { city: 'LONDON', month: 'Aug', agency: 'Reuters', separator: '-' }],
    ['WASHINGTON (AP) — Text here.', { city: 'WASHINGTON', agency: 'AP', separator: '—' }],
    ['NEW YORK, Aug. 30, 2021 /PRNewswire/ -- Text here.', { city: 'NEW YORK', month: 'Aug.', year: 2021, agency: 'PRNewswire', agencyForm: 'slashes' }],
    ['PALO ALTO, Calif.--(BUSINESS WIRE)--GigCapital said.', { city: 'PALO ALTO', region: 'Calif.', agency: 'BUSINESS WIRE', agencyForm: 'dashes' }],
    ['ULAN BATOR, Mongolia, January 13 (Xinhua) -- Text.', { city: 'ULAN BATOR', region: 'Mongolia', month: 'January', agency: 'Xinhua' }],
    ['    SALVADOR, Feb 26 - Showers continued.', { city: 'SALVADOR', month: 'Feb', separator: '-' }],
  ];
  for (const [line, expected] of datelines) {
    it(`reads the dateline of "${line.trim().slice(0, 40)}"`, () => {
      const dateline = parseArticle(line).dateline;
      assert.ok(dateline, 'no dateline found');
      const actual: Record<string, unknown> = {
        city: dateline.city.text, region: dateline.region?.text, month: dateline.date?.month.text, year: dateline.date?.year?.value,
        agency: dateline.agency?.text, agencyForm: dateline.agencyForm, separator: dateline.separator?.text,
      };
      for (const key of Object.keys(expected)) assert.strictEqual(actual[key], expected[key], key);
    });
  }

  it('does not read an ordinary first sentence as a dateline', () => {
    assert.strictEqual(parseArticle('The decision was made at a recent meeting - officials said.').dateline, undefined);
  });

  it('joins hard-wrapped lines and splits at blank lines', () => {
    const article = parseArticle('MADRID, February 17 (Xinhua) -- Spain has\ndecided to act.\n\nThe decision was\nmade today.\n');
    assert.strictEqual(article.paragraphs.length, 2);
  });

  it('splits indented paragraphs without blank lines (Reuters 1987)', () => {
    const article = parseArticle('    NEW YORK, Feb 26 - Shares rose\nsharply today.\n    Traders said the rise\nwould last.\n Reuter\n');
    assert.strictEqual(article.paragraphs.length, 2);
    assert.strictEqual(article.terminator?.text, 'Reuter');
  });

  it('carries a paragraph on over a wrapped line indented by one blank, when paragraphs open deeper', () => {
    const text = '    LONDON, April 3 - Bills of 97.625 stg\n were allotted in full, the Bank\n of England said.\n    A total of 100 mln stg\nwas offered.\n REUTER\n';
    const article = parseArticle(text);
    assert.deepStrictEqual(article.paragraphs.map(({ span }) => text.slice(span.start, span.end).split('\n').length), [3, 2]);
    assert.strictEqual(article.terminator?.text, 'REUTER');
  });

  it('still opens a paragraph at a one-blank indent after a finished sentence or in one-blank copy', () => {
    const deeper = parseArticle('    LONDON, April 3 - Rates rose\ntoday.\n Traders said the rise\nwould last.\n    Dealers agreed.\n');
    assert.strictEqual(deeper.paragraphs.length, 3);
    const shallow = parseArticle(' LONDON, April 3 - Rates rose\ntoday, and\n Traders said the rise\nwould last.\n');
    assert.strictEqual(shallow.paragraphs.length, 2);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const article = parseArticle('WASHINGTON (AP) -- Sen. Bob Casey met Gov. John F. Kennedy Jr. in the U.S. Capitol on Aug. 3. They talked.');
    assert.strictEqual(article.sentences.length, 2);
  });

  it('keeps a quote open at the paragraph end as a continued quote', () => {
    const article = parseArticle('BEIJING, Aug. 30 (Xinhua) -- "We will go on, Xi Jinping said.\n"And we will win," he said.');
    assert.deepStrictEqual(article.quotes.map((quote) => quote.closed), [false, true]);
  });
});
