import * as assert from 'assert';
import { people } from '../helpers/recognition';

// Evidence that makes a capitalised pair a person or not, shown on synthetic sentences: each test names the
// evidence, with a case that has it and one that does not.

describe('people: evidence around the name', () => {
  it('takes a capitalised role in an appositive as evidence of a person', () => {
    assert.deepStrictEqual(people('OSLO, May 2 (Xinhua) -- Ola Berg, the Minister of Fisheries, gave a speech today.'), ['Ola Berg']);
    assert.deepStrictEqual(people('OSLO, May 2 (Xinhua) -- Ola Berg, the New Harbour, opened today.'), []);
  });
});
