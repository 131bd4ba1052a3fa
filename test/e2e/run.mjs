// `npm run test:e2e`: the extension-host suite in code-server (and, where VS Code can be downloaded, in VS Code
// itself through @vscode/test-electron), then the user-level UI test against the packaged .vsix.
import { runSuiteInCodeServer } from './code-server-suite.mjs';
import { disposeAll } from './code-server.mjs';
import { SKIPPED, runSuiteInElectron } from './electron.mjs';
import { runUiTest } from './ui.mjs';
import { ensureTools, log } from './tools.mjs';

const started = Date.now();
const results = [];
async function step(name, action) {
  const stepStarted = Date.now();
  let code = 1;
  try {
    code = await action();
  } catch (error) {
    console.error(`[e2e] ${name}: ${error.stack ?? error}`);
  }
  results.push({ name, code, seconds: Math.round((Date.now() - stepStarted) / 1000) });
  return code;
}

try {
  await step('extension-host suite in VS Code (@vscode/test-electron)', runSuiteInElectron);
  let tools;
  if ((await step('install tools (cached)', async () => { tools = ensureTools(); return 0; })) === 0) {
    await step('extension-host suite in code-server', () => runSuiteInCodeServer(tools));
    await step('UI test against the installed .vsix in code-server', () => runUiTest(tools));
  }
} finally {
  await disposeAll();
}

const verdict = (code) => (code === SKIPPED ? 'SKIP' : code === 0 ? 'PASS' : 'FAIL');
for (const { name, code, seconds } of results) log(`${verdict(code)}  ${name} (${seconds} s)`);
log(`total ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(results.every((result) => result.code === 0 || result.code === SKIPPED) ? 0 : 1);
