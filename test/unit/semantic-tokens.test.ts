import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, parseArticle, semanticTokens } from '../../server/src/core';
import { ROOT, SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

function tokensOf(text: string): [string, string, string][] {
  return semanticTokens(parseArticle(text)).map((token) => [text.slice(token.start, token.end), token.type, token.modifiers.join(' ')]);
}

describe('semantic tokens', () => {
  it('colour the dateline parts, titles, names, verbs and the terminator of the seed', () => {
    const tokens = tokensOf(seed);
    assert.deepStrictEqual(tokens.slice(0, 7), [
      ['BEIJING', 'datelineCity', ''],
      ['Aug. 30', 'datelineDate', ''],
      ['Xinhua', 'datelineAgency', ''],
      ['--', 'datelineSeparator', ''],
      ['Chinese President', 'personTitle', ''],
      ['Xi Jinping', 'person', 'declaration'],
      ['said', 'attributionVerb', ''],
    ]);
    assert.deepStrictEqual(tokens[tokens.length - 1], ['Enditem', 'terminator', '']);
    assert.ok(tokens.some(([text, type, modifiers]) => text === 'he' && type === 'person' && modifiers === 'pronoun'));
    assert.ok(tokens.some(([text, type]) => text === 'pointed out' && type === 'attributionVerb'));
    assert.strictEqual(tokens.filter(([, type]) => type === 'attributionVerb').length, parseArticle(seed).statements.length);
  });

  it('cut a quote around the names inside it, and never overlap', () => {
    const text = 'PARIS, May 2 (AFP) -- "We trust Mayor Anne Hidalgo," said Jean Dupont, a resident. Dupont left.';
    const tokens = semanticTokens(parseArticle(text));
    tokens.forEach((token, i) => assert.ok(i === 0 || tokens[i - 1].end <= token.start, 'sorted and disjoint'));
    const inQuote = tokens.filter((token) => token.end <= text.indexOf('," said') + 2).slice(4).map((token) => [text.slice(token.start, token.end), token.type]);
    assert.deepStrictEqual(inQuote, [['"We trust ', 'quote'], ['Mayor', 'personTitle'], [' ', 'quote'], ['Anne Hidalgo', 'person'], [',"', 'quote']]);
  });

  it('split a quote that runs over a line break', () => {
    const text = 'ROME, May 2 (Xinhua) -- The mayor said: "We will\nbuild it."\n';
    const quotes = tokensOf(text).filter(([, type]) => type === 'quote').map(([part]) => part);
    assert.deepStrictEqual(quotes, ['"We will', 'build it."']);
  });

  it('are empty for empty or wordless text', () => {
    assert.deepStrictEqual(semanticTokens(parseArticle('')), []);
    assert.deepStrictEqual(semanticTokens(parseArticle('\r\n\u00a0\uFEFF')), []);
  });

  it('are declared in package.json with a theme scope for every type', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const declared = new Set((manifest.contributes.semanticTokenTypes as { id: string }[]).map((type) => type.id));
    const scopes = (manifest.contributes.semanticTokenScopes as { language: string; scopes: Record<string, string[]> }[])[0];
    assert.strictEqual(scopes.language, 'wire-article');
    for (const type of SEMANTIC_TOKEN_TYPES) {
      assert.ok(declared.has(type), `${type} declared`);
      assert.ok(scopes.scopes[type]?.length, `${type} has scopes`);
    }
    const modifiers = new Set((manifest.contributes.semanticTokenModifiers as { id: string }[]).map((modifier) => modifier.id));
    for (const modifier of SEMANTIC_TOKEN_MODIFIERS) assert.ok(modifier === 'declaration' || modifiers.has(modifier), `${modifier} declared`);
  });
});
