// Property tests for the editor features: on random text and synthetic articles, every feature answers
// without throwing, and its spans are sound (inside the text, sorted, disjoint where the protocol needs it).
import * as assert from 'assert';
import fc from 'fast-check';
import {
  Span, applyEdits, completions, definition, documentHighlights, getStyle, lineStarts, hover, parseArticle,
  prepareRename, references, rename, semanticTokens, statementsBySpeaker,
} from '../../server/src/core';
import { anyInput, randomText, syntheticArticle } from '../helpers/arbitraries';
import { checkSpan } from '../helpers/invariants';

const RUNS = Number(process.env.WIRECHECK_FUZZ_RUNS ?? 100);
const xinhua = getStyle('xinhua')!;

function checkSorted(spans: Span[], what: string): void {
  spans.forEach((span, i) => assert.ok(i === 0 || spans[i - 1].end <= span.start, `${what} overlap at ${span.start}`));
}

function checkFeatures(text: string, offsets: number[]): void {
  const article = parseArticle(text);
  const tokens = semanticTokens(article);
  checkSorted(tokens, 'semantic tokens');
  for (const token of tokens) {
    checkSpan(article.text, token, `${token.type} token`);
    assert.ok(token.end > token.start, 'no empty token');
    assert.ok(!/[\r\n]/.test(article.text.slice(token.start, token.end)), 'no token crosses a line break');
  }
  const groups = statementsBySpeaker(article);
  assert.strictEqual(groups.reduce((sum, group) => sum + group.statements.length, 0), article.statements.length);
  const starts = lineStarts(article.text);
  // Every mention's start and end, and random positions.
  const probes = [...offsets.map((offset) => offset % (article.text.length + 1)), ...article.people.flatMap((person) => person.mentions.flatMap((mention) => [mention.span.start, mention.span.end]))];
  for (const offset of probes) {
    hover(article, offset, starts);
    const target = definition(article, offset);
    if (target) checkSpan(article.text, target.target, 'definition');
    checkSorted(references(article, offset), 'references');
    checkSorted(documentHighlights(article, offset).map((highlight) => highlight.span), 'highlights');
    for (const item of completions(article, xinhua, offset, new Date(2026, 0, 31))) checkSpan(article.text, item.replace, 'completion range');
    const prepared = prepareRename(article, offset);
    if ('span' in prepared) checkSpan(article.text, prepared.span, 'prepare rename');
    const result = rename(article, offset, 'Li Qiang');
    if ('edits' in result) {
      checkSorted(result.edits.map((edit) => edit.span), 'rename edits');
      result.edits.forEach((edit) => checkSpan(article.text, edit.span, 'rename edit'));
      assert.doesNotThrow(() => applyEdits(article.text, result.edits));
    }
  }
}

describe('property tests: editor features', () => {
  const offsets = fc.array(fc.nat({ max: 5000 }), { maxLength: 8 });
  it('answer soundly on random text', () => {
    fc.assert(fc.property(randomText, offsets, checkFeatures), { numRuns: RUNS });
  });
  it('answer soundly on synthetic articles, with noise spliced in', () => {
    fc.assert(fc.property(fc.oneof(syntheticArticle, anyInput()), offsets, checkFeatures), { numRuns: RUNS });
  });
});
