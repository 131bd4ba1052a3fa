import * as assert from 'assert';
import { parseArticle } from '../../server/src/core';

// Bad input never crashes: a story of one paragraph with very many sentences (a log pasted as an article).
describe('parse: very many sentences or lines', () => {
  it('parses 130,000 sentences in one paragraph without overflowing the stack', () => {
    const article = parseArticle('Go on. '.repeat(130000));
    assert.strictEqual(article.sentences.length, 130000);
  });

  it('parses 250,000 short lines without overflowing the stack', () => {
    const article = parseArticle('Go on\n'.repeat(250000));
    assert.strictEqual(article.paragraphs.length, 1);
    assert.strictEqual(article.wordCount, 500000);
  });
});
