import * as assert from 'assert';
import { parseArticle, speakerName } from '../../server/src/core';
import { verbsAndSpeakers } from '../helpers/recognition';

// A passive reporting verb with its source named after it (`was announced by the ministry`, `was first reported in
// today's Daily Clarion`) is a statement of that source; without a source that can speak, it is none.

describe('statements: a passive with its source', () => {
  it('reads the agent after "by" as the speaker', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The merger was announced by the two companies on Monday.'), ['announced: the two companies']);
    assert.deepStrictEqual(verbsAndSpeakers('Those figures are disputed by the National Growers Association.'), ['disputed: the National Growers Association']);
    assert.deepStrictEqual(verbsAndSpeakers('The plan was proposed by Senator Ann Lee.'), ['proposed: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('The tax was described by analysts as fair.'), ['described: analysts']);
    assert.deepStrictEqual(verbsAndSpeakers('Results were confirmed by the Centers for Disease Control in Atlanta.'), ['confirmed: the Centers for Disease Control']);
  });

  it('reads a publication after "in" as the speaker, past a day\'s possessive', () => {
    assert.deepStrictEqual(verbsAndSpeakers("The sale was first reported in today's Daily Clarion."), ['reported: Daily Clarion']);
    assert.deepStrictEqual(verbsAndSpeakers('The plan was reported in the New York Times.'), ['reported: New York Times']);
    assert.deepStrictEqual(verbsAndSpeakers("The pick was first reported in Tuesday's editions of the Bay Chronicle."), ['reported: Bay Chronicle']);
  });

  it('gives what was reported, the subject, as the content', () => {
    const text = 'The merger was announced by the two companies on Monday.';
    const article = parseArticle(text);
    assert.strictEqual(text.slice(article.statements[0].content.start, article.statements[0].content.end), 'The merger');
    assert.strictEqual(speakerName(article, article.statements[0].speaker), 'the two companies');
  });

  it('does not read a passive without a source that speaks as a statement', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Cases were reported in Louisiana and Texas.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The effect has been reported in small trials.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The rise was first reported on Monday.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Output was estimated by the end of May at 5 mln tonnes.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The cut was proposed by a margin of two votes.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The finding was confirmed by a later test.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Jobs are threatened by the slump in steel.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('He was told by Ann Lee to leave.'), []);
  });

  it('does not read a negated passive, or one inside words already attributed, as a statement of its own', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The report could not be confirmed by bank dealers.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('Acme said the award was confirmed by a court.'), ['said: Acme']);
  });

  it('still reads an impersonal passive', () => {
    assert.strictEqual(verbsAndSpeakers('It was announced by the ministry that fees will rise.')[0], 'announced: the ministry');
  });
});

describe('statements: "dispute" as a verb', () => {
  it('reads it with what is disputed after it', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Egyptian officials dispute that theory.'), ['dispute: Egyptian officials']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee disputed the claim.'), ['disputed: Ann Lee']);
  });

  it('does not read the noun or the adjective as a verb', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The trade dispute between them went on.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('It is a step in the custody dispute that has lasted a year.'), []);
    assert.deepStrictEqual(verbsAndSpeakers('The ship sailed into disputed waters.'), []);
  });
});
