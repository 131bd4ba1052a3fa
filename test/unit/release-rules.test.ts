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
