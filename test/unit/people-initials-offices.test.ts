import * as assert from 'assert';
import { people } from '../helpers/recognition';

// Two name shapes that firms and departments share: initials before a surname (`J.A. Elkins`, `J.P. Morgan`) and a
// name after a formal office with its department (`Director of Planning Kang'ethe Gitu`).

describe('people: initials and a surname', () => {
  it('takes them for a person with a role before or after, or a courtesy title', () => {
    assert.deepStrictEqual(people('HOUSTON, March 3 - First City chairman J.A. Elkins said losses would be smaller.'), ['J.A. Elkins']);
    assert.deepStrictEqual(people('W.A. Kistler, chief executive of Acme, told reporters the talks failed.'), ['W.A. Kistler']);
    assert.deepStrictEqual(people('Mr. K.L. Brandt said he agreed.'), ['K.L. Brandt']);
  });

  it('leaves them alone without that evidence, without periods, or when the initials are a country', () => {
    assert.deepStrictEqual(people('E.F. Hutton said it would buy the firm. J.P. Morgan said shares rose.'), []);
    assert.deepStrictEqual(people('Airgas said chairman C Perkins resigned.'), []);
    assert.deepStrictEqual(people('The package totalled 232 mln U.S. Dlrs, coordinator DG Bank said.'), []);
    assert.deepStrictEqual(people('Willy De Clercq wrote to his U.S. Counterpart, Trade Representative Clayton Yeutter.').includes('U.S. Counterpart'), false);
  });
});

describe('people: a name after an office and its department', () => {
  it('reads the department as part of the title', () => {
    assert.deepStrictEqual(people('"Jobs are scarce," Director of Planning Kang\'ethe Gitu said.'), ['Kang\'ethe Gitu']);
    assert.deepStrictEqual(people('The deal was signed by Jordan\'s Minister of Energy Hisham Khatib on Monday.'), ['Hisham Khatib']);
  });

  it('reads an organisation after a lower-case office or an office set off after a name as no person', () => {
    assert.deepStrictEqual(people('He was a senior vice president of Shearson Lehman Brothers.'), []);
    assert.deepStrictEqual(people('The fund hired Philip Caldwell, Senior Managing Director of Shearson Lehman Brothers.'), ['Philip Caldwell']);
  });
});

describe('people: names that a firm or a ship bears', () => {
  it('reads a run opened by a firm\'s name as no person', () => {
    assert.deepStrictEqual(people('Grant Thornton LLP audits firms. It joined Grant Thornton Ireland in January.'), []);
    // A suffix after the firm's words names its founder.
    assert.deepStrictEqual(people('Philip Crosby Associates was sold. Philip Crosby Jr said he agreed.'), ['Philip Crosby Jr']);
  });

  it('reads a name between "the" and a ship\'s noun as a ship', () => {
    assert.deepStrictEqual(people('Divers worked from the Pyotr Veliky cruiser on Monday.'), []);
    assert.deepStrictEqual(people('Admiral Pyotr Veliky said the divers were safe.'), ['Pyotr Veliky']);
  });
});

describe('people: a saint\'s name in a place\'s or a body\'s', () => {
  it('reads a given name and a word after St. or San as no person', () => {
    assert.deepStrictEqual(people('The St. Lawrence Seaway said the first ship passed through.'), []);
    assert.deepStrictEqual(people('No barges traded on the St Louis Merchants\' Exchange today.'), []);
    assert.deepStrictEqual(people('Mark McGwire of the St. Louis Cardinals said he stopped.'), ['Mark McGwire']);
  });

  it('reads a plural courtesy title before a name as a title', () => {
    assert.deepStrictEqual(people('Sens. Bob Dole and Robert Byrd voted against it.'), ['Bob Dole', 'Robert Byrd']);
  });
});
