// The extension-host suite in VS Code itself (Electron), through @vscode/test-electron. It downloads VS Code
// from Microsoft's update server; where that is impossible (these machines reach only npm and Debian), it says
// SKIPPED and exits 0, and the same suite runs in code-server instead (code-server-suite.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { CACHE, log } from './tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SKIPPED = 'skipped';
/** Errors that mean "no way to reach the download server", as opposed to a broken download. */
const NETWORK_FAILURE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|timed? ?out|status code 40[37]/i;

/** Returns the suite's exit code, or SKIPPED when VS Code cannot be downloaded here. */
export async function runSuiteInElectron() {
  const cachePath = join(CACHE, 'vscode-test');
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ cachePath, version: process.env.WIRECHECK_E2E_VSCODE ?? 'stable' });
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    if (!NETWORK_FAILURE.test(`${error?.code ?? ''} ${message}`)) {
      log(`VS Code could not be downloaded or unpacked: ${message}`);
      return 1;
    }
    log(`SKIPPED VS Code (Electron) run: VS Code cannot be downloaded here (${message}).`);
    log('        The same suite runs in code-server next. Where update.code.visualstudio.com is reachable, this runs too.');
    return SKIPPED;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    log('VS Code needs a display on Linux: run under xvfb-run (apt-get install xvfb) if it fails to start.');
  }
  const workspace = mkdtempSync(join(tmpdir(), 'wirecheck-e2e-electron-'));
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'test', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    log(`VS Code (Electron) run failed: ${error?.message ?? error}`);
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runSuiteInElectron();
  process.exit(result === SKIPPED ? 0 : result);
}
