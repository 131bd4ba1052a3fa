// Runs the extension-host suite (out/test/suite) inside code-server: the workbench's smoke-test driver loads
// the extension from this repository and the suite's `run()`, forwards the extension host's console and
// reports the exit code. Exit code: 0 when every test passed, 1 otherwise.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { activationLog, launchBrowser, remoteUri, runStandalone, scratchDir, startCodeServer } from './code-server.mjs';
import { log } from './tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE = join(ROOT, 'out', 'test', 'suite', 'index.js');
const RESULTS = join(ROOT, 'test-results', 'e2e');
const REPORT_MARK = '[wirecheck-suite] '; // as in test/suite/report.ts
const RUN_DEADLINE_MS = 8 * 60_000;

export async function runSuiteInCodeServer(tools) {
  const home = scratchDir('suite');
  const workspace = join(home, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const server = await startCodeServer(tools, home, ['--vscode-option', 'enable-smoke-test-driver']);
  const browser = await launchBrowser(tools);
  const page = await browser.newPage();

  let settle;
  const exitCode = new Promise((resolvePromise) => { settle = resolvePromise; });
  // Everything the extension host and workbench log goes to a file; the suite's own lines also to the terminal.
  const fullLog = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    fullLog.push(`[${type}] ${text}`);
    for (const line of text.split('\n')) if (line.startsWith(REPORT_MARK)) console.log(line.slice(REPORT_MARK.length));
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, ROOT)],
    ['extensionTestsPath', remoteUri(server, SUITE)],
    ['skipWelcome', 'true'],
  ];
  const started = Date.now();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  let timer;
  const timeout = new Promise((resolvePromise) => {
    timer = setTimeout(() => {
      console.error(`[e2e] the suite did not finish within ${RUN_DEADLINE_MS / 60_000} minutes`);
      resolvePromise(1);
    }, RUN_DEADLINE_MS);
  });
  const code = await Promise.race([exitCode, timeout]);
  clearTimeout(timer);
  log(`extension-host suite in code-server: exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
  // The timing test cannot see what activated the extension before it ran (onLanguage:plaintext fires for any
  // plain-text model the workbench makes, with no document open); the extension host's log can.
  for (const line of activationLog(home, 'wirecheck.wirecheck')) log(`extension host: ${line}`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'code-server-suite.log'), `${fullLog.join('\n')}\n\n--- code-server ---\n${server.output()}`);
  if (code !== 0) log(`full extension-host and code-server log: ${join(RESULTS, 'code-server-suite.log')}`);
  return code;
}

await runStandalone(import.meta.url, runSuiteInCodeServer);
