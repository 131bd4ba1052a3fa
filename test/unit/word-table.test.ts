import * as assert from 'assert';
import { WordTable } from '../../server/src/core/lexicon/word-table';

// The table finds a word of a text by its characters, in place, without a string per occurrence: each word must get
// its own id, string and classes, short and long words alike, words of one hash too, as the table grows and starts again.

/** A classifier that tells words apart by their text: the classes of a word are its length and first code unit. */
function classesFor(word: string): number {
  return (word.length << 16) | word.charCodeAt(0);
}

describe('word table', () => {
  it('gives each word one id, found again in place inside another text, short and long words alike', () => {
    const table = new WordTable(classesFor);
    const long = 'x'.repeat(62) + 'y';
    const longer = 'x'.repeat(62) + 'z';
    const words = ['a', 'ab', 'ba', 'abc', 'abd', 'Abc', 'Díaz', 'Diaz', 'x'.repeat(62), long, longer, 'x'.repeat(200)];
    const ids = words.map((word) => table.idOf(word));
    assert.strictEqual(new Set(ids).size, words.length);
    words.forEach((word, i) => {
      const text = `.. ${word} ..`;
      assert.strictEqual(table.idOfSlice(text, 3, 3 + word.length), ids[i], word);
      assert.strictEqual(table.form(ids[i]), word);
      assert.strictEqual(table.classesOf(ids[i]), classesFor(word));
    });
  });

  it('tells apart words of one hash and length by their characters', () => {
    // Pairs whose FNV-1a hashes are equal: the table must compare the characters, not trust the hash.
    const table = new WordTable(classesFor);
    for (const [first, second] of [['tzddktm', 'fdgjfxa'], ['bvjxjnm', 'kiefbim']]) {
      const id = table.idOf(first);
      assert.notStrictEqual(table.idOfSlice(`(${second})`, 1, 1 + second.length), id);
      assert.strictEqual(table.form(table.idOf(second)), second);
      assert.strictEqual(table.idOf(first), id);
      assert.strictEqual(table.classesOf(table.idOf(second)), classesFor(second));
    }
  });

  it('keeps every word and its classes as it grows', () => {
    const table = new WordTable(classesFor);
    const words: string[] = [];
    for (let i = 0; i < 40_000; i++) words.push(`w${i.toString(36)}${i % 7 === 0 ? 'q'.repeat(70) : ''}`);
    const ids = words.map((word) => table.idOf(word));
    assert.strictEqual(table.generation, 0);
    words.forEach((word, i) => {
      assert.strictEqual(table.idOf(word), ids[i], word);
      assert.strictEqual(table.form(ids[i]), word);
      assert.strictEqual(table.classesOf(ids[i]), classesFor(word));
    });
  });

  it('starts again when full, and then reads each word anew', () => {
    const table = new WordTable(classesFor);
    for (let i = 0; table.generation === 0; i++) table.idOf(`w${i.toString(36)}`);
    for (const word of ['said', 'x'.repeat(80), 'w1']) {
      const id = table.idOf(word);
      assert.strictEqual(table.form(id), word);
      assert.strictEqual(table.classesOf(id), classesFor(word));
      assert.strictEqual(table.idOfSlice(` ${word}`, 1, word.length + 1), id);
    }
  });
});
