// Starts code-server on a loopback port in its own process group, and Chromium through Playwright.
// Every process started here is stopped again: `stop()` kills the whole group, also on Ctrl+C.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium as playwrightChromium } from 'playwright-core';
import { ensureTools, log } from './tools.mjs';

const cleanups = new Set();

async function cleanUpAll() {
  for (const cleanup of [...cleanups].reverse()) await cleanup();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => void cleanUpAll().finally(() => process.exit(130)));
}
// Last resort when the runner dies without cleaning up (an uncaught error): no code-server may outlive it.
const processGroups = new Set();
process.on('exit', () => {
  for (const pgid of processGroups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
});

/** Registers `cleanup` to run at `dispose()` or when the process is interrupted. */
export function onCleanup(cleanup) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    await cleanup();
  };
  cleanups.add(once);
  return once;
}

/** A scratch folder that disappears at clean-up. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), `wirecheck-e2e-${prefix}-`));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The code-server invocation with its own config, data and extension folders, for `--install-extension` and friends. */
export function codeServerCommand(tools, home) {
  writeUserSettings(home);
  const env = {
    ...process.env,
    PATH: tools.pathWithNode24,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    HOME: home,
    WIRECHECK_SUITE_MARK: '1', // the extension host inherits it: test/suite/report.ts marks the suite's lines
  };
  const folders = ['--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')];
  return { command: tools.node, args: [tools.codeServer, ...folders], env };
}

/** A quiet workbench: no welcome page, no chat or AI panels, no update checks, no telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

function writeUserSettings(home) {
  const dir = join(home, 'user-data', 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}

/**
 * Starts code-server for `home` (a scratch folder) on 127.0.0.1 and waits until it answers.
 * `extraArgs` go on the command line, e.g. `--vscode-option enable-smoke-test-driver`.
 */
export async function startCodeServer(tools, home, extraArgs = []) {
  const port = await freeLoopbackPort();
  const configFile = join(home, 'config.yaml');
  mkdirSync(home, { recursive: true });
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const { command, args, env } = codeServerCommand(tools, home);
  const logFile = join(home, 'code-server.log');
  const output = [];
  const child = spawn(command, [...args, '--config', configFile, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...extraArgs], {
    env,
    detached: true, // its own session and process group (setsid), so that stop() reaches the extension hosts too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => output.push(chunk.toString()));
  processGroups.add(child.pid);
  let exited = false;
  child.once('exit', () => { exited = true; });
  const stop = onCleanup(async () => {
    writeFileSync(logFile, output.join(''));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // the group is gone already
    }
    const deadline = Date.now() + 5000;
    while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    processGroups.delete(child.pid);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  log(`code-server listening on ${url} (process group ${child.pid})`);
  return { url, port, stop, output: () => output.join('') };
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Headless Chromium with a throw-away profile (Playwright makes and removes it) and no background traffic. */
export async function launchBrowser(tools) {
  const browser = await playwrightChromium.launch({
    executablePath: tools.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  onCleanup(() => browser.close().catch(() => undefined));
  return browser;
}

/** A `vscode-remote://` URI for a path on this machine, as the code-server workbench names files. */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

/**
 * Why and when the extension host activated `extensionId`, from its own log under `home`
 * (`_doActivateExtension wirecheck.wirecheck, startup: false, activationEvent: 'onLanguage:plaintext'`).
 */
export function activationLog(home, extensionId) {
  const lines = [];
  const visit = (dir) => {
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.log')) lines.push(...readFileSync(path, 'utf8').split('\n').filter((line) => line.includes(`_doActivateExtension ${extensionId},`)));
    }
  };
  visit(join(home, 'user-data', 'logs'));
  return lines.map((line) => line.replace(/^.*ExtensionService#/, ''));
}

export async function disposeAll() {
  await cleanUpAll();
}

/**
 * Runs one code-server step on its own when its module is the script node was started with
 * (`node test/e2e/ui.mjs`): installs or finds the tools, always cleans up, exits with the step's code.
 */
export async function runStandalone(moduleUrl, step) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  let code = 1;
  try {
    code = await step(ensureTools());
  } catch (error) {
    console.error(`[e2e] ${error.stack ?? error}`);
  } finally {
    await disposeAll();
  }
  process.exit(code);
}
