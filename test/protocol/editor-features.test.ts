import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { CompletionItem, DocumentHighlight, Location, LocationLink, Range, SemanticTokens, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TestClient, fileUri, readText } from '../helpers/lsp-client';
import { SEED_ARTICLE } from '../helpers/paths';
import { STATEMENTS_BY_SPEAKER_REQUEST, SpeakerInfo } from '../../server/src/protocol';

const seed = readText(SEED_ARTICLE);
const uri = fileUri(path.join(os.tmpdir(), 'wirecheck-protocol', 'editor-features.txt'));
const lines = seed.split('\n');

/** Line and character of `needle` (its `at`-th character) in the seed. */
function positionOf(needle: string, at = 0): { line: number; character: number } {
  const offset = seed.indexOf(needle) + at;
  assert.ok(offset >= at, `${needle} not in the seed`);
  const before = seed.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const textOf = (range: Range) => (range.start.line === range.end.line ? lines[range.start.line].slice(range.start.character, range.end.character) : '<multi-line>');
const at = (needle: string, offset = 0) => ({ textDocument: { uri }, position: positionOf(needle, offset) });

describe('editor features over LSP', () => {
  let client: TestClient;
  let capabilities: Record<string, unknown>;
  before(async () => {
    client = new TestClient();
    capabilities = (await client.initialize({ workspace: { configuration: true } })).capabilities;
    await client.open(uri, seed);
  });
  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });
  const request = <T>(method: string, params: unknown) => client.connection.sendRequest(method, params) as Promise<T>;

  it('declares its capabilities', () => {
    for (const capability of ['definitionProvider', 'referencesProvider', 'documentHighlightProvider']) assert.ok(capabilities[capability], capability);
    assert.deepStrictEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.ok(capabilities.completionProvider);
  });

  it('goes to the introduction from a surname', async () => {
    const links = await request<LocationLink[]>('textDocument/definition', at('Xi also', 1));
    assert.strictEqual(links.length, 1);
    assert.strictEqual(links[0].targetUri, uri);
    assert.strictEqual(textOf(links[0].targetRange), 'Chinese President Xi Jinping');
    assert.strictEqual(textOf(links[0].originSelectionRange!), 'Xi');
    assert.strictEqual(await request('textDocument/definition', at('socialism', 2)), null);
  });

  it('finds every reference to Diaz-Canel', async () => {
    const locations = await request<Location[]>('textDocument/references', { ...at('Diaz-Canel to convey'), context: { includeDeclaration: true } });
    assert.deepStrictEqual(locations.map((location) => [location.range.start.line, textOf(location.range)]), [
      [0, 'Cuban President Miguel Diaz-Canel'],
      [2, 'Diaz-Canel'],
      [2, 'Diaz-Canel'],
    ]);
    const later = await request<Location[]>('textDocument/references', { ...at('Diaz-Canel to convey'), context: { includeDeclaration: false } });
    assert.strictEqual(later.length, 2);
  });

  it('highlights the mentions of the person under the cursor', async () => {
    const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', at('Raul Castro.'));
    assert.deepStrictEqual(highlights.map((highlight) => [textOf(highlight.range), highlight.kind]), [
      ['Comrade Raul Castro', 3],
      ['Comrade Raul Castro', 2],
    ]);
  });

  it('prepares and performs a rename of Xi Jinping to Li Qiang', async () => {
    const prepared = await request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at('Xi Jinping'));
    assert.deepStrictEqual({ text: textOf(prepared.range), placeholder: prepared.placeholder }, { text: 'Xi Jinping', placeholder: 'Xi Jinping' });
    const edit = await request<WorkspaceEdit>('textDocument/rename', { ...at('Xi also'), newName: 'Li Qiang' });
    const change = edit.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: { range: Range; newText: string }[] };
    assert.deepStrictEqual(change.textDocument, { uri, version: 1 });
    assert.deepStrictEqual(change.edits[0], { range: { start: positionOf('Xi Jinping'), end: positionOf('Xi Jinping', 10) }, newText: 'Li Qiang' });
    assert.ok(change.edits.slice(1).every((each) => each.newText === 'Li' && textOf(each.range) === 'Xi'));
    assert.strictEqual(change.edits.length, seed.match(/\bXi\b/g)!.length);
  });

  it('rejects a rename away from a person with a readable error', async () => {
    await assert.rejects(request('textDocument/prepareRename', at('socialism', 2)), /name of a person/);
  });

  it('sends semantic tokens decoded against its legend', async () => {
    const legend = (capabilities.semanticTokensProvider as { legend: { tokenTypes: string[]; tokenModifiers: string[] } }).legend;
    const { data } = await request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.strictEqual(data.length % 5, 0);
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
      decoded.push(`${lines[line].slice(character, character + data[i + 2])}:${legend.tokenTypes[data[i + 3]]}${modifiers.map((modifier) => `.${modifier}`).join('')}`);
    }
    assert.deepStrictEqual(decoded.slice(0, 7), [
      'BEIJING:datelineCity', 'Aug. 30:datelineDate', 'Xinhua:datelineAgency', '--:datelineSeparator',
      'Chinese President:personTitle', 'Xi Jinping:person.declaration', 'said:attributionVerb',
    ]);
    assert.ok(decoded.includes('he:person.pronoun'));
    assert.strictEqual(decoded[decoded.length - 1], 'Enditem:terminator');
  });

  it('completes surnames and verbs mid-story, and the terminator at the end', async () => {
    const items = await request<CompletionItem[]>('textDocument/completion', at('Xi stressed', 1));
    const xi = items.find((item) => item.label === 'Xi')!;
    assert.deepStrictEqual((xi.textEdit as { range: Range }).range, { start: positionOf('Xi stressed'), end: positionOf('Xi stressed', 1) });
    assert.ok(items.some((item) => item.label === 'pointed out'));
    const noEnd = fileUri(path.join(os.tmpdir(), 'wirecheck-protocol', 'no-terminator.txt'));
    const story = seed.replace(' Enditem', '');
    await client.open(noEnd, story);
    const end = { line: story.split('\n').length - 1, character: story.split('\n').pop()!.length };
    const atEnd = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: noEnd }, position: end });
    assert.strictEqual((atEnd.find((item) => item.label === 'Enditem')?.textEdit as { newText: string }).newText, ' Enditem');
  });

  it('completes a dateline snippet at the top of an empty article', async () => {
    const empty = fileUri(path.join(os.tmpdir(), 'wirecheck-protocol', 'empty.txt'));
    await client.open(empty, '');
    const [item] = await request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: empty }, position: { line: 0, character: 0 } });
    assert.strictEqual(item.insertTextFormat, 2, 'snippet');
    assert.match((item.textEdit as { newText: string }).newText, /^\$\{1:CITY\}, (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2} \(Xinhua\) -- \$0$/);
  });

  it('answers wirecheck/statementsBySpeaker with people and their statements as ranges', async () => {
    const speakers = await request<SpeakerInfo[]>(STATEMENTS_BY_SPEAKER_REQUEST, { uri });
    assert.deepStrictEqual(speakers.map((speaker) => [speaker.name, speaker.statements.length > 0]), [
      ['Xi Jinping', true],
      ['Miguel Diaz-Canel', false],
      ['Raul Castro', false],
    ]);
    assert.strictEqual(textOf(speakers[0].range!), 'Chinese President Xi Jinping');
    const verbs = speakers[0].statements.map((statement) => textOf(statement.selectionRange));
    assert.ok(verbs.every((verb) => /^(said|added|pointed out|stressed)$/.test(verb)), verbs.join(', '));
    assert.strictEqual(speakers[0].statements[0].range.start.line, 0);
    assert.strictEqual(await request(STATEMENTS_BY_SPEAKER_REQUEST, { uri: `${uri}.unknown` }), null);
  });
});
