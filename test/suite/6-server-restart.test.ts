// The server dies; the client starts a new one and the writer gets diagnostics again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import { PROCESS_ID_REQUEST } from '../../server/src/protocol';
import { SEED, api, closeAllEditors, expectDiagnostics, openArticle, waitFor } from './editor';

async function serverProcessId(): Promise<number | undefined> {
  const client = (await api()).client();
  return client?.isRunning() ? client.sendRequest<number>(PROCESS_ID_REQUEST) : undefined;
}

describe('server restart', function () {
  after(closeAllEditors);

  it('brings diagnostics back after the server process is killed', async () => {
    const editor = await openArticle('crash.wire', SEED.replace(/ Enditem\s*$/, ''));
    const uri = editor.document.uri;
    const lastLine = editor.document.lineCount;
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: lastLine, column: 1 }]);
    const first = await waitFor('the server process id', serverProcessId);
    const states: string[] = [];
    const watch = (await api()).client()?.onDidChangeState((change) => states.push(State[change.newState]));
    process.kill(first, 'SIGKILL');
    const second = await waitFor(() => `a new server process (client states seen: ${states.join(' → ') || 'none'})`, async () => {
      const pid = await serverProcessId();
      return pid !== undefined && pid !== first ? pid : undefined;
    }, 30_000).finally(() => watch?.dispose());
    assert.notStrictEqual(second, first);
    // The new server knows the open document and follows edits to it.
    await expectDiagnostics(uri, [{ rule: 'terminator/missing', line: lastLine, column: 1 }]);
    const dateline = new vscode.Range(0, 0, 0, 'BEIJING, Aug. 30 (Xinhua) -- '.length);
    assert.ok(await editor.edit((edit) => edit.delete(dateline)));
    await expectDiagnostics(uri, [
      { rule: 'dateline/missing', line: 1, column: 1 },
      { rule: 'terminator/missing', line: lastLine, column: 1 },
    ]);
  });
});
