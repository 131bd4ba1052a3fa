import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';

// Dateline and sign-off shapes that real wire copy has and a copy editor still reads as such.
describe('dateline parser: irregular shapes are read, so rules can say what is wrong', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['    NEW YORK, March 2 -The exchange said.', { city: 'NEW YORK', month: 'March', day: 2, separator: '-' }],
    ['    LONDON, March 16-\nText.', { city: 'LONDON', month: 'March', day: 16, separator: '-' }],
    ['    JOHANNESBURG March 13 - Gold rose.', { city: 'JOHANNESBURG', month: 'March', day: 13, missingComma: true }],
    ['    RICHMOND, Va. Feb 26 - Text.', { city: 'RICHMOND', region: 'Va.', month: 'Feb', missingComma: true }],
    ['    ROME, March 13, Reuter - Rates rose.', { city: 'ROME', month: 'March', agency: 'Reuter', agencyForm: 'bare' }],
    ['    RENO, Nev., Mach 4 - Porsche said.', { city: 'RENO', month: 'Mach', monthNumber: undefined, day: 4 }],
    ['    DALLAS/FORT WORTH, Texas, March 3 - AMR said.', { city: 'DALLAS/FORT WORTH', region: 'Texas', month: 'March' }],
    ['    GEORGETOWN, Grand Cayman, British West Indies, March 4 - Text.', { city: 'GEORGETOWN', region: 'Grand Cayman, British West Indies' }],
    ['    HOUSTON, March 20 -<Texas Capital> said.', { city: 'HOUSTON', separator: '-' }],
    ['    WASHINGTON, June 4, - After a battle.', { city: 'WASHINGTON', month: 'June', separator: '-' }],
    ['    SPRINGDALE, Ark., - Acme Corp said.', { city: 'SPRINGDALE', region: 'Ark.', month: undefined, separator: '-' }],
    ['    Millbrook, N.J,. April 2 - Acme said.', { city: 'Millbrook', region: 'N.J', month: 'April', day: 2, separator: '-' }],
    ['    ****OSLO, May 4 - Norway sold bonds.', { city: 'OSLO', month: 'May', day: 4 }],
  ];
  for (const [line, expected] of cases) {
    it(`reads "${line.trim().slice(0, 45)}"`, () => {
      const dateline = parseArticle(line).dateline;
      assert.ok(dateline, 'no dateline found');
      const actual: Record<string, unknown> = {
        city: dateline.city.text, region: dateline.region?.text, month: dateline.date?.month.text, monthNumber: dateline.date?.monthNumber,
        day: dateline.date?.day?.value, agency: dateline.agency?.text, agencyForm: dateline.agencyForm, separator: dateline.separator?.text,
        missingComma: dateline.missingCommaAt !== undefined,
      };
      for (const key of Object.keys(expected)) assert.strictEqual(actual[key], expected[key], key);
    });
  }

  it('builds every dateline with one set of fields in one order, whichever parts it has (one hidden class)', () => {
    const lines = [
      ...cases.map(([line]) => line),
      'Los Angeles, CA (May 13, 2024) - Acme said.',
      'CLEARWATER, FL - (NewMediaWire) - September 03, 2024 - Acme said.',
      '(NewMediaWire) - May 01, 2025 - DALLAS — Acme said.',
      'Dothan, United States - September 26, 2024 / ENTcare / Acme said.',
    ];
    const datelineShapes = new Set<string>();
    const dateShapes = new Set<string>();
    for (const line of lines) {
      const dateline = parseArticle(line).dateline;
      assert.ok(dateline, `no dateline in ${line}`);
      datelineShapes.add(Object.keys(dateline).join());
      if (dateline.date) dateShapes.add(Object.keys(dateline.date).join());
    }
    assert.deepStrictEqual([...datelineShapes], ['span,line,city,region,missingCommaAt,date,agency,agencyForm,separator']);
    assert.deepStrictEqual([...dateShapes], ['month,monthNumber,day,year']);
  });

  it('does not take a month-like word for a month', () => {
    assert.strictEqual(parseArticle('    NEW YORK, Maple 4 - Text.').dateline?.date, undefined);
  });
});

describe('terminator parser: sign-offs behind transmission noise', () => {
  it('finds an inline sign-off followed by telex noise lines, and reports the noise as trailing text', () => {
    const article = parseArticle('BEIJING, Aug. 30 (Xinhua) -- Text here.\nMore text. enditem\n=08221026\nNNNN\n18:27 18:27 g # PAB\n');
    assert.strictEqual(article.terminator?.text, 'enditem');
    assert.ok(article.trailingText);
    assert.ok(article.text.slice(article.trailingText.start, article.trailingText.end).startsWith('=08221026'));
  });

  it('reads a sign-off followed by caret control notation', () => {
    const article = parseArticle('    NEW YORK, March 3 - Text here.\n    More text.\n REUTER...^M\n');
    assert.strictEqual(article.terminator?.text, 'REUTER...');
    assert.strictEqual(article.trailingText, undefined);
  });

  it('reads a sign-off glued to the last word of a story run on one line', () => {
    const story = 'Rates today SEOUL, Jan. 5 (Yonhap) -- The following are the rates. 1-W 2.50 1-M 2.62';
    assert.strictEqual(parseArticle(`${story}(END)`).terminator?.text, '(END)');
    assert.strictEqual(parseArticle(`${story}(MORE)\n`).terminator?.text, '(MORE)');
    assert.strictEqual(parseArticle(story).terminator, undefined);
  });

  it('does not take a sentence before noise-free text for a sign-off', () => {
    const article = parseArticle('    NEW YORK, March 3 - A spokesman talked to Reuter\nabout the plan on Tuesday.\n');
    assert.strictEqual(article.terminator, undefined);
  });
});
