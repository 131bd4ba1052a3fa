import * as assert from 'assert';
import { speakerOf } from '../helpers/recognition';

// `…, said NAME`: the words before the comma are what was said when a name that closes its clause follows the verb,
// also with a short `of`/`at` phrase after the name; a weekday after the verb dates the statement and names nobody.

describe('inverted speaker after the verb', () => {
  it('reads a name followed by a short of/at phrase as the speaker', () => {
    assert.strictEqual(speakerOf('The plan had been proposed as the remedy, said Alvin Seiff of the space agency.\n', 'said'), 'Alvin Seiff');
    assert.strictEqual(speakerOf('The plan will fail, said Ann Lee at the institute. She spoke in Boston.\n', 'said'), 'Ann Lee');
    assert.strictEqual(speakerOf('The plan will fail, said Ann Lee of the Brookings Institution, a research group.\n', 'said'), 'Ann Lee');
  });

  it('does not read a name that opens a clause as the speaker', () => {
    assert.strictEqual(speakerOf('The plan will fail, said Ann Lee of the plan that was rejected.\n', 'said'), 'The plan will fail');
  });

  it('does not take a weekday after the verb for the speaker', () => {
    assert.strictEqual(speakerOf('Sales fell 4 percent, said Nicholas Vianna, director of the trade division, said Tuesday.\n', 'said'), 'Nicholas Vianna');
    assert.notStrictEqual(speakerOf('Prices will rise, the bank said Tuesday.\n', 'said'), 'Tuesday');
    assert.strictEqual(speakerOf('Prices will rise, the bank said Tuesday.\n', 'said'), 'the bank');
  });
});
