// The TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate + the Oniguruma wasm).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { INITIAL, IGrammar, Registry, StateStack, parseRawGrammar } from 'vscode-textmate';
import { OnigScanner, OnigString, loadWASM } from 'vscode-oniguruma';
import { ROOT, SEEDS } from '../helpers/paths';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'wire-article.tmLanguage.json');
let grammar: IGrammar;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources: string[]) => new OnigScanner(sources), createOnigString: (text: string) => new OnigString(text) }),
    loadGrammar: async (scopeName: string) => (scopeName === 'text.wire-article' ? parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const loaded = await registry.loadGrammar('text.wire-article');
  if (!loaded) throw new Error('grammar did not load');
  return loaded;
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, number) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) tokens.push({ line: number, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    state = result.ruleStack;
  });
  return tokens;
}

/** The innermost scope (after the root) of the token that holds `needle`, or `text` for plain text. */
function scopeOf(tokens: Token[], needle: string, line?: number): string {
  const token = tokens.find((candidate) => candidate.text.includes(needle) && (line === undefined || candidate.line === line));
  assert.ok(token, `no token holds ${JSON.stringify(needle)}: ${JSON.stringify(tokens.slice(0, 12).map((each) => each.text))}`);
  return token.scopes.length > 1 ? token.scopes[token.scopes.length - 1] : 'text';
}

describe('TextMate grammar', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('colours the seed: dateline parts, attribution verbs and the inline terminator', () => {
    const seed = fs.readFileSync(path.join(SEEDS, 'xinhua-seed.txt'), 'utf8');
    const tokens = tokenize(seed);
    assert.strictEqual(scopeOf(tokens, 'BEIJING'), 'entity.name.section.city.wire-article');
    assert.strictEqual(scopeOf(tokens, 'Aug. 30'), 'constant.numeric.date.wire-article');
    assert.strictEqual(scopeOf(tokens, '(Xinhua)'), 'entity.name.tag.agency.wire-article');
    assert.strictEqual(scopeOf(tokens, '--', 0), 'punctuation.separator.dateline.wire-article');
    const dateline = tokens.filter((token) => token.scopes.includes('meta.dateline.wire-article')).map((token) => token.text).join('');
    assert.strictEqual(dateline, 'BEIJING, Aug. 30 (Xinhua) --');
    assert.strictEqual(scopeOf(tokens, 'pointed out'), 'keyword.other.attribution.wire-article');
    assert.strictEqual(scopeOf(tokens, 'Enditem'), 'keyword.control.terminator.wire-article');
    assert.strictEqual(scopeOf(tokens, 'socialism'), 'text');
    const verbs = tokens.filter((token) => token.scopes.includes('keyword.other.attribution.wire-article')).map((token) => token.text);
    assert.deepStrictEqual(verbs, seed.match(/\b(said|added|stressed|pointed out)\b/g));
  });

  it('reads the datelines of every house style', () => {
    const cases: [string, string, string][] = [
      ['LONDON, Aug 30 (Reuters) - Water bills rise.', 'LONDON', '(Reuters)'],
      ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON', '(AP)'],
      ['AUSTIN, Texas, Aug. 30, 2021 /PRNewswire/ -- Northwind opened.', 'AUSTIN', '/PRNewswire/'],
      ['SEATTLE, June 2, 2025 --(BUSINESS WIRE)-- Acme said.', 'SEATTLE', '--(BUSINESS WIRE)--'],
      ['    CHICAGO, March 3 - Midland Grain Co said it agreed.', 'CHICAGO', ''],
      ['Rio de Janeiro, May 4 (Xinhua) -- Text.', 'Rio de Janeiro', '(Xinhua)'],
    ];
    for (const [line, city, agency] of cases) {
      const tokens = tokenize(line);
      assert.strictEqual(scopeOf(tokens, city), 'entity.name.section.city.wire-article', line);
      if (agency) assert.strictEqual(scopeOf(tokens, agency), 'entity.name.tag.agency.wire-article', line);
    }
    const release = tokenize('AUSTIN, Texas, Aug. 30, 2021 /PRNewswire/ -- Text.');
    assert.strictEqual(scopeOf(release, 'Texas'), 'entity.name.section.region.wire-article');
    assert.strictEqual(scopeOf(release, 'Aug. 30, 2021'), 'constant.numeric.date.wire-article');
  });

  it('leaves ordinary sentences that start a line alone', () => {
    for (const line of ['Xi said (in a call) that ties were strong.', 'The plan - critics said - was late.', 'China, Xi said, always believes.']) {
      assert.ok(!tokenize(line).some((token) => token.scopes.includes('meta.dateline.wire-article')), line);
    }
  });

  it('colours straight and curly quotes, closed or cut off at the line end, and not the verbs inside them', () => {
    const tokens = tokenize('"We said it," she added. “Curly said” and "open\nNext line said.');
    assert.strictEqual(scopeOf(tokens, 'We said it,'), 'string.quoted.double.wire-article');
    assert.strictEqual(scopeOf(tokens, 'added'), 'keyword.other.attribution.wire-article');
    assert.strictEqual(scopeOf(tokens, 'Curly said'), 'string.quoted.double.wire-article');
    assert.strictEqual(scopeOf(tokens, 'open'), 'string.quoted.double.wire-article');
    assert.strictEqual(scopeOf(tokens, 'Next line '), 'text', 'an unclosed quote ends with its line');
  });

  it('colours terminators of every style and directive lines', () => {
    for (const terminator of ['###', '-30-', 'Reuter', 'Enditem']) assert.strictEqual(scopeOf(tokenize(`Story.\n${terminator}\n`), terminator), 'keyword.control.terminator.wire-article');
    assert.strictEqual(scopeOf(tokenize('The end of ### is here.'), 'The end'), 'text');
    const directive = tokenize('[wirecheck-disable terminator/missing dateline/missing]');
    assert.strictEqual(scopeOf(directive, 'wirecheck-disable'), 'keyword.other.directive.wire-article');
    assert.strictEqual(scopeOf(directive, 'terminator/missing'), 'constant.other.rule-id.wire-article');
    const nextLine = tokenize('[wirecheck-disable-next-line hygiene/double-space]');
    assert.strictEqual(scopeOf(nextLine, 'wirecheck-disable-next-line'), 'keyword.other.directive.wire-article');
    assert.strictEqual(scopeOf(nextLine, 'hygiene/double-space'), 'constant.other.rule-id.wire-article');
  });

  it('gives every seed a dateline on its first line with text', () => {
    for (const file of fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      const tokens = tokenize(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
      assert.ok(tokens.some((token) => token.scopes.includes('entity.name.section.city.wire-article')), file);
    }
  });
});
