import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { people, speakerOf } from '../helpers/recognition';

// Evidence for a person with an unknown surname: a trade that firms and persons share after a known given name, a
// relative named at the end of a sentence, an office the name is given; and the surname a title picks out.

describe('people: a trade after a known given name', () => {
  it('reads a producer, publisher or developer after a given name as a person', () => {
    assert.deepStrictEqual(people('The gala was paid for by Jonathan Quillfeather, the producer of "Night Harbor," and friends.'), ['Jonathan Quillfeather']);
    assert.deepStrictEqual(people('"Rates will rise," said Robert Vantongeren, a publisher of farm newsletters.'), ['Robert Vantongeren']);
  });

  it('keeps a firm that a rank or a non-name calls a producer', () => {
    assert.deepStrictEqual(people('Philip Morrow, the largest producer of cigars, said sales rose.'), []);
    assert.deepStrictEqual(people('Henry Quellmax, the world\'s biggest producer of tin, said output fell.'), []);
    assert.deepStrictEqual(people('Norvale Quint, the producer of aluminium, said output fell.'), []);
    assert.deepStrictEqual(people('Jonathan Quillfeather, a maker of garden tools, said sales rose.'), []);
  });
});

describe('people: a relative named at the end of a sentence', () => {
  it('reads a name after a relative and a comma as a person, even before a period', () => {
    assert.deepStrictEqual(people('The fund was started by a banker and his wife, Oriel Vasquenne.'), ['Oriel Vasquenne']);
  });

  it('needs a comma after the name for other roles', () => {
    assert.deepStrictEqual(people('The deal was signed with its partner, Halvane Dortmeyer.'), []);
  });
});

describe('people: a name given an office', () => {
  it('reads a name appointed as an officer as a person', () => {
    assert.deepStrictEqual(people('Acme Robotics is pleased to announce Zoltar Plevnik as Chief Growth Officer.'), ['Zoltar Plevnik']);
    assert.deepStrictEqual(people('The board named Ardis Kelloway as its new president and Tamsin Yorrow as treasurer.'), ['Ardis Kelloway', 'Tamsin Yorrow']);
  });

  it('keeps a firm hired as an adviser or an investor, and a participle opening a sentence', () => {
    assert.deepStrictEqual(people('Acme hired Brightwater Vantage as adviser and Corvane Ridge as lead investor.'), []);
    assert.deepStrictEqual(people('Replacing Quellmax as president is a longtime aide.'), []);
  });
});

describe('people: the surname a title picks out', () => {
  it('takes the word after a courtesy title as the surname, though a release calls the person by the given name', () => {
    const text = 'Acme named Dzoran Kastelvik as chief financial officer. Dzoran brings 20 years of experience. Dzoran will report to the board. Mr. Kastelvik said he was excited.';
    assert.strictEqual(parseArticle(text).people[0]?.surname, 'Kastelvik');
    assert.strictEqual(speakerOf(text, 'said'), 'Dzoran Kastelvik');
  });

  it('does not take the word after Sir as the surname', () => {
    const text = 'Sir Alwyn Pettigrove wrote the report. Sir Alwyn was firm. Pettigrove said the police had failed.';
    assert.strictEqual(parseArticle(text).people[0]?.surname, 'Pettigrove');
    assert.strictEqual(speakerOf(text, 'said'), 'Alwyn Pettigrove');
  });
});

describe('people: a bare family name that speaks', () => {
  it('makes a person of a family-name-first surname that speaks more than once, and links its pronoun', () => {
    const text = 'BEIJING, May 3 - Exports will rise this year, said Zhang, an economist at the bank. Zhang said imports would fall. He added that prices were stable.';
    assert.deepStrictEqual(people(text), ['Zhang']);
    assert.strictEqual(speakerOf(text, 'said'), 'Zhang');
    assert.strictEqual(speakerOf(text, 'added'), 'Zhang');
  });

  it('needs two speaking uses, and leaves a word of a longer name or of someone named in full', () => {
    assert.deepStrictEqual(people('Exports will rise this year, said Zhang. Imports fell.'), []);
    assert.deepStrictEqual(people('Sun Microsystems Inc shares rose. Sun said sales grew. Later Sun said margins fell.'), []);
    assert.deepStrictEqual(people('Premier Zhang Wenhao spoke. Zhang said exports grew. Zhang said imports fell.'), ['Zhang Wenhao']);
  });

  it('leaves a whole word of a full name wherever it stands, but not a name the word only begins', () => {
    assert.deepStrictEqual(people('Premier Wenhao Zhang spoke. Zhang said exports grew. Zhang said imports fell.'), ['Wenhao Zhang']);
    assert.deepStrictEqual(people('Premier Wu Zhang Li spoke. Zhang said exports grew. Zhang said imports fell.'), ['Wu Zhang Li']);
    assert.deepStrictEqual(people('Premier Wu Zhangsun spoke. Zhang said exports grew. Zhang said imports fell.'), ['Wu Zhangsun', 'Zhang']);
  });
});

describe('people: the gender a relative tells', () => {
  it('takes the gender of a relative noun before an unknown given name, so a later pronoun finds the right person', () => {
    const text = 'At 13, Michael Quale was already a star, said his mother, Robin Quale. She said he trained every day.';
    const article = parseArticle(text);
    assert.strictEqual(article.people.find((person) => person.fullName === 'Robin Quale')?.gender, 'female');
    assert.strictEqual(speakerOf(text, 'She said'), 'Robin Quale');
  });

  it('tells nothing after a relative with a preposition, or without a relative', () => {
    const article = parseArticle('The daughter of Robin Quale spoke. Robin Quale, a farmer, said rain was late.');
    assert.strictEqual(article.people.find((person) => person.fullName === 'Robin Quale')?.gender, undefined);
  });
});
