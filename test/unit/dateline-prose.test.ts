import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';

// A name with an acronym or a web address in parentheses is ordinary prose, often on the second or third line of a
// hard-wrapped paragraph; a dateline needs more than that (a date, a dash, a city in capitals or an agency's word).
describe('dateline parser: prose with something in parentheses is not a dateline', () => {
  const prose = [
    'Shares of the company rose after the National Union of Fruit Growers\nFederation of Orchard Owners (Fedoro) said.\nPrices were firm.',
    'The Northern Rail Alliance, (NRA), a group of freight operators, said on Monday it would merge.',
    'Fans swap news on a site called Harbor\nLights (www.example.org/harbor), which lists every show.',
    'Quarterly results, Westfield Partners (WFP) reported, beat forecasts.',
    'Oakridge Photo Package, moving 10/12/ for use on Sunday.',
  ];
  for (const text of prose) {
    it(`finds no dateline in "${text.replace(/\n/g, ' ').slice(0, 50)}…"`, () => {
      assert.strictEqual(parseArticle(text).dateline, undefined);
    });
  }

  const datelines: [string, Record<string, unknown>][] = [
    // A sloppy dateline with an agency's word is still read, so `dateline/malformed` can name what is wrong.
    ['Lisbon (Xinhua) the ministry said on Monday.', { city: 'Lisbon', agency: 'Xinhua' }],
    // A service's dateline with its date after the agency and no dash (read whole by the release extension).
    ['Springfield, OR (Newsworthy.ai) Tuesday Mar 3, 2026 @ 9:00 AM Pacific — Acme said.', { city: 'Springfield', agency: 'Newsworthy.ai', year: 2026 }],
    ['PORTO (Xinhua) -- The ministry said.', { city: 'PORTO', agency: 'Xinhua', separator: '--' }],
    // A release's date in parentheses is its date, not an agency.
    ['Denver, CO (April 2, 2026) - Acme Corp. said.', { city: 'Denver', agency: undefined, month: 'April', day: 2, year: 2026, separator: '-' }],
    ['TULSA, Okla. (Oct. 9) -- Acme said.', { city: 'TULSA', agency: undefined, month: 'Oct.', day: 9 }],
  ];
  for (const [text, expected] of datelines) {
    it(`reads "${text.slice(0, 45)}"`, () => {
      const dateline = parseArticle(text).dateline;
      assert.ok(dateline, 'no dateline found');
      const actual: Record<string, unknown> = {
        city: dateline.city.text, agency: dateline.agency?.text, month: dateline.date?.month.text, day: dateline.date?.day?.value,
        year: dateline.date?.year?.value, separator: dateline.separator?.text,
      };
      for (const key of Object.keys(expected)) assert.strictEqual(actual[key], expected[key], key);
    });
  }

  it('keeps the spans of a date read from parentheses on the text', () => {
    const text = 'Denver, CO (April 2, 2026) - Acme Corp. said.';
    const date = parseArticle(text).dateline?.date;
    assert.ok(date?.year && date.day);
    assert.strictEqual(text.slice(date.month.start, date.month.end), 'April');
    assert.strictEqual(text.slice(date.day.start, date.day.end), '2');
    assert.strictEqual(text.slice(date.year.start, date.year.end), '2026');
  });

  it('finds a Yonhap dateline with a city pair and a region after the headline on its line', () => {
    const text = 'Rail link opens Ferry service resumes BUSAN/ULSAN, South Korea, Dec. 3 (Yonhap) -- The first train left on Tuesday.';
    const dateline = parseArticle(text).dateline;
    assert.strictEqual(dateline?.city.text, 'BUSAN/ULSAN');
    assert.strictEqual(dateline?.agency?.text, 'Yonhap');
  });
});

describe('dateline parser: a release that opens with its service and date', () => {
  it('reads `(Service) - Date - CITY —` as one dateline', () => {
    const text = '# Headline\n\n(ExampleWire) - March 04, 2026 - TOLEDO — Acme Corp. said on Wednesday.';
    const dateline = parseArticle(text).dateline;
    assert.ok(dateline?.date?.year);
    assert.strictEqual(text.slice(dateline.span.start, dateline.span.end), '(ExampleWire) - March 04, 2026 - TOLEDO —');
    assert.strictEqual(dateline.city.text, 'TOLEDO');
    assert.strictEqual(dateline.agency?.text, 'ExampleWire');
    assert.strictEqual(dateline.date.year.value, 2026);
    assert.strictEqual(dateline.separator?.text, '—');
  });

  it('does not read prose in parentheses and a date as one', () => {
    assert.strictEqual(parseArticle('(Updated) - March 04, 2026 - the company said it would pay.').dateline, undefined);
  });
});

describe('dateline parser: a release dated after the dash, its issuer between slashes', () => {
  it('reads `City, Country - Month D, YYYY / Issuer /` with the date, and no agency', () => {
    const text = '# Headline\n\n Fairview, United States - March 4, 2026 / Acme Dental /\n\n Acme Dental said it would open.';
    const dateline = parseArticle(text).dateline;
    assert.ok(dateline?.date?.year);
    assert.strictEqual(text.slice(dateline.span.start, dateline.span.end), 'Fairview, United States - March 4, 2026 / Acme Dental /');
    assert.strictEqual(dateline.date.year.value, 2026);
    assert.strictEqual(dateline.agency, undefined);
    assert.strictEqual(dateline.separator?.text, '-');
  });

  it('does not read a capitalised phrase and a dash before prose as a dateline', () => {
    assert.strictEqual(parseArticle('Fairview, Acme - the company said on Monday it would open.').dateline, undefined);
  });
});

describe('dateline parser: a table row under a heading is not a dateline', () => {
  it('skips `WORD - figure` below another line and finds no dateline', () => {
    const text = '    June 3 - stocks as of Friday.\n    BARLEY - 1,204,000 bushels in two ports.\n    RYE - 310,000 bushels.\n';
    assert.strictEqual(parseArticle(text).dateline, undefined);
  });

  it('still reads a first-line dateline whose lede starts with a figure', () => {
    assert.strictEqual(parseArticle('    OSLO - 3,000 workers struck on Monday.\n').dateline?.city.text, 'OSLO');
  });
});
