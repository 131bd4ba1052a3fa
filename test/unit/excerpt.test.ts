// Excerpts name every paragraph and statement in the outline and hovers: whitespace folded, cut at a word.
import * as assert from 'assert';
import { excerpt } from '../../server/src/core/speaker';

describe('excerpt', () => {
  it('keeps a short text whole, with its whitespace folded', () => {
    assert.strictEqual(excerpt('  The  minister\n\tsaid so. ', 40), 'The minister said so.');
  });

  it('cuts a long text at the last word boundary and adds an ellipsis', () => {
    assert.strictEqual(excerpt('The minister said the plan would cut costs by half.', 20), 'The minister said…');
  });

  it('folds line breaks, tabs and double spaces inside the part it shows before cutting', () => {
    assert.strictEqual(excerpt('The\nminister  said\tthe plan would cut costs.', 20), 'The minister said…');
  });

  it('folds a no-break space like any other space', () => {
    assert.strictEqual(excerpt('The\u00a0minister said the plan would cut costs.', 20), 'The minister said…');
  });

  it('drops a comma, semicolon or colon left before the ellipsis', () => {
    assert.strictEqual(excerpt('Costs, prices, wages and rents rose again this year.', 15), 'Costs, prices…');
  });

  it('ends with the ellipsis it is given', () => {
    assert.strictEqual(excerpt('The minister said the plan would cut costs by half.', 20, '...'), 'The minister said...');
  });

  it('cuts a single long word where the limit falls', () => {
    assert.strictEqual(excerpt('Supercalifragilisticexpialidocious indeed', 10), 'Supercalif…');
  });

  it('does not add an ellipsis when only trailing whitespace is past the limit', () => {
    assert.strictEqual(excerpt('said \n\n', 4), 'said');
  });

  it('reads only a bounded head of a huge text', () => {
    assert.strictEqual(excerpt(`${'word '.repeat(200_000)}end`, 12), 'word word…');
  });
});
