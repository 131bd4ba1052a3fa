import * as assert from 'assert';
import { speakerOf } from '../helpers/recognition';

// A speaker described by whom they work for or stand close to (`a spokesman for Sen. X`, `an aide to X`, `a source
// close to X`) is that description, not the person named after its preposition; a thing of the person (`a memo from
// X`) and a title with a preposition inside it (`Minister for Health X`) still give the person.

describe('speaker: a description of the speaker before a name', () => {
  it('gives a spokesman for, an aide to, a source close to a person the description', () => {
    assert.strictEqual(speakerOf('A spokesman for Ann Lowe said prices would rise.', 'said'), 'A spokesman for Ann Lowe');
    assert.strictEqual(speakerOf('Prices will rise, an aide to Sen. Ann Lowe said.', 'said'), 'an aide to Sen. Ann Lowe');
    assert.strictEqual(speakerOf('The Times quoted a source close to Ann Lowe as saying the deal was off.', 'as saying'), 'a source close to Ann Lowe');
  });

  it('gives a plural of people for a person the plural, with no article', () => {
    assert.strictEqual(speakerOf('Lawyers for Ann Lowe said the case was weak.', 'said'), 'Lawyers for Ann Lowe');
    assert.strictEqual(speakerOf('Prices will rise, sources close to Finance Minister Ann Lowe said.', 'said'), 'sources close to Finance Minister Ann Lowe');
  });

  it('reads the preposition through a line break and one word after it (`aides to rival X`)', () => {
    assert.strictEqual(speakerOf('A spokesman for\nAnn Lowe said prices would rise.', 'said'), 'A spokesman for Ann Lowe');
    assert.strictEqual(speakerOf('Aides to rival Ann Lowe said the plan failed.', 'said'), 'Aides to rival Ann Lowe');
  });

  it('keeps the person after a singular role with no article (a title before the name)', () => {
    assert.strictEqual(speakerOf('Prices will rise, chief of staff Ann Lowe said.', 'said'), 'Ann Lowe');
  });

  it('keeps the person after a document of theirs or a title that holds a preposition', () => {
    assert.strictEqual(speakerOf('The memo from Ann Lowe said prices would rise.', 'said'), 'Ann Lowe');
    assert.strictEqual(speakerOf('The Minister for Health Ann Lowe said prices would rise.', 'said'), 'Ann Lowe');
    assert.strictEqual(speakerOf('The Times quoted Ann Lowe as saying the deal was off.', 'as saying'), 'Ann Lowe');
  });
});

describe('speaker: an inverted description after the verb', () => {
  it('reads a singular source with its preposition after an inverted verb, also before a long sentence goes on', () => {
    assert.strictEqual(speakerOf('Taxes will not rise, said a spokesman for the ministry.', 'said'), 'a spokesman for the ministry');
    assert.strictEqual(speakerOf('Taxes will not rise, said a spokesman for Ann Lowe.', 'said'), 'a spokesman for Ann Lowe');
    const long = 'Taxes will not rise if the assembly allows for personal savings accounts, said a spokesman for Sen. Ann Lowe, R-Pa. "She thinks people should choose for themselves."';
    assert.strictEqual(speakerOf(long, 'said'), 'a spokesman for Sen');
  });

  it('does not read a clause or a thing after the verb as the source', () => {
    assert.strictEqual(speakerOf('Taxes will not rise, said the plan for the budget.', 'said'), 'not rise');
    const clause = 'Dr. Robin Marsh said he saw police with riot shields, helmets and boots in the capital after the decree was read out on the radio that week.';
    assert.strictEqual(speakerOf(clause, 'said'), 'Robin Marsh');
  });
});

describe('speaker: an adverbial phrase between the subject and the verb', () => {
  it('passes over a phrase of time or manner with no commas to the subject before it', () => {
    assert.strictEqual(speakerOf('Dr. Ann Lowe Wednesday for the first time mentioned publicly that she has a grandson.', 'mentioned'), 'Ann Lowe');
    assert.strictEqual(speakerOf('The Labour party has in the past said it would do this.', 'said'), 'The Labour party');
    assert.strictEqual(speakerOf('Official statements in recent weeks had indicated that prices would rise.', 'indicated'), 'statements');
  });

  it('leaves a phrase that is no adverbial of the list', () => {
    assert.strictEqual(speakerOf('Officials in the capital said the road was closed.', 'said'), 'Officials in the capital');
  });
});
