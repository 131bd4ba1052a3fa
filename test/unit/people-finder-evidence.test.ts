import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';
import { mentionTexts, people } from '../helpers/recognition';

// Evidence that makes a capitalised pair a person or not, shown on synthetic sentences: each test names the
// evidence, with a case that has it and one that does not.

describe('people: evidence around the name', () => {
  it('takes a role before the name, or a bare role or a body of people after it, as evidence of a person', () => {
    assert.deepStrictEqual(people('Long-term forecaster Emsie Klopper said rain was likely.'), ['Emsie Klopper']);
    assert.deepStrictEqual(people('The lawyer, Diarmuid Whelan, said he had appealed.'), ['Diarmuid Whelan']);
    assert.deepStrictEqual(people('Avin Domnitz, executive director of the association, said sales fell.'), ['Avin Domnitz']);
    assert.deepStrictEqual(people('Barre Shill, one of the six MPs, told the press that people starved.'), ['Barre Shill']);
    assert.deepStrictEqual(people('Anant Bhalla, Senior Partner and Chief Investment Officer of JAB, said he was pleased.'), ['Anant Bhalla']);
    assert.deepStrictEqual(people('But David Dow, a University of Houston law professor who represents inmates, said it was wrong.'), ['David Dow']);
    assert.deepStrictEqual(people('"It spreads," said Jan Kaminski, president of FastLane Technologies. Sales fell on Jan 5.'), ['Jan Kaminski']);
    // A clause or a participle after the comma is no role.
    assert.deepStrictEqual(people('The startup Enable Fusion, was named a partner.'), []);
    assert.deepStrictEqual(people('It opened a network of High-Tech Surgery Centers, marking a major step.'), []);
    assert.deepStrictEqual(people('The plan covers Rock Island, Rocky Reach and Wells dams.'), []);
  });

  it('takes a capitalised role in an appositive as evidence of a person', () => {
    assert.deepStrictEqual(people('OSLO, May 2 (Xinhua) -- Ola Berg, the Minister of Fisheries, gave a speech today.'), ['Ola Berg']);
    assert.deepStrictEqual(people('OSLO, May 2 (Xinhua) -- Ola Berg, the New Harbour, opened today.'), []);
  });
});

describe('people: names of places and things', () => {
  it('reads a name ending in a street word as a place unless a given name opens it', () => {
    assert.deepStrictEqual(people('Traders in Pudding Lane said prices rose. Pudding Lane has been quiet since.'), []);
    assert.deepStrictEqual(people('Actress Diane Lane said she would return. Scientist Richard Alley agreed.'), ['Diane Lane', 'Richard Alley']);
  });

  it('reads a name in parentheses before a firm suffix as part of the firm', () => {
    assert.deepStrictEqual(people('The suit was brought by J.H. Rayner (Arden Jones) Ltd, a broker.'), []);
    assert.deepStrictEqual(people('The suit was brought by J.H. Rayner (Arden Jones) and its unit, a broker.'), ['Arden Jones']);
  });

  it('reads a name right after "the" as a thing, unless a given name or a title opens it', () => {
    assert.deepStrictEqual(people('The Gardener Oakton is open daily. Shoppers can visit The Gardener online.'), []);
    assert.deepStrictEqual(people('Critics of the Joe Biden administration met. Joe Biden did not attend.'), ['Joe Biden']);
  });

  it('reads a name quoted on its own, marked as a brand, or modifying a body of people as a thing', () => {
    assert.deepStrictEqual(people('The navy launched a ship called "Mary Johnson" this year.'), []);
    assert.deepStrictEqual(people('Acme sponsors the Laura Smith® collection.'), []);
    assert.deepStrictEqual(people('The plan worked, Mary Kay employees said.'), []);
    assert.deepStrictEqual(people('"Sonia Pratt\'s legacy is the school," a colleague said.'), ['Sonia Pratt']);
  });

  it('reads a place opening a two-word name, a street after a given name, and a describing compound as no person', () => {
    assert.deepStrictEqual(people('The Chicago Fire sponsor said sales rose. Chicago Fire fans agreed.'), []);
    assert.deepStrictEqual(people('The shop at 9 Beverly Drive opened today. Beverly Drive is busy.'), []);
    assert.deepStrictEqual(people('Acme was named to the Fastest-Growing Companies list by Fastest-Growing Companies editors.'), []);
    assert.deepStrictEqual(people('The Texas Court of Criminal Appeals ruled. Criminal Appeals judges agreed, said Peter Blauvelt of Safe Schools.'), ['Peter Blauvelt']);
  });

  it('reads a name followed by a U.S. state as a town', () => {
    assert.deepStrictEqual(people('Kylee Harrington, 27, a marketing coordinator from Oak Hill, Ill. The older guests left.'), ['Kylee Harrington']);
    assert.deepStrictEqual(people('"It works," said Dale Carpenter, Texas director of the group.'), ['Dale Carpenter']);
  });

  it('reads a heading glued to the next sentence as no name', () => {
    assert.deepStrictEqual(people('About The GardenerThe Gardener is a retail brand of Acme Holdings.'), []);
    assert.deepStrictEqual(people('Inquiries: Skyline Communications Group, LLCScott Powell, President, New York.'), []);
  });

  it('reads a role before a firm noun in an appositive as a person who works there', () => {
    assert.deepStrictEqual(people('The merger drew calls, according to Janet Nudelman, a director at the company.'), ['Janet Nudelman']);
    assert.deepStrictEqual(people('Liptons and Brooke Bond, two units of Acme Plc, control the market.'), []);
  });

  it('takes a surname that is an ordinary word only after a given name', () => {
    assert.deepStrictEqual(people('Gerald North, head of the department, said the plan was weak.'), ['Gerald North']);
    assert.deepStrictEqual(people('Barges wait at Columbia Rivers terminal, Columbia Rivers said.'), []);
    assert.deepStrictEqual(people('"It works," said Rob Ball, chief executive of Shoulder Devices. "We are pleased."'), ['Rob Ball']);
    assert.deepStrictEqual(people('The ads are paid for by the Christian Coalition, whose chairman spoke.'), []);
  });

  it('knows given names of public figures from many regions', () => {
    assert.deepStrictEqual(people('Trading has risen since Ferdinand\nMarcos was replaced.'), ['Ferdinand Marcos']);
    assert.deepStrictEqual(people('"Disney acts as if people like me don\'t exist," said Chloe Cole. "I intend to be heard."'), ['Chloe Cole']);
  });
});

describe('people: later references', () => {
  it('links the last word of a surname with a particle to its owner', () => {
    const article = parseArticle('Militant leader Omar bin Haddad lives abroad. Officials want Haddad\'s extradition.');
    assert.deepStrictEqual(mentionTexts(article, 'Omar bin Haddad'), ['Omar bin Haddad', 'Haddad']);
  });

  it('takes a lower-case role noun before a name as evidence of a person', () => {
    assert.deepStrictEqual(people('Police arrested reputed crime boss Tam Kuok-wai on Friday.'), ['Tam Kuok-wai']);
  });
});

describe('people: a given name beside a relative', () => {
  it('links a given name alone to the person its sentence completes with a surname', () => {
    const article = parseArticle("Alger Hiss died in 1996. Hiss' son, Tony, praised the ruling.\n\nTony Hiss, a writer, said his father was not bitter.");
    assert.ok(mentionTexts(article, 'Tony Hiss').includes('Tony'));
    const other = parseArticle("Alger Hiss died in 1996. Tony praised the ruling.\n\nTony Hiss, a writer, said his father was not bitter.");
    assert.ok(!mentionTexts(other, 'Tony Hiss').includes('Tony'));
  });
});
