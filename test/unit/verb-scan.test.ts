import * as assert from 'assert';
import { Lexicon } from '../../server/src/core/lexicon/lexicon';
import { readSentenceVerbs } from '../../server/src/core/parse/verb-scan';
import { tokenizeSentences } from '../../server/src/core/parse/tokenizer';
import { REPORTING_PARTICIPLES, REPORTING_VERBS } from '../../server/src/core/lexicon/reporting-verbs';
import { opensWithReportingParticiple } from '../../server/src/core/lexicon/verb-table';
import { REPORTING_PARTICIPLE, REPORTING_VERB_START } from '../../server/src/core/lexicon/word-classes';

// The verb scan reads the tokenizer's words: a word's shape and its lexicon class decide which words are read
// letter by letter. These cases are words whose letter runs are not the word as the tokenizer reads it.

function verbsIn(text: string, lexicon = new Lexicon()): string[] {
  const words = tokenizeSentences(text, [{ span: { start: 0, end: text.length }, paragraph: 0 }], lexicon, []);
  return readSentenceVerbs(words, 0, text.length, lexicon.verbs).matches.map((match) => text.slice(match.start, match.end));
}

describe('reporting verb scan', () => {
  it('finds verbs in any letter case and multi-word verbs once', () => {
    assert.deepStrictEqual(verbsIn('Ann Lee SAID the plan, According to officials, as Bo Tan pointed out.'), ['SAID', 'According to', 'pointed out']);
  });

  it('finds a verb inside a word the tokenizer joined at a period, not one glued after a hyphen or apostrophe', () => {
    assert.deepStrictEqual(verbsIn('the so-called deal was re-said, Lee said.Then Li added'), ['said', 'added']);
    assert.deepStrictEqual(verbsIn("the say-so of Xi's said-word"), []);
  });

  it('finds a verb spelled with a letter beyond ASCII that lower-cases to ASCII (the Kelvin sign)', () => {
    assert.deepStrictEqual(verbsIn('Lee as\u212Aed whether it held'), ['as\u212Aed']);
  });

  it('finds configured verbs, of several words or beyond ASCII', () => {
    const lexicon = new Lexicon({ attributionVerbs: ['dijo', 'fumed over', 'déclaré'] });
    assert.deepStrictEqual(verbsIn('Lee fumed over the plan and Li dijo and Xu déclaré it', lexicon), ['fumed over', 'dijo', 'déclaré']);
  });

  it('reads the lexicon\'s verb classes of a word in place, as the lexicon classes it', () => {
    // opensWithReportingParticiple finds them as runs of ASCII letters.
    for (const participle of REPORTING_PARTICIPLES) assert.match(participle, /^[a-z]+$/);
    const lexicon = new Lexicon({ attributionVerbs: ['fumed over'] });
    const firstWords = REPORTING_VERBS.map((verb) => verb.words[0]).concat('fumed');
    const words = ['saying', 'Saying', 'SAYING', 'saying-so', 'sayingX', 'xsaying', 'so-saying', 'urging.', 'ing', 'thing', 'said',
      'so-called', 're-said', "don't", 'U.S.', 'as', 'According', 'go-between', 'fumed', 'Mr.', 'year-on-year', 'saids', 'sai'];
    for (const first of firstWords) words.push(first, first.toUpperCase(), `x-${first}`, `${first}'s`, `${first}s`, first.slice(1));
    for (const word of words) {
      const classes = lexicon.classOf(word);
      assert.strictEqual(opensWithReportingParticiple(word, 0, word.length), (classes & REPORTING_PARTICIPLE) !== 0, word);
      assert.strictEqual(lexicon.verbs.opensWithParticiple(word, 0, word.length), (classes & REPORTING_PARTICIPLE) !== 0, word);
      assert.strictEqual(lexicon.verbs.asciiFirstWordIn(word, 0, word.length), (classes & REPORTING_VERB_START) !== 0 ? 1 : 0, word);
    }
    // A word beyond ASCII is left to its class.
    assert.strictEqual(lexicon.verbs.asciiFirstWordIn('said–é', 0, 6), -1);
  });

  it('reads a participle and verbs in words of ASCII characters beside letters as in other words', () => {
    const participle = (text: string) => {
      const lexicon = new Lexicon();
      const words = tokenizeSentences(text, [{ span: { start: 0, end: text.length }, paragraph: 0 }], lexicon, []);
      return readSentenceVerbs(words, 0, text.length, lexicon.verbs).mayHoldParticiple;
    };
    assert.strictEqual(participle('He left, saying-so'), true);
    assert.strictEqual(participle('He left, so-saying it'), false);
    assert.strictEqual(participle('He left, Saying it'), false);
    assert.deepStrictEqual(verbsIn('the U.S.-said plan, the x-said deal'), []);
  });
});
