import * as assert from 'assert';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, DocumentAnalysis } from '../../server/src/analysis-cache';
import { DEFAULT_CONFIG, analyse, parseArticle } from '../../server/src/core';
import { answerDiagnosticPulls } from '../../server/src/pull-diagnostics';

const URI = 'file:///story.txt';
const STORY = 'BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping said Monday that China is ready.\nXi said it again.\n';

/** The documents an editor has open: one story whose version moves on when `edit` is called. */
function openStory() {
  let document = TextDocument.create(URI, 'wire-article', 1, STORY);
  const documents = { get: (uri: string) => (uri === URI ? document : undefined) } as unknown as TextDocuments<TextDocument>;
  const edit = () => { document = TextDocument.update(document, [{ text: 'x' }], document.version + 1); };
  return { documents, edit };
}

function cacheThat(before: () => void = () => undefined): AnalysisCache {
  return {
    get: async (document: TextDocument): Promise<DocumentAnalysis> => {
      before();
      return analyse(document.getText(), DEFAULT_CONFIG);
    },
  } as unknown as AnalysisCache;
}

describe('pull diagnostics under rapid typing', () => {
  it('answers a request the client has already cancelled with RequestCancelled, without analysing', async () => {
    const { documents } = openStory();
    let analysed = 0;
    const source = new CancellationTokenSource();
    source.cancel();
    const answer = await answerDiagnosticPulls(documents, cacheThat(() => analysed++))({ textDocument: { uri: URI } }, source.token);
    assert.ok(answer instanceof ResponseError);
    assert.strictEqual(answer.code, LSPErrorCodes.RequestCancelled);
    assert.strictEqual(analysed, 0);
  });

  it('answers ServerCancelled (retrigger) when the document changed while its check waited', async () => {
    const { documents, edit } = openStory();
    const answer = await answerDiagnosticPulls(documents, cacheThat(edit))({ textDocument: { uri: URI } }, CancellationToken.None);
    assert.ok(answer instanceof ResponseError);
    assert.strictEqual(answer.code, LSPErrorCodes.ServerCancelled);
    assert.deepStrictEqual(answer.data, { retriggerRequest: true });
  });

  it('answers a current request with the findings of the current version', async () => {
    const { documents } = openStory();
    const answer = await answerDiagnosticPulls(documents, cacheThat())({ textDocument: { uri: URI } }, CancellationToken.None);
    assert.ok(!(answer instanceof ResponseError));
    assert.strictEqual(answer.kind, 'full');
    assert.ok(answer.kind === 'full' && answer.items.some((item) => item.code === 'terminator/missing'));
  });
});

describe('words that are also property names', () => {
  it('never reads constructor, toString or valueOf as a pronoun', () => {
    const article = parseArticle('BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping said Monday that the constructor would toString the valueOf it.\nEnditem\n');
    const xi = article.people.find((person) => person.fullName === 'Xi Jinping');
    assert.ok(xi);
    assert.deepStrictEqual(xi.mentions.map((mention) => mention.kind), ['introduction']);
    assert.notStrictEqual(typeof xi.gender, 'function');
  });
});
