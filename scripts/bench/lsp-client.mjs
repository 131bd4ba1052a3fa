// A minimal LSP client for the benchmark: the bundled server as a child process, as an editor runs it. By default
// over Node IPC, the transport the extension uses (TransportKind.ipc); WIRECHECK_BENCH_TRANSPORT=stdio for stdio.
import { fork, spawn } from 'child_process';
import fs from 'fs';
import { createRequire } from 'module';
import { performance } from 'perf_hooks';

const require = createRequire(import.meta.url);
const protocol = require('vscode-languageserver-protocol/node');
/** Extra node flags for the server, to profile it in place: WIRECHECK_BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'. */
const SERVER_ARGS = (process.env.WIRECHECK_BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);
const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux
export const TRANSPORT = process.env.WIRECHECK_BENCH_TRANSPORT === 'stdio' ? 'stdio' : 'ipc';

export class BenchClient {
  /** `pull`: the client asks for diagnostics (as VS Code does); otherwise the server pushes them. */
  constructor(serverPath, { pull }) {
    this.pull = pull;
    this.spawnedAt = performance.now();
    if (TRANSPORT === 'ipc') {
      this.child = fork(serverPath, ['--node-ipc'], { execArgv: SERVER_ARGS, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      this.connection = protocol.createProtocolConnection(new protocol.IPCMessageReader(this.child), new protocol.IPCMessageWriter(this.child));
    } else {
      this.child = spawn(process.execPath, [...SERVER_ARGS, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      this.connection = protocol.createProtocolConnection(
        new protocol.StreamMessageReader(this.child.stdout),
        new protocol.StreamMessageWriter(this.child.stdin),
      );
    }
    this.published = new Map();
    this.waiters = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      this.published.set(params.uri, params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
    this.versions = new Map();
  }

  async initialize() {
    const capabilities = {
      workspace: { configuration: true },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        ...(this.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
    await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri, text) {
    this.versions.set(uri, 1);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'wire-article', version: 1, text } });
  }

  /** Sends one incremental change and returns the new version. */
  change(uri, range, text) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  /** A diagnostics pull; with a token source so that the caller can cancel it as an editor does. */
  diagnostics(uri, token) {
    const params = { textDocument: { uri } };
    return token ? this.connection.sendRequest('textDocument/diagnostic', params, token) : this.connection.sendRequest('textDocument/diagnostic', params);
  }

  /** Waits for pushed diagnostics of `uri` at `version` (or any version when undefined). */
  async pushed(uri, version, timeoutMs = 10000) {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const current = this.published.get(uri);
      if (current && (version === undefined || current.version === version)) return current;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  hover(uri, position) {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  symbols(uri) {
    return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  }

  semanticTokens(uri) {
    return this.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  }

  highlights(uri, position) {
    return this.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position });
  }

  /** Resident set size of the server process in MB (Linux /proc), or undefined elsewhere. */
  rssMB() {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      return kb ? kb / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** The server's main thread: on-CPU and waiting-for-a-core time so far (see schedMs). */
  schedMs() {
    return schedMs(this.child.pid);
  }

  /**
   * CPU time the server process has used so far (user + system, all its threads, so garbage collection too), in
   * ms with the kernel's 10 ms resolution: what other load on the machine cannot inflate, unlike wall time.
   */
  cpuMs() {
    try {
      const stat = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    } catch {
      return undefined;
    }
  }

  async shutdown() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

export const CancellationTokenSource = protocol.CancellationTokenSource;

/**
 * A process's main thread (the one that handles LSP messages in Node): time on a CPU and time runnable but
 * waiting for one, in ms with nanosecond precision (Linux /proc/PID/schedstat); undefined elsewhere. The wait is
 * what other load on the machine adds to a request, and no change to the server can remove.
 */
export function schedMs(pid = process.pid) {
  try {
    const [cpu, wait] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpu: cpu / 1e6, wait: wait / 1e6 };
  } catch {
    return undefined;
  }
}
