import * as assert from 'assert';
import { people, speakerOf } from '../helpers/recognition';

// Who is a person: a month as a surname, a title with a surname alone, names in lists of places, firms of partners,
// bodies of a field, and given names that tell no gender. Each rule with the cases it must leave alone.

describe('people: a month name as a surname', () => {
  it('reads a month after a given name or an initial as the surname', () => {
    assert.deepStrictEqual(people('Dr. Alan R. March of the clinic said the drug worked.'), ['Alan R. March']);
    assert.deepStrictEqual(people('Prime Minister Helen May said talks would resume.'), ['Helen May']);
  });

  it('keeps a date out of the name', () => {
    assert.deepStrictEqual(people('President Peter Olsen May 5 signed the bill.'), ['Peter Olsen']);
    assert.deepStrictEqual(people('Peter Olsen in March said no.'), ['Peter Olsen']);
    assert.deepStrictEqual(people('Sales rose in March and May, the firm said.'), []);
  });

  it('reads a capitalised modal after a name as its last word, not an adverb before the verb', () => {
    assert.strictEqual(speakerOf('Kevin May, president of Acme Farms, told a committee that prices fell.', 'told'), 'Kevin May');
    assert.strictEqual(speakerOf('The Israeli group Peace Now said the site was far away.', 'said'), 'The Israeli group Peace Now');
    assert.strictEqual(speakerOf('The U.S. Has said it will impose tariffs.', 'said'), 'U.S.');
    assert.strictEqual(speakerOf('Ann Lee Thursday said prices fell.', 'said'), 'Ann Lee');
  });
});

describe('people: a title and a surname alone', () => {
  it('makes a person of a personal title and a surname that speaks, and links the bare surname to it', () => {
    const text = 'President Halvorsen said he wanted a deal. The bank will lend more, said Halvorsen. He added that talks went well.';
    assert.deepStrictEqual(people(text), ['Halvorsen']);
    assert.strictEqual(speakerOf(text, 'said'), 'Halvorsen');
    assert.strictEqual(speakerOf(text, 'said', 1), 'Halvorsen');
    assert.strictEqual(speakerOf(text, 'added'), 'Halvorsen');
    assert.strictEqual(speakerOf('Prices will rise, said Mr. Quan.', 'said'), 'Quan');
  });

  it('leaves the surname to the person named in full', () => {
    assert.deepStrictEqual(people('President Ola Halvorsen arrived. President Halvorsen said talks went well.'), ['Ola Halvorsen']);
  });

  it('makes no person of a bare word, a firm or a title used as a thing', () => {
    assert.deepStrictEqual(people('Boeing said it would hire. Xinhua said so. General Motors said no.'), []);
    assert.deepStrictEqual(people('The Silver Queen Mine has closed. He met committee chairman Citibank officials.'), []);
    assert.deepStrictEqual(people('Mr. Rooter Corp said it rescinded the plan. Mr. Rooter Corp shares fell.'), []);
    assert.deepStrictEqual(people('She is Professor Emeritus at Harvard Medical School.'), []);
    assert.deepStrictEqual(people('He became a Premier Sponsor of the fair, the group said.'), []);
  });
});

describe('people: places in a list, firms of partners, bodies of a field', () => {
  it('reads names in a list after a plural of places as places', () => {
    assert.deepStrictEqual(people('He said a few New Jersey towns - including Cherry Hill and Ocean City - had banned it.'), []);
    assert.deepStrictEqual(people('Resorts such as Palm Grove and Cherry Hill were full.'), []);
  });

  it('keeps a person after a list that ended its sentence, and people listed after a plural of people', () => {
    assert.deepStrictEqual(people('It won in states including Iowa and New Hampshire.\n\nAlicia Claypool, director of the group, said so.'), ['Alicia Claypool']);
    assert.deepStrictEqual(people('Officials including Peter Smith and Ann Jones met.'), ['Peter Smith', 'Ann Jones']);
  });

  it('reads partners named before `and` and a firm suffix as a firm', () => {
    assert.deepStrictEqual(people('He was part of Merrill Lynch\nPierce, Fenner and Smith Inc.'), []);
    assert.deepStrictEqual(people('"Rates will fall," said Jerry Benefield, Nissan Motor Manufacturing Corp. president.'), ['Jerry Benefield']);
  });

  it('reads the field after an organisation and `of` as part of its name', () => {
    assert.deepStrictEqual(people('Leaders of the National Association of Wheat\nGrowers met.'), []);
    assert.deepStrictEqual(people('She spoke to the University of California Regent Ward Connerly.'), ['Ward Connerly']);
  });
});

describe('people: a given name borne by men and women', () => {
  it('tells no gender, so a later he or she may refer to the person', () => {
    const text = 'Robin Hale, governor of the bank, said takeovers were useful. He added that some went too far.';
    assert.strictEqual(speakerOf(text, 'added'), 'Robin Hale');
    assert.strictEqual(speakerOf('Pat Conway, the minister, said trade would grow. She added that talks went well.', 'added'), 'Pat Conway');
  });

  it('keeps the gender of a given name that has one', () => {
    assert.notStrictEqual(speakerOf('Mary Hale, governor of the bank, said takeovers were useful. He added that some went too far.', 'added'), 'Mary Hale');
  });
});

describe('people: the field after a convention, a center or an office and on/for', () => {
  it('reads it as part of the body name', () => {
    assert.deepStrictEqual(people('The Senate must ratify the Hague Convention on Intercountry Adoption. The Center for Adoptable Children agreed.'), []);
  });

  it('keeps a person named after a title in such a body', () => {
    assert.deepStrictEqual(people('The Office for Civil Rights director Ann Lowe said so.'), ['Ann Lowe']);
  });
});

describe('people: a bare role opened by a participle after the name', () => {
  it('reads managing director, acting chairman as the role that makes the name a person', () => {
    assert.deepStrictEqual(people('Prices fell. Susana de la Puente, managing director at Morgan, said prices fell.'), ['Susana de la Puente']);
    assert.deepStrictEqual(people('Prices fell. Nahum Vaskevitch, acting chairman of the board, said prices fell.'), ['Nahum Vaskevitch']);
  });

  it('leaves a participle that opens a clause or describes a firm', () => {
    assert.deepStrictEqual(people('Prices fell. Acme Widgets, marking a milestone, said prices fell.'), []);
    assert.deepStrictEqual(people('Prices fell. Acme Widgets, leading maker of tools, said prices fell.'), []);
  });
});
