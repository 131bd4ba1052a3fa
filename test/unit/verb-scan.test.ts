import * as assert from 'assert';
import { Lexicon } from '../../server/src/core/lexicon/lexicon';
import { readSentenceVerbs } from '../../server/src/core/parse/verb-scan';
import { tokenizeSentences } from '../../server/src/core/parse/token-stream';

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
});
