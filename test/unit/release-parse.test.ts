import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { parseEmbargoTime } from '../../server/src/core/parse/embargo';
import { mayExtend } from '../../server/src/core/parse/release-dateline';

const RELEASE = [
  'FOR IMMEDIATE RELEASE',
  '',
  'Acme Robotics Unveils Harbor-Class Cleaning Drone',
  'New model cuts port maintenance costs by a third',
  '',
  'BOSTON, Sept. 19, 2025 /PRNewswire/ -- Acme Robotics Inc. today launched the Harbor-Class drone. It ships in October.',
  '',
  '"Ports have waited a long time for this," said Jane Doe, chief executive officer of Acme Robotics.',
  '',
  'About Acme Robotics',
  'Acme Robotics builds cleaning machines for heavy industry.',
  '',
  'Media Contact:',
  'John Roe',
  'john.roe@acme-robotics.example',
  '+1 617-555-0100',
  '',
  '###',
  '',
].join('\n');

const slice = (text: string, span: { start: number; end: number } | undefined) => span && text.slice(span.start, span.end);

describe('press release anatomy', () => {
  const article = parseArticle(RELEASE);
  const release = article.release!;

  it('reads the release line, headline and subheadline above the dateline', () => {
    assert.strictEqual(release.releaseLine?.kind, 'immediate');
    assert.strictEqual(release.headline?.text, 'Acme Robotics Unveils Harbor-Class Cleaning Drone');
    assert.strictEqual(release.headline?.markdown, false);
    assert.strictEqual(release.subheadline?.text, 'New model cuts port maintenance costs by a third');
  });

  it('keeps the head out of the paragraphs and reads the dateline with year and service', () => {
    assert.ok(slice(RELEASE, article.paragraphs[0].span)!.startsWith('BOSTON'));
    assert.strictEqual(article.dateline?.agency?.text, 'PRNewswire');
    assert.strictEqual(article.dateline?.date?.year?.value, 2025);
  });

  it('takes the first sentence after the dateline as the lede', () => {
    assert.strictEqual(slice(RELEASE, release.lede), 'Acme Robotics Inc. today launched the Harbor-Class drone.');
  });

  it('finds the About section, the contact block and the end mark', () => {
    assert.deepStrictEqual(release.abouts.map((about) => about.company), ['Acme Robotics']);
    assert.strictEqual(release.contacts.length, 1);
    const contact = release.contacts[0];
    assert.strictEqual(contact.heading.text, 'Media Contact:');
    assert.strictEqual(contact.name?.text, 'John Roe');
    assert.deepStrictEqual(contact.emails.map((email) => email.text), ['john.roe@acme-robotics.example']);
    assert.deepStrictEqual(contact.phones.map((phone) => phone.text), ['+1 617-555-0100']);
    assert.strictEqual(release.endMark?.text, '###');
    assert.strictEqual(release.afterEndMark, undefined);
  });

  it('reads a markdown headline and a typographic-dash Business Wire dateline', () => {
    const text = '# Acme Opens Office in Austin\n\nPALO ALTO, Calif.–(BUSINESS WIRE)–Acme today opened an office.\n';
    const parsed = parseArticle(text);
    assert.deepStrictEqual(parsed.release?.headline && { text: parsed.release.headline.text, markdown: parsed.release.headline.markdown }, { text: 'Acme Opens Office in Austin', markdown: true });
    assert.strictEqual(parsed.dateline?.agency?.text, 'BUSINESS WIRE');
    assert.strictEqual(parsed.dateline?.region?.text, 'Calif.');
  });

  it('reads run-on headings as reposts write them', () => {
    const text = '# Acme Grows\n\nSAN JOSE, Calif., March 18, 2024 (GLOBE NEWSWIRE) -- Acme grew.\n\nAbout Acme.ioAcme.io is a maker of tools.\n\nContactJane Doe jane@acme.example\n';
    const release = parseArticle(text).release!;
    assert.deepStrictEqual(release.abouts.map((about) => [about.heading.text, about.company]), [['About Acme.io', 'Acme.io']]);
    assert.deepStrictEqual(release.contacts[0].emails.map((email) => email.text), ['jane@acme.example']);
  });

  it('reports text after an end mark that is not the last line', () => {
    const text = '# Acme Grows\n\nBOSTON, May 1, 2025 /PRNewswire/ -- Acme grew.\n\n###\n\nAbout Acme\n\nAcme makes tools.\n';
    const release = parseArticle(text).release!;
    assert.strictEqual(release.endMark?.text, '###');
    assert.strictEqual(slice(text, release.afterEndMark), 'About Acme\n\nAcme makes tools.');
    assert.deepStrictEqual(release.abouts.map((about) => about.company), ['Acme']);
  });

  it('reads an embargo line', () => {
    const text = 'EMBARGOED UNTIL 9 a.m. ET, Sept. 19, 2025\n\nAcme Grows\n\nBOSTON, Sept. 18, 2025 /PRNewswire/ -- Acme grew.\n';
    const line = parseArticle(text).release?.releaseLine;
    assert.strictEqual(line?.kind, 'embargo');
    assert.strictEqual(line?.embargo?.text.text, '9 a.m. ET, Sept. 19, 2025');
    assert.deepStrictEqual(line?.embargo?.time, { year: 2025, month: 9, day: 19, hour: 9, minute: 0, zone: 'ET' });
  });

  it('finds a contact block at the top and does not take it for the headline', () => {
    const text = 'FOR IMMEDIATE RELEASE\nMedia contact: Jane Doe, jane@acme.example\n\nAcme Grows Again\n\nBOSTON, May 1, 2025 /PRNewswire/ -- Acme grew.\n';
    const release = parseArticle(text).release!;
    assert.strictEqual(release.headline?.text, 'Acme Grows Again');
    assert.strictEqual(release.contacts[0].name?.text, 'Jane Doe');
  });

  it('leaves a wire story without release marks alone', () => {
    assert.strictEqual(parseArticle('BEIJING, Aug. 30 (Xinhua) -- Officials met on Monday, he said. Enditem\n').release, undefined);
    assert.strictEqual(parseArticle('').release, undefined);
  });

  it('does not read prose with an abbreviation in parentheses as a dateline', () => {
    assert.strictEqual(parseArticle('Artificial intelligence (AI) is changing care.\n').dateline, undefined);
    assert.strictEqual(parseArticle('Acme Corp. (NASDAQ: ACME) reported results.\n').dateline, undefined);
    assert.ok(parseArticle('CHICAGO and TOKYO, July 23, 2025 /PRNewswire/ -- Two firms merged.\n').dateline);
  });
});

describe('embargo times', () => {
  it('reads the orders desks write them in', () => {
    assert.deepStrictEqual(parseEmbargoTime('Sept. 19, 2025, 10:30 EDT'), { year: 2025, month: 9, day: 19, hour: 10, minute: 30, zone: 'EDT' });
    assert.deepStrictEqual(parseEmbargoTime('00:01 GMT 19 September 2025'), { year: 2025, month: 9, day: 19, hour: 0, minute: 1, zone: 'GMT' });
    assert.deepStrictEqual(parseEmbargoTime('2025-09-19T10:00-04:00'), { year: 2025, month: 9, day: 19, hour: 10, minute: 0, zone: '-04:00' });
    assert.deepStrictEqual(parseEmbargoTime('noon PT, March 3'), { month: 3, day: 3, hour: 12, minute: 0, zone: 'PT' });
  });

  it('gives nothing for words without a date', () => {
    assert.strictEqual(parseEmbargoTime('further notice'), undefined);
    assert.strictEqual(parseEmbargoTime('Sept. 45, 2025'), undefined);
  });
});

describe('release signals for auto', () => {
  it('does not take prose starting with "About" or "Contact" for boilerplate or contact headings', () => {
    const text = 'NEW YORK (AP) -- Talks went on.\n\nAbout 40,000 people marched on Sunday.\n\nabout the S80, according to officials of Volvo Cars of North\n\nContact Herman at the desk for more.\n';
    const release = parseArticle(text).release;
    assert.strictEqual(release, undefined);
  });
});

describe('release sections as reposts write them', () => {
  const head = '# Acme Grows\n\nBOSTON, May 1, 2025 /PRNewswire/ -- Acme grew.\n\n';

  it('ends an About heading where the boilerplate is glued on', () => {
    const release = parseArticle(`${head}About Finys, LLCFinys offers a platform.\n\nABOUT MADSCIMadSci is a maker.\n`).release!;
    assert.deepStrictEqual(release.abouts.map((about) => about.company), ['Finys, LLC', 'MADSCI']);
  });

  it('finds a contact heading that is not the first on its line', () => {
    const release = parseArticle(`${head}Metaverse contact: https://example.com/chat   Media Contact: press@acme.example\n`).release!;
    assert.deepStrictEqual(release.contacts.map((block) => block.heading.text), ['Media Contact:']);
    assert.deepStrictEqual(release.contacts[0].emails.map((email) => email.text), ['press@acme.example']);
  });

  it('takes contact lines without a heading at the end of the release', () => {
    const release = parseArticle(`${head}About Acme\nAcme makes tools.\n\nDr. Ann Lee (952) 555-0134 https://acme.example\n`).release!;
    assert.strictEqual(release.contacts.length, 1);
    assert.deepStrictEqual(release.contacts[0].phones.map((phone) => phone.text), ['(952) 555-0134']);
  });

  it('does not run a labelled phone number into the next line', () => {
    const release = parseArticle(`${head}Media Contact:\nTel: 516.212.0727\n\nEmail: jo@acme.example\n`).release!;
    assert.deepStrictEqual(release.contacts[0].phones.map((phone) => phone.text), ['516.212.0727']);
  });
});

describe('service datelines with the date after the city', () => {
  const cases: [string, string, number][] = [
    ['CLEARWATER, FL - (NewMediaWire) - September 03, 2024 - Acme grew.', 'NewMediaWire', 2024],
    ['MIAMI, FL — March 10, 2025 — (NOTICIAS NEWSWIRE) — Acme grew.', 'NOTICIAS NEWSWIRE', 2025],
    ['HONG KONG SAR - [Media OutReach Newswire](https://www.example.com) - 16 March 2026 - Acme grew.', 'Media OutReach Newswire', 2026],
    ['Venice, FL (Newsworthy.ai) Monday Dec 4, 2023 @ 1:35 PM Pacific — Acme grew.', 'Newsworthy.ai', 2023],
  ];
  for (const [line, agency, year] of cases) {
    it(`reads ${agency} and the year, and starts the lede after them`, () => {
      const article = parseArticle(`${line}\n`);
      assert.strictEqual(article.dateline?.agency?.text, agency);
      assert.strictEqual(article.dateline?.date?.year?.value, year);
      assert.strictEqual(line.slice(article.paragraphs[0].sentences[0].span.start - 0, article.paragraphs[0].sentences[0].span.end), 'Acme grew.');
    });
  }
});

describe('release head details', () => {
  it('joins a headline broken after "and" with its next line', () => {
    const release = parseArticle('# Acme Group and\nBeta Partner on Tools\n\nBOSTON, May 1, 2025 /PRNewswire/ -- Acme grew.\n').release!;
    assert.strictEqual(release.headline?.text, 'Acme Group and\nBeta Partner on Tools');
    assert.strictEqual(release.subheadline, undefined);
  });

  it('reads an About heading glued to its text after a colon', () => {
    const release = parseArticle('# Acme Grows\n\nBOSTON, May 1, 2025 /PRNewswire/ -- Acme grew.\n\nABOUT ACME & SONS, LLP:Acme prosecutes class actions.\n').release!;
    assert.deepStrictEqual(release.abouts.map((about) => about.company), ['ACME & SONS, LLP']);
  });
});

describe('what may extend a dateline', () => {
  // mayExtend answers most ledes in place; it must agree with the pattern it stands for on every kind of opening.
  const MAY_EXTEND = /^\s*(?:[([\d]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\p{L}{3,9}\.?\s+\d)/u;
  it('agrees with its pattern', () => {
    const openings = [
      ' The company said', ' Acme grew', '  (NewMediaWire) -', ' [Media', ' 16 March 2026', ' Monday Dec 4', ' Mondays 4',
      ' Tuesday', ' Dec 4, 2023', ' Sept. 3, 2024', ' Sept.\u00a03', ' September 03', ' Septembers 3', ' Dec4', ' Décembre 4',
      ' Über 5', ' ab 4', ' abcdefghij 4', ' \u2003Mar 3', ' - The', '', '   ', ' é', ' \u{1D400}bc 4', ' Sun', ' Sunday',
    ];
    for (const rest of openings) assert.strictEqual(mayExtend(rest), MAY_EXTEND.test(rest), JSON.stringify(rest));
  });
});
