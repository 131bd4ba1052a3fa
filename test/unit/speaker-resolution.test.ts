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

  it('resolves "the minister" to the person an appositive introduced as minister', () => {
    const text = 'OSLO, May 2 (Xinhua) -- Ola Berg, the Minister of Fisheries, gave a speech today.\n\n"The sea is our future," the minister said.\n\nStocks have grown, according to the minister.';
    assert.strictEqual(speakerOf(text, 'the minister said'), 'Ola Berg');
    assert.strictEqual(speakerOf(text, 'according to'), 'Ola Berg');
  });

  it('reads a description whose noun is the name of an object property as no role (`the constructor`)', () => {
    const text = 'Ola Berg, the Minister of Fisheries, gave a speech. The constructor said the bridge was safe.';
    assert.strictEqual(speakerOf(text, 'constructor said'), 'The constructor');
  });

  it('does not take a past role, a clause or a relative clause after a name as the role a description refers to', () => {
    const past = 'Tom Reed, then governor of the state, signed the bill. Later Ann Holt took office. The governor said the bill was wrong.';
    assert.strictEqual(speakerOf(past, 'governor said'), 'The governor');
    const clause = 'In the state where her brother, Tom Reed, is governor, the law is old. The governor said it works.';
    assert.strictEqual(speakerOf(clause, 'governor said'), 'The governor');
    const relative = 'Senator Tom Reed, a Republican who is running for president, spoke first. The president said he would veto it.';
    assert.strictEqual(speakerOf(relative, 'president said'), 'The president');
  });

  it('gives a role after a name and a comma, with no closing comma, to the person named', () => {
    const text = 'LIMA, May 9 (Xinhua) -- The observers will arrive next week, Omar Lind, official of the Peace Center told press on Tuesday.';
    assert.strictEqual(speakerOf(text, 'told'), 'Omar Lind');
    const about = 'The series ends in May. On Omar Lind, the director explained that the role was hard.';
    assert.notStrictEqual(speakerOf(about, 'explained'), 'Omar Lind');
  });

  it('takes an office written before the name with "for" or "of" as the role a description refers to', () => {
    const text = 'Launching the plan today, the Ruritanian Minister for Health Anna Berg said the money was ready.\n\nThe minister also urged donors to give more.';
    assert.strictEqual(speakerOf(text, 'urged'), 'Anna Berg');
    const other = 'Aides said the two men, Senator Tom Reed of Oxley and Representative Ola Berg of Dunmore, had met.\n\n"We agree," the senator said.';
    assert.strictEqual(speakerOf(other, 'the senator said'), 'Tom Reed');
    const object = 'The minister met Ola Berg on Monday.\n\nThe minister said the talks went well.';
    assert.strictEqual(speakerOf(object, 'minister said'), 'The minister');
  });

  it('gives "she" a spokeswoman named with her organisation, and not a spokesman', () => {
    const text = 'A spokeswoman for Kent Police told reporters three men were held. She added that they were in custody.';
    assert.strictEqual(speakerOf(text, 'added'), 'A spokeswoman for Kent Police');
    const man = 'A spokesman for Kent Police told reporters three men were held. She added that they were in custody.';
    assert.notStrictEqual(speakerOf(man, 'added'), 'A spokesman for Kent Police');
  });

  it('gives "he" someone known by one name or by initials when no person fits', () => {
    const text = 'Jasray told the envoy that ties were good.\n\nHe also noted that trade grew.';
    assert.strictEqual(speakerOf(text, 'noted'), 'Jasray');
    const initials = 'About 5,000 people were treated, S.K. Shariff was quoted as saying. The cases are rising, he noted.';
    assert.strictEqual(speakerOf(initials, 'noted'), 'S.K. Shariff');
    const plural = 'Authorities say the boy fled. By night, he said, the town was calm.';
    assert.notStrictEqual(speakerOf(plural, 'he said'), 'Authorities');
  });

  it('gives "they" the two people named together in the statement before', () => {
    const text = 'Donna Taylor and Belinda Durham at the charity said in their fax that they were upset.\n\n"One report cannot be believed," they said.';
    assert.strictEqual(speakerOf(text, 'they said'), 'Donna Taylor and Belinda Durham');
  });

  it('does not take the gender of a person from a pronoun inside a quotation', () => {
    const text = 'Sevil Ardanoglu, a clinical director, has treated such patients. "I had one who just left, a man, he is telling me he has flab," she said.';
    assert.strictEqual(speakerOf(text, 'she said'), 'Sevil Ardanoglu');
  });

  it('leaves a passive "it is estimated" without a speaker to refer to', () => {
    const text = 'The Canadian government said exports rose.\n\nIt is estimated that 300 firms will close.';
    assert.strictEqual(speakerOf(text, 'estimated'), 'It');
    const active = 'The Canadian government said exports rose.\n\nIt estimated that 300 firms will close.';
    assert.strictEqual(speakerOf(active, 'estimated'), 'The Canadian government');
  });
});

describe('speaker resolution: a place between the source and its verb', () => {
  it('reads a state after a town as part of the place, not as the speaker', () => {
    assert.strictEqual(speakerOf('An official in Tulsa, Okla., said the agreement would stand.', 'said'), 'An official in Tulsa');
    assert.strictEqual(speakerOf('Mayor Jane Roe of Ames, Iowa, said the bridge would reopen.', 'said'), 'Jane Roe');
  });

  it('keeps a name set off by commas after a lower-case word as the speaker', () => {
    assert.strictEqual(speakerOf('His daughter, Georgia Banks, said the farm was sold.', 'said'), 'Georgia Banks');
  });
});
