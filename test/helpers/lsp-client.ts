import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ClientCapabilities,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE } from './paths';

/** A real LSP client over stdio: starts the bundled server as a child process, as an editor would. */
export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  /** `workspace/configuration` answers, per section. */
  settings: Record<string, unknown> = {};
  /** `window/logMessage` texts, for tests that check what the server logged. */
  readonly logs: string[] = [];
  /** Resolves with the server's exit code. */
  readonly exited: Promise<number | null>;

  /**
   * `env` is added to the server's environment (test hooks, injected faults). The server's code cache goes to a
   * scratch folder, not the user's cache.
   */
  constructor(env: Record<string, string> = {}) {
    const scratchCache = { WIRECHECK_CODE_CACHE_DIR: path.join(os.tmpdir(), 'wirecheck-protocol', 'code-cache') };
    this.process = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...scratchCache, ...env } });
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities, rootUri: string | null = null, initializationOptions?: unknown) {
    const workspaceFolders = rootUri ? [{ uri: rootUri, name: 'workspace' }] : null;
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri, capabilities, workspaceFolders, initializationOptions });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'wire-article', version, text } });
  }

  /** Waits until the server has pushed diagnostics for `uri` that satisfy `accept`, or fails at the deadline. */
  async pushedDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.published.get(uri);
      if (current && accept(current)) return current;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (last: ${JSON.stringify(current)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.process.kill();
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

export function readText(path: string): string {
  return fs.readFileSync(path, 'utf8');
}
