import * as assert from 'assert';
import { ATTRIBUTION_VERBS } from '../../server/src/core/lexicon/lexicon';
import { namesAHolder } from '../../server/src/core/rules/held-by';

// The pattern namesAHolder stands for: every verb as a case-insensitive alternative between word boundaries.
const HELD_BY = new RegExp(`\\b(?:${[...ATTRIBUTION_VERBS, 'ruled', 'criticised', 'criticized', 'labeled', 'labelled', 'think', 'thinks',
  'believe', 'called', 'calls', 'accused', 'described', 'considers', 'considered', 'regards', 'regarded', 'sees', 'saw']
  .map((verb) => verb.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

describe('namesAHolder', () => {
  it('finds a verb of holding a view as a whole word, in any letter case', () => {
    assert.strictEqual(namesAHolder('It is absurd, the minister SAID.'), true);
    assert.strictEqual(namesAHolder('critics think so'), true);
    assert.strictEqual(namesAHolder('It is absurd.'), false);
    assert.strictEqual(namesAHolder('saidx and _said and said2 and 1sees'), false);
  });

  it('reads a phrase across any blanks, and only up to a whole word', () => {
    assert.strictEqual(namesAHolder('as he Pointed \u00a0\n out, it is absurd'), true);
    assert.strictEqual(namesAHolder('she pointed outward'), false);
    assert.strictEqual(namesAHolder('pointed-out'), false);
    assert.strictEqual(namesAHolder('according to'), true);
  });

  it('answers as the pattern does on every verb, its neighbours and non-ASCII letters', () => {
    const verbs = ATTRIBUTION_VERBS.concat(['saw', 'thinks', 'labelled']);
    const frames = ['%', 'x%', '%x', '_%', '%_', '1%', 'é%', '%é', ' %.', '(%)', '%s', 'ſ%', '%\u212a', "it's %", '%-'];
    const texts: string[] = [];
    for (const verb of verbs) {
      for (const frame of frames) {
        texts.push(frame.replace('%', verb), frame.replace('%', verb.toUpperCase()), frame.replace('%', verb.replace(/ /g, '\t \u2028')));
        texts.push(frame.replace('%', verb.replace(/ /g, '')), frame.replace('%', verb.replace(/ /g, ' x')));
      }
    }
    for (const text of texts) assert.strictEqual(namesAHolder(text), HELD_BY.test(text), JSON.stringify(text));
  });
});
