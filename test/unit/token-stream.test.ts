import * as assert from 'assert';
import { Lexicon } from '../../server/src/core/lexicon/lexicon';
import { NAME_PARTICLES, NAME_SUFFIXES, TITLE_WORDS } from '../../server/src/core/lexicon/people-words';
import { PARTICLE_FOLDED } from '../../server/src/core/lexicon/word-classes';
import { CROSSES_LINE, TokenStream } from '../../server/src/core/parse/token-stream';
import { tokenizeSentences, tokenizeSpan } from '../../server/src/core/parse/tokenizer';
import { foldName } from '../../server/src/core/parse/tokens';

// The stream's words and classes are looked up in a word table shared by every parse of a lexicon, and its arrays
// may share a buffer with other streams: a stream must read the same however many parses come after it.

function streamOf(text: string, lexicon: Lexicon): TokenStream {
  return tokenizeSentences(text, [{ span: { start: 0, end: text.length }, paragraph: 0 }], lexicon, []);
}

function wordsAndClasses(stream: TokenStream): string[] {
  const read: string[] = [];
  for (let i = 0; i < stream.count; i++) read.push(`${stream.word(i)}:${stream.classesAt(i)}:${stream.starts[i]}-${stream.ends[i]}`);
  return read;
}

describe('token stream', () => {
  it('keeps its words and classes after many later parses (arrays shared with other streams)', () => {
    const lexicon = new Lexicon();
    const text = 'President Xi Jinping met Juan de la Cruz and Ms. Diaz-\nCanel, she said. Alger Hiss.';
    const kept = streamOf(text, lexicon);
    const expected = wordsAndClasses(streamOf(text, new Lexicon()));
    for (let i = 0; i < 2000; i++) streamOf(`Other words ${i} from Zhang Wei and Van Der Berg, officials said.`, lexicon);
    assert.deepStrictEqual(wordsAndClasses(kept), expected);
    assert.strictEqual(kept.word(kept.count - 1), 'Hiss');
  });

  it('reads the right words after the word table starts again', () => {
    const lexicon = new Lexicon();
    const text = 'Spokesperson Wang Wenbin told reporters on Monday.';
    const early = streamOf(text, lexicon);
    const expected = wordsAndClasses(streamOf(text, new Lexicon()));
    const asked = early.classesAt(1);
    const before = lexicon.words.generation;
    // Enough new words to fill the table up to its limit, so that it starts again.
    for (let i = 0; lexicon.words.generation === before; i++) lexicon.words.idOf(`w${i.toString(36)}`);
    assert.strictEqual(early.classesAt(1), asked);
    assert.deepStrictEqual(wordsAndClasses(early), expected);
  });

  it('lets every name particle through its shape test, in any letter case', () => {
    const lexicon = new Lexicon();
    for (const particle of NAME_PARTICLES) {
      for (const written of [particle, particle.toUpperCase(), particle[0].toUpperCase() + particle.slice(1)]) {
        assert.ok((lexicon.classOf(written) & PARTICLE_FOLDED) !== 0, written);
        assert.ok(lexicon.shapes.mayBeFoldedParticle(` ${written} `, 1, written.length + 1), written);
      }
    }
    assert.ok(!lexicon.shapes.mayBeFoldedParticle('said', 0, 4));
  });

  it('lets every title and name suffix through its shape test, in any letter case', () => {
    const lexicon = new Lexicon({ titles: ['Vice-Chancellor', 'Hon.'] });
    for (const word of [...TITLE_WORDS, ...NAME_SUFFIXES, 'vice-chancellor', 'hon.']) {
      for (const written of [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]) {
        assert.ok(lexicon.shapes.mayBeTitleOrSuffix(` ${written} `, 1, written.length + 1), written);
      }
    }
    assert.ok(!lexicon.shapes.mayBeTitleOrSuffix('said.', 0, 5));
    assert.ok(!lexicon.shapes.mayBeTitleOrSuffix('Cuba.', 0, 5));
    assert.ok(!lexicon.shapes.mayBeFoldedParticle('Delaware', 0, 8));
  });

  it('lets every lower-case person title through its shape test, configured ones too', () => {
    const lexicon = new Lexicon({ titles: ['Vice-Chancellor', 'señora', 'Éminence'] });
    const titles = [...TITLE_WORDS, 'vice-chancellor', 'señora', 'éminence'].filter((word) => lexicon.isLowercaseTitle(word));
    assert.ok(titles.length > 50 && titles.includes('señora') && titles.includes('éminence'));
    for (const title of titles) assert.ok(lexicon.shapes.mayBeLowercaseTitle(` ${title} `, 1, title.length + 1), title);
    assert.ok(!lexicon.shapes.mayBeLowercaseTitle('said', 0, 4));
  });

  it('keeps each word’s shape bits as the lexicon reads them from the text (across a line: any)', () => {
    const lexicon = new Lexicon();
    const text = 'Spokesperson he said spokesperson De la Cruz, VAN der Berg’s and Her Majesty. I met Él, \u212Aelvin, al-\nAssad, s. Hiss.';
    const stream = streamOf(text, lexicon);
    for (let i = 0; i < stream.count; i++) {
      const [start, end] = [stream.starts[i], stream.ends[i]];
      const across = stream.has(i, CROSSES_LINE);
      const word = text.slice(start, end);
      assert.strictEqual(stream.mayBeLowercaseTitle(i), across || lexicon.shapes.mayBeLowercaseTitle(text, start, end), word);
      assert.strictEqual(stream.mayBeFoldedParticle(i), across || lexicon.shapes.mayBeFoldedParticle(text, start, end), word);
      assert.strictEqual(stream.mayBePronoun(i), across || lexicon.shapes.mayBePronoun(text, start, end), word);
    }
    assert.ok(stream.mayBeLowercaseTitle(3) && stream.mayBePronoun(1) && stream.mayBeFoldedParticle(4));
    const words = tokenizeSpan(text, { start: 0, end: text.length });
    for (let i = 0; i < words.count; i++) assert.ok(!words.mayBePronoun(i) && !words.mayBeLowercaseTitle(i) && !words.mayBeFoldedParticle(i));
  });

  it('folds each word as foldName does, from the word table, also after the table starts again and without a lexicon', () => {
    const lexicon = new Lexicon();
    const text = 'Miguel Díaz-Canel met ZHANG Wei, Juan Castro’s aide, Şükrü Saracoğlu and Diaz-\nCanel. Alger Hiss.';
    const stream = streamOf(text, lexicon);
    const unclassified = tokenizeSpan(text, { start: 0, end: text.length });
    const folded = (words: TokenStream) => Array.from({ length: words.count }, (_, i) => words.folded(i));
    const expected = Array.from({ length: stream.count }, (_, i) => foldName(stream.word(i)));
    assert.deepStrictEqual(folded(stream), expected);
    assert.deepStrictEqual(folded(unclassified), Array.from({ length: unclassified.count }, (_, i) => foldName(unclassified.word(i))));
    assert.ok(expected.includes('diaz-canel') && expected.includes('sukru'));
    const before = lexicon.words.generation;
    for (let i = 0; lexicon.words.generation === before; i++) lexicon.words.idOf(`w${i.toString(36)}`);
    assert.deepStrictEqual(folded(stream), expected);
  });
});
