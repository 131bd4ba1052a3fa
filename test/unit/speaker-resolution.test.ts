import * as assert from 'assert';
import { speakerOf } from '../helpers/recognition';

// Who a pronoun or a description in speaker position refers to: each test is a synthetic pair of sentences
// showing one piece of evidence, with the reading a copy editor would give.

describe('speaker resolution: pronouns and descriptions', () => {
  it('gives "they say" the plural people that open the sentence, not the country of the statement before', () => {
    const text = 'The Republic of Ruritania has said an inquiry is needless. Ruritanian officials have cited a water sample that they say held the poison.';
    assert.strictEqual(speakerOf(text, 'they say'), 'Ruritanian officials');
  });

  it('gives "they" the people named as a subject, not people in an object or a prepositional phrase', () => {
    const text = 'Police arrested three protesters near the port. They said the men carried knives.';
    assert.strictEqual(speakerOf(text, 'They said'), 'Police');
    const briefing = 'Since the raid, Ruritanian officials have been briefing council members about the evidence they say they had.';
    assert.strictEqual(speakerOf(briefing, 'they say'), 'Ruritanian officials');
    const listed = 'The devices are favored by doctors, engineers and officials. They say the data can save lives.';
    assert.notStrictEqual(speakerOf(listed, 'They say'), 'engineers');
  });

  it('takes the first subject of the sentence, not a plural in a later clause', () => {
    const text = 'Businessmen in the capital doubt that the owner had cash, the sources of which are unclear. They said he paid in cash.';
    assert.strictEqual(speakerOf(text, 'They said'), 'Businessmen');
  });

  it('reads a pronoun at the end of a speaker phrase as the speaker', () => {
    const text = 'State officials found two more infected birds on Friday, one day after they announced that the virus was gone.';
    assert.strictEqual(speakerOf(text, 'announced'), 'State officials');
    const company = 'Northern Mills Inc said it posted a loss for the year. In the year-ago period it reported a profit of two mln dlrs.';
    assert.strictEqual(speakerOf(company, 'reported'), 'Northern Mills Inc');
  });

  it('does not give "it" a plural source', () => {
    const text = 'Two city officials said the plan would fail. The city signed a pact with its neighbours, and it acknowledged their rights.';
    assert.notStrictEqual(speakerOf(text, 'acknowledged'), 'Two city officials');
  });

  it('does not take a plural inside a quotation as the people "they" refers to', () => {
    const text = 'Union leaders met on Monday. "We told the residents to stay home," they said.';
    assert.strictEqual(speakerOf(text, 'they said'), 'Union leaders');
  });
});
