import * as assert from 'assert';
import { analyse, resolveConfig } from '../../server/src/core';
import { inCapitals, looksTitleCased, lowerCaseMajorWords } from '../../server/src/core/rules/headline-case';

const MINOR = ['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to'];

describe('headline case', () => {
  it('names the lower-case major words of a title-case headline', () => {
    assert.deepStrictEqual(lowerCaseMajorWords('Acme opens an Office in Austin', MINOR).map((word) => word.text), ['opens']);
    assert.deepStrictEqual(lowerCaseMajorWords('Acme Opens an Office in Austin', MINOR), []);
    // Minor words are capitalised first, last and after a colon.
    assert.deepStrictEqual(lowerCaseMajorWords('Acme Growth: the Plan Ahead to', MINOR).map((word) => word.text), ['the', 'to']);
  });

  it('leaves brand names, numbers and domains alone', () => {
    assert.deepStrictEqual(lowerCaseMajorWords('Acme Ships iPhone Cases for eBay Sellers via acme.io in 5G Markets', [...MINOR, 'via']), []);
  });

  it('tells title case from sentence case and capitals', () => {
    assert.ok(looksTitleCased('Acme Opens New Office in Austin Today', MINOR));
    assert.ok(!looksTitleCased('Acme opens new office in Austin today', MINOR));
    assert.ok(inCapitals('ACME OPENS NEW OFFICE IN AUSTIN'));
    assert.ok(!inCapitals('Acme Opens New Office in Austin'));
  });
});

describe('press-release style selection and gating', () => {
  const release = '# Acme Opens Office\n\nAUSTIN, Texas, May 6, 2025 /EZ Newswire/ -- Acme opened an office.\n';

  it('auto picks the press-release style for a distribution service it does not list by name', () => {
    const { config } = resolveConfig(undefined, { style: 'auto' });
    const analysis = analyse(release, config);
    assert.strictEqual(analysis.style.id, 'press-release');
    assert.ok(!analysis.findings.some((finding) => finding.rule === 'dateline/agency-mismatch'));
  });

  it('runs no release rule in a news style', () => {
    const { config } = resolveConfig(undefined, { style: 'xinhua' });
    assert.deepStrictEqual(analyse(release, config).findings.filter((finding) => finding.rule.startsWith('release/')), []);
  });

  it('reports an empty document as nothing, not as a release missing every part', () => {
    const { config } = resolveConfig(undefined, { style: 'press-release' });
    assert.deepStrictEqual(analyse('', config).findings, []);
    assert.deepStrictEqual(analyse('\n  \n', config).findings, []);
  });
});

describe('release/quote-speaker reads titles as releases write them', () => {
  const { config } = resolveConfig(undefined, { style: 'press-release' });
  const quoteFindings = (body: string) => analyse(`FOR IMMEDIATE RELEASE\n\nAcme Grows\n\nBOSTON, May 1, 2025 /PRNewswire/ -- ${body}\n`, config)
    .findings.filter((finding) => finding.rule === 'release/quote-speaker').map((finding) => finding.message);

  it('accepts a name and title before the verb, credentials before the title, and a role given with "as"', () => {
    assert.deepStrictEqual(quoteFindings('Acme grew.\n\nRobert McDermott, President and CEO of Acme, commented, "We have grown in every market we serve this year."'), []);
    assert.deepStrictEqual(quoteFindings('Acme grew.\n\n"We have grown in every market we serve this year," said Ann Kazi, M.D., FAHA, head of research at Acme.'), []);
    assert.deepStrictEqual(quoteFindings('Acme named Scott Bart as Managing Partner.\n\n"We have grown in every market we serve this year," said Scott Bart.'), []);
  });

  it('does not take a quoted title or search phrase for a quotation', () => {
    assert.deepStrictEqual(quoteFindings('Acme launched the "Student Ambassador Programme for Chinese Medicine and Health Care" today.'), []);
    assert.deepStrictEqual(quoteFindings('Articles include "future trends in human resource management and hiring" and more.'), []);
  });

  it('still flags a quotation given to the company, and a named speaker with no title', () => {
    assert.strictEqual(quoteFindings('Acme grew.\n\n"We have grown in every market we serve this year," the company said.').length, 1);
    assert.strictEqual(quoteFindings('Acme grew.\n\n"We have grown in every market we serve this year," said Ann Kazi.').length, 1);
  });
});

describe('release/quote-speaker: first references the people engine does not read', () => {
  const { config } = resolveConfig(undefined, { style: 'press-release' });
  const quoteFindings = (headline: string, body: string) => analyse(`FOR IMMEDIATE RELEASE\n\n${headline}\n\nBOSTON, May 1, 2025 /PRNewswire/ -- ${body}\n`, config)
    .findings.filter((finding) => finding.rule === 'release/quote-speaker').map((finding) => finding.message);

  it('finds the title in the headline for an honorific and surname in the body', () => {
    assert.deepStrictEqual(quoteFindings('Acme Appoints Dana Kowal as Chief Financial Officer', 'Acme grew.\n\n"We have grown in every market we serve this year," said Ms. Kowal.'), []);
  });

  it('reads a plural title and a title-case quotation as a name, not speech', () => {
    assert.deepStrictEqual(quoteFindings('Acme Grows', 'Acme grew.\n\n"We have grown in every market we serve this year," said Ana Ruiz, Communication Specialists with Acme.'), []);
    assert.deepStrictEqual(quoteFindings('Acme Grows', 'Acme grew.\n\nThe talk was called "The Evolution of Media and Technology" this year.'), []);
  });
});
