// Extension activation as VS Code itself records it (target ≤ 50 ms, issue 6): from loading the extension's main
// module to the return of activate() — `codeLoadingTime + activateCallTime` of the extension host, the figure
// Developer: Show Running Extensions shows. Taken in the UI test's code-server, a fresh window with the installed
// .vsix, and read from VS Code rather than timed around a call: `onLanguage:plaintext` fires for any plain-text
// model the workbench makes, so the extension is often active before a test could time its activation (the
// editor suite's `activate()` call timing sees it already active in about half of its runs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION } from './tools.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Read by `npm run bench` beside bench-results/activation.json (the editor suite's in-host clock). */
export const RECORDED_ACTIVATION = join(ROOT, 'bench-results', 'activation-recorded.json');

const FIGURE = /(Startup )?Activation: (\d+)\s*ms/;

/**
 * Opens the Running Extensions editor and reads the row of `displayName` (`Activation: 12ms`, or `Startup
 * Activation:` when it was activated at start-up); the list is sorted slowest first and drawn only where visible,
 * so it is paged down until the row shows. The other extensions' figures, read on the way, tell how busy the machine
 * was. Closes the editor again.
 */
export async function readRecordedActivation(page, runCommand, displayName) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  await list.locator('.activation-time').filter({ hasText: FIGURE }).first().waitFor().catch((error) => { throw new Error(`no figures in Running Extensions: ${error.message}`); });
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  const row = rows.filter({ has: page.locator('.name', { hasText: new RegExp(`^${displayName}$`) }) });
  const figures = {};
  for (let scrolls = 0; scrolls < 40; scrolls++) {
    const seen = await rows.evaluateAll((elements) => elements.map((element) => [element.querySelector('.name')?.textContent, element.querySelector('.activation-time')?.textContent]));
    for (const [name, text] of seen) if (name && FIGURE.test(text ?? '')) figures[name] = Number(FIGURE.exec(text)[2]);
    if (displayName in figures) break;
    // The list scrolls with the keyboard once a row has the focus (the mouse wheel did not reach it in a modal editor).
    if (scrolls === 0) await rows.first().click();
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(100);
  }
  if (!(displayName in figures)) throw new Error(`no row for ${displayName} among ${JSON.stringify(figures)}`);
  const figure = row.first().locator('.activation-time').filter({ hasText: FIGURE });
  const [, startup, ms] = FIGURE.exec(await figure.innerText());
  // Out of the list first: with a row focused, F1 does not reach the command palette.
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close Editor').catch((error) => { throw new Error(`closing Running Extensions: ${error.message}`); });
  delete figures[displayName];
  return { ms: Number(ms), startup: !!startup, others: figures };
}

/** `activationLog` is the extension host's own line saying which event activated the extension. */
export function writeRecordedActivation(recorded, activationLog) {
  const result = {
    date: new Date().toISOString(),
    host: `code-server ${CODE_SERVER_VERSION}`,
    how: 'codeLoadingTime + activateCallTime from Developer: Show Running Extensions, in a fresh window with the installed .vsix (onLanguage:plaintext)',
    moduleLoadToActivateEndMs: recorded.ms,
    activatedAtStartup: recorded.startup,
    activation: activationLog,
    // The same figure for the built-in extensions that ran in that window: how much the machine's load inflated it.
    otherExtensionsMs: recorded.others,
  };
  mkdirSync(dirname(RECORDED_ACTIVATION), { recursive: true });
  writeFileSync(RECORDED_ACTIVATION, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
