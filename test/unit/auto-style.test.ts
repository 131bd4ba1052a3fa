import * as assert from 'assert';
import { analyse, resolveConfig } from '../../server/src/core';
import { lastWordOf } from '../../server/src/core/styles/pick';

const UNDATED = '   Volunteers rebuilt a footbridge that floods swept away.\n\n   "We picked up our tools," said Maria Keller, who leads the group.\n';
const rulesOf = (text: string, style?: string) =>
  analyse(text, resolveConfig(undefined, style === undefined ? {} : { style }).config).findings.map((finding) => finding.rule);

describe('auto style: a house style only on evidence, else the neutral generic style', () => {
  const picks: [string, string, RegExp][] = [
    ['BEIJING, Aug. 30 (Xinhua) -- Officials said.\n', 'xinhua', /dateline names `Xinhua`/],
    ['LONDON, Aug 30 (Reuters) - Shares rose.\n', 'reuters', /dateline names `Reuters`/],
    ['NEW YORK, Feb 26 - Shares rose, traders said.\n Reuter\n', 'reuters-1987', /ends with `Reuter`/],
    [`${UNDATED}   The council will pay for the railings. Enditem\n`, 'xinhua', /ends with `Enditem`/],
    ['DETROIT _ Car sales rose, dealers said.\n', 'nyt', /dash `_`/],
    ['ACME, Ohio, June 2, 2026 /EZ Newswire/ -- Acme Corp. said.\n', 'press-release', /distribution service/],
    [UNDATED, 'generic', /^no agency, house sign-off or press-release mark/],
    ['KUALA LUMPUR, Sept. 3 (Bernama) -- Officials said.\n', 'generic', /agency `Bernama` has no house style/],
  ];
  for (const [text, styleId, reason] of picks) {
    it(`picks ${styleId} for "${text.trim().slice(0, 40)}…" and says why`, () => {
      const analysis = analyse(text, resolveConfig(undefined, { style: 'auto' }).config);
      assert.strictEqual(analysis.style.id, styleId);
      assert.match(analysis.styleReason ?? '', reason);
    });
  }

  it('asks an undated story with no house marks for no dateline, agency or sign-off', () => {
    assert.deepStrictEqual(rulesOf(UNDATED, 'auto'), []);
  });

  it('keeps an explicitly chosen style strict, and gives no auto reason', () => {
    const analysis = analyse(UNDATED, resolveConfig({ style: 'xinhua' }).config);
    assert.strictEqual(analysis.styleReason, undefined);
    assert.deepStrictEqual(analysis.findings.map((finding) => finding.rule), ['dateline/missing', 'terminator/missing']);
  });

  it('checks with the strict default style, not auto, when nothing is configured', () => {
    assert.strictEqual(resolveConfig(undefined).config.style, 'xinhua');
    assert.deepStrictEqual(rulesOf(UNDATED), ['dateline/missing', 'terminator/missing']);
  });

  it('still checks a dateline when there is one: city in capitals, a month that is a month', () => {
    const rules = rulesOf('Kuala Lumpur, Septembre 3 (Bernama) -- Officials said.\n', 'auto');
    assert.deepStrictEqual(rules.filter((rule) => rule.startsWith('dateline/')), ['dateline/malformed', 'dateline/month-format']);
  });

  it('accepts any month form and any dash in a generic dateline', () => {
    for (const text of ['KUALA LUMPUR, September 3 (Bernama) — Officials said.\n', 'KUALA LUMPUR, Sep 3 - Officials said.\n']) {
      assert.deepStrictEqual(rulesOf(text, 'generic'), [], text);
    }
  });
});

describe('the last word auto reads for a sign-off', () => {
  // The scan by hand must give what the pattern it replaced gives, on tails built from the characters it treats apart.
  const pattern = (text: string) => /([\p{L}#\d-]+)\W*$/u.exec(text.slice(Math.max(0, text.length - 200)))?.[1];
  const parts = ['a', 'Z', '0', '_', '#', '-', ' ', '.', '\n', 'é', '\u{1D400}', '\uD835', '\uDC00', '€', '(', '\u0301', '中'];

  it('is the last run of letters, digits, # and - before non-word characters', () => {
    assert.strictEqual(lastWordOf('Shares rose. Reuter\n'), 'Reuter');
    assert.strictEqual(lastWordOf('… the end. (END)'), 'END');
    assert.strictEqual(lastWordOf('contact us. ###'), 'us');
    assert.strictEqual(lastWordOf('— ###'), '###');
    assert.strictEqual(lastWordOf('ends in snake_case.'), 'case');
    assert.strictEqual(lastWordOf('ends in snake_'), undefined);
    assert.strictEqual(lastWordOf('— … !'), undefined);
  });

  it('matches the pattern on many mixed tails', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % parts.length;
    for (let n = 0; n < 20000; n++) {
      let text = n % 97 === 0 ? 'x'.repeat(195) : '';
      for (let i = n % 13; i > 0; i--) text += parts[next()];
      assert.strictEqual(lastWordOf(text), pattern(text), JSON.stringify(text));
    }
  });
});
