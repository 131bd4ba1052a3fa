import * as assert from 'assert';
import * as fs from 'fs';
import { Span, definition, documentHighlights, parseArticle, references } from '../../server/src/core';
import { cursor, markIn } from '../helpers/cursor';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

function run<T>(marked: string, feature: (article: ReturnType<typeof parseArticle>, offset: number) => T): { text: string; result: T } {
  const { text, offset } = cursor(marked);
  return { text, result: feature(parseArticle(text), offset) };
}

const texts = (text: string, spans: Span[]) => spans.map((span) => text.slice(span.start, span.end));

describe('go to definition', () => {
  it('goes from a surname to the introduction with the title', () => {
    const { text, result } = run(markIn(seed, 'Xi also said', 1), definition);
    assert.ok(result);
    assert.strictEqual(text.slice(result.target.start, result.target.end), 'Chinese President Xi Jinping');
    assert.strictEqual(text.slice(result.origin.start, result.origin.end), 'Xi');
  });

  it('goes from a pronoun to the person it refers to', () => {
    const { text, result } = run(markIn(seed, 'he added'), definition);
    assert.strictEqual(result && text.slice(result.target.start, result.target.end), 'Chinese President Xi Jinping');
  });

  it('goes from a hyphenated surname and a possessive full name', () => {
    const canel = run(markIn(seed, 'talks, Diaz-Canel', 12), definition);
    assert.strictEqual(canel.result && canel.text.slice(canel.result.target.start, canel.result.target.end), 'Cuban President Miguel Diaz-Canel');
    const castro = run(markIn(seed, "Castro's sincere", 3), definition);
    assert.strictEqual(castro.result && castro.text.slice(castro.result.target.start, castro.result.target.end), 'Comrade Raul Castro');
  });

  it('finds nothing on an ordinary word, on empty text and past the end', () => {
    assert.strictEqual(run(markIn(seed, 'socialism', 3), definition).result, undefined);
    assert.strictEqual(run('|', definition).result, undefined);
    assert.strictEqual(definition(parseArticle('Xi said.'), 1000), undefined);
  });
});

describe('find all references', () => {
  it('lists every mention of the person in text order, with and without the introduction', () => {
    const { text, result } = run(markIn(seed, 'Diaz-Canel to convey', 2), references);
    assert.deepStrictEqual(texts(text, result), ['Cuban President Miguel Diaz-Canel', 'Diaz-Canel', 'Diaz-Canel']);
    const withoutIntroduction = run(markIn(seed, 'Diaz-Canel to convey', 2), (article, offset) => references(article, offset, false));
    assert.deepStrictEqual(texts(withoutIntroduction.text, withoutIntroduction.result), ['Diaz-Canel', 'Diaz-Canel']);
  });

  it('includes surnames and pronouns of Xi, never another person', () => {
    const { text, result } = run(markIn(seed, 'he said.'), references);
    const found = texts(text, result);
    assert.strictEqual(found[0], 'Chinese President Xi Jinping');
    assert.ok(found.includes('he') && found.includes('Xi'));
    assert.ok(!found.some((name) => /Diaz|Castro/.test(name)));
    assert.ok(result.every((span, i) => i === 0 || result[i - 1].start < span.start));
  });

  it('is empty away from people', () => {
    assert.deepStrictEqual(run(markIn(seed, 'Enditem', 2), references).result, []);
  });
});

describe('document highlight', () => {
  it('marks the introduction apart from later mentions', () => {
    const { text, result } = run(markIn(seed, 'Raul Castro.', 1), documentHighlights);
    assert.deepStrictEqual(result.map((highlight) => [text.slice(highlight.span.start, highlight.span.end), highlight.kind]), [
      ['Comrade Raul Castro', 'introduction'],
      ['Comrade Raul Castro', 'mention'],
    ]);
  });

  it('on an attribution verb marks the verb and the words naming its speaker', () => {
    const { text, result } = run(markIn(seed, 'he added', 5), documentHighlights);
    assert.deepStrictEqual(result.map((highlight) => text.slice(highlight.span.start, highlight.span.end)), ['he', 'added']);
    const inverted = run(markIn(seed, 'Xi said, adding', 4), documentHighlights);
    assert.deepStrictEqual(inverted.result.map((highlight) => inverted.text.slice(highlight.span.start, highlight.span.end)), ['Xi', 'said']);
  });

  it('is empty on the dateline', () => {
    assert.deepStrictEqual(run(markIn(seed, 'BEIJING', 2), documentHighlights).result, []);
  });
});
