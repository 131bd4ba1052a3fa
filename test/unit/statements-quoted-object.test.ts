import * as assert from 'assert';
import { parseArticle, speakerName } from '../../server/src/core';
import { verbsAndSpeakers } from '../helpers/recognition';

// `<Source> quoted <object> as saying …`: the words are the object's, so the object is the speaker; the source that
// quotes is no speaker of its own, but stays what a later `it said` refers to. Synthetic sentences only.

describe('statements: "quoted X as saying"', () => {
  it('gives the statement to the person or source quoted, not the agency that quotes', () => {
    assert.deepStrictEqual(verbsAndSpeakers('The Times quoted Ann Lowe as saying the deal was off.'), ['as saying: Ann Lowe']);
    assert.deepStrictEqual(verbsAndSpeakers('The news agency quoted Kornukov as saying the planes were shot down.'), ['as saying: Kornukov']);
    assert.deepStrictEqual(verbsAndSpeakers('Tass quoted the minister as saying the road would reopen.'), ['as saying: the minister']);
    assert.deepStrictEqual(verbsAndSpeakers('The agency quoted unidentified sources as saying the deal was off.'), ['as saying: unidentified sources']);
    assert.deepStrictEqual(verbsAndSpeakers('The paper paraphrased Ann Lowe as saying the deal was off.'), ['as saying: Ann Lowe']);
  });

  it('reads other -ing forms after "as" and an appositive after the object', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Interfax quoted Ivan Petrov, the transport minister, as raising doubts about the deal.'), ['quoted: Ivan Petrov']);
    assert.deepStrictEqual(verbsAndSpeakers('The paper paraphrased Ann Lowe as raising doubts about the deal.'), ['paraphrased: Ann Lowe']);
    assert.deepStrictEqual(verbsAndSpeakers('The daily quoted Rolando Arrivillaga, the bank\'s envoy in Manila, as saying the loan would come soon.'), ['as saying: Rolando Arrivillaga']);
  });

  it('keeps a whole source object, and a person\'s description rather than the person', () => {
    assert.deepStrictEqual(verbsAndSpeakers('It quoted police officials with knowledge of the case as saying the van was found.'), ['as saying: police officials with knowledge of the case']);
    assert.deepStrictEqual(verbsAndSpeakers('The Times quoted a source close to Ann Lowe as saying the deal was off.'), ['as saying: a source close to Ann Lowe']);
    assert.deepStrictEqual(verbsAndSpeakers('The radio quoted officials on Friday as saying the road was shut.'), ['as saying: officials']);
  });

  it('resolves an object pronoun linked to a person, and keeps the agency for one linked to nobody', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ivan Petrov met the envoy. The Times quoted him as saying the road would reopen.'), ['as saying: Ivan Petrov']);
    assert.deepStrictEqual(verbsAndSpeakers('The agency quoted them as saying the road would reopen.'), ['quoted: The agency']);
  });

  it('leaves a passive "was quoted (by Y) as saying" to its subject, and "quoted" with no "as …ing" to the agency', () => {
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee was quoted as saying the road would reopen.'), ['quoted: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee was quoted by the Times as saying the road would reopen.'), ['quoted: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Ann Lee was also quoted in the Times as saying the road would reopen.'), ['quoted: Ann Lee']);
    assert.deepStrictEqual(verbsAndSpeakers('Tass quoted Ann Lee\'s letter in full.'), ['quoted: Tass']);
    assert.deepStrictEqual(verbsAndSpeakers('Tass quoted Ann Lee as a source.'), ['quoted: Tass']);
  });

  it('gives a later "it said" the source that quoted, not the people quoted', () => {
    const article = parseArticle('The paper quoted unnamed industry sources as saying the airline will buy 25 planes. It said the order was split.');
    assert.deepStrictEqual(article.statements.map((statement) => speakerName(article, statement.speaker)), ['unnamed industry sources', 'The paper']);
    const single = parseArticle('The report quoted a source as saying the bomb went off. It said the driver fled.');
    assert.deepStrictEqual(single.statements.map((statement) => speakerName(single, statement.speaker)), ['a source', 'The report']);
  });
});
