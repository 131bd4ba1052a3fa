import * as assert from 'assert';
import { firmPartnersAfter, namesWrittenAsFirms } from '../../server/src/core/parse/firm-evidence';
import { isAcronym, isInitial } from '../../server/src/core/parse/name-runs';
import { relationGender } from '../../server/src/core/parse/person-gender';

// The small readers that name runs and the evidence for a person share, read on their own: their answers must not
// change when they are made faster.

describe('name runs: initials', () => {
  it('takes one or two capitals, each with at most one period, as initials', () => {
    for (const word of ['J', 'J.', 'JA', 'J.A.', 'O.J', 'É.', 'ÉL']) assert.strictEqual(isInitial(word), true, word);
  });

  it('takes no other word as initials', () => {
    for (const word of ['', 'JFK', 'J.F.K', 'Jo', 'j.', '.J', 'J..', 'J-', '1.', 'J.A.B', 'Smith', 'Él']) {
      assert.strictEqual(isInitial(word), false, word);
    }
  });
});

describe('firm evidence: names written as a firm', () => {
  const firms = (text: string) => [...namesWrittenAsFirms(text)].sort();

  it('reads the capitalised words before a suffix, a partnership or shares as a firm, with every tail of them', () => {
    assert.deepStrictEqual(firms('Dealers Kleinwort Benson and Co said.'), ['dealers kleinwort benson', 'kleinwort benson']);
    assert.deepStrictEqual(firms('We buy Acme Widget Corp. today.'), ['acme widget']);
    assert.deepStrictEqual(firms('They sold Jacobs Engineering common shares.'), ['jacobs engineering']);
    assert.deepStrictEqual(firms('Acme Widget stockholders voted.'), ['acme widget']);
    assert.deepStrictEqual(firms('Brokers said James Capel (Far East) Ltd rose.'), ['james capel']);
    assert.deepStrictEqual(firms('Buy Acme Widget, Inc. now'), ['acme widget', 'buy acme widget']);
    assert.deepStrictEqual(firms('said Rosa Ögon Group'), ['rosa ogon']);
    assert.deepStrictEqual(firms('Jane Doe & Co'), ['jane doe']);
  });

  it('reads a name only before a whole marker word, and after a firm noun', () => {
    assert.deepStrictEqual(firms('Jane Doe Cooper spoke. Ann Lee Incorporated it. Co-founder Bo Bay left. Bo Bay Shares fell.'), []);
    assert.deepStrictEqual(firms('Shares of brokers James Capel rose.'), ['james capel']);
  });
});

describe('firm evidence: partners after a comma', () => {
  const partners = (text: string) => firmPartnersAfter(text, text.indexOf(','));

  it('reads more title-case names, `and` and then a suffix as a firm of partners', () => {
    assert.strictEqual(partners('Merrill Lynch Pierce, Fenner and Smith Inc said'), true);
    assert.strictEqual(partners('Merrill Lynch Pierce,\u00a0Fenner\tand  Smith, Inc.'), true);
  });

  it('reads a role, a suffix without `and`, or words cut off by the window as no partners', () => {
    assert.strictEqual(partners('Jane Doe, president of Acme Inc'), false);
    assert.strictEqual(partners('Nissan Motor, Manufacturing Corp. president'), false);
    assert.strictEqual(partners(`Merrill Lynch Pierce, Fenner and Smith${' '.repeat(40)}Inc`), false);
    assert.strictEqual(firmPartnersAfter('Jane Doe said', 8), false);
  });
});

describe('people: a relative before a name', () => {
  // The pattern relationGender reads by hand, kept here as the reference.
  const RELATIVE_BEFORE = /(?:^|[^\p{L}])(wife|widow|mother|daughter|sister|girlfriend|fiancee|grandmother|granddaughter|niece|aunt|husband|widower|father|son|brother|boyfriend|fiance|grandfather|grandson|nephew|uncle),?\s+$/u;
  const FEMALE = new Set(['wife', 'widow', 'mother', 'daughter', 'sister', 'girlfriend', 'fiancee', 'grandmother', 'granddaughter', 'niece', 'aunt']);
  const byPattern = (text: string, start: number) => {
    const found = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
    return found ? (FEMALE.has(found[1]) ? 'female' : 'male') : undefined;
  };

  it('answers as the pattern does, at the window edge, with commas, other spaces and non-ASCII letters', () => {
    const befores = ['his wife, ', 'her son ', 'his wife,  ', 'wife ', 'grandson ', 'her granddaughter, ', 'her great-granddaughter ',
      'stepson ', 'step-son ', 'Wife ', 'wife,\n', 'wife\u00a0', 'wife\u2028', 'wife ,', 'wife', 'niece,', 'said his  wife,   ',
      'éwife ', 'ÉSon ', '\u{1d400}son ', '\u{1f600}son ', '\ud835son ', 'the eldest son, ', 'x'.repeat(20) + ' son ', 'and his brother  ',
      '1son ', '_son ', 'sons ', 'a   ', '', ',  ', 'aunt\t', 'his fiance, ', 'his fiancee '];
    for (const before of befores) {
      for (const pad of ['', 'Some words before it: ', 'a', '\ud835']) {
        const text = `${pad}${before}Jane Doe`;
        const start = text.length - 'Jane Doe'.length;
        assert.strictEqual(relationGender(text, start), byPattern(text, start), JSON.stringify(text));
      }
    }
  });
});

describe('name runs: acronyms', () => {
  it('takes two or more capitals without full stops between as an acronym', () => {
    for (const word of ['NATO', 'IBM', 'ÉTAT', 'AT&T', 'G7X', 'UN']) assert.strictEqual(isAcronym(word), true, word);
    for (const word of ['Nato', 'U.S.', 'U.K', 'A', 'É', 'Diaz-Canel', 'McDONALD', 'NATOs', 'Ébc', '7', 'ßS']) assert.strictEqual(isAcronym(word), false, word);
  });
});
