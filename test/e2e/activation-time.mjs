// Extension activation as VS Code itself records it (target ≤ 50 ms, issue 6): from loading the extension's main
// module to the return of activate() — `codeLoadingTime + activateCallTime` of the extension host, the figure
// Developer: Show Running Extensions shows. Taken in the UI test's code-server, a fresh window where the installed
// .vsix is activated by the first .txt the test opens, so that no earlier test can have activated it first (the
// editor suite's own timing sees an extension that something else already activated in about half of its runs).
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
 * Activation:` when it was activated at start-up) and, from the hover on that figure, why it was activated; the
 * list is sorted slowest first and drawn only where visible, so it is scrolled until the row shows. The other
 * extensions' figures, read on the way, tell how busy the machine was. Closes the editor again.
 */
export async function readRecordedActivation(page, runCommand, displayName) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  await list.locator('.activation-time').filter({ hasText: FIGURE }).first().waitFor();
  const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
  const row = rows.filter({ has: page.locator('.name', { hasText: new RegExp(`^${displayName}$`) }) });
  const figures = {};
  for (let scrolls = 0; scrolls < 40; scrolls++) {
    const seen = await rows.evaluateAll((elements) => elements.map((element) => [element.querySelector('.name')?.textContent, element.querySelector('.activation-time')?.textContent]));
    for (const [name, text] of seen) if (name && FIGURE.test(text ?? '')) figures[name] = Number(FIGURE.exec(text)[2]);
    if (displayName in figures) break;
    const box = await list.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height / 2);
    await page.waitForTimeout(100);
  }
  const figure = row.first().locator('.activation-time').filter({ hasText: FIGURE });
  await figure.waitFor();
  const [, startup, ms] = FIGURE.exec(await figure.innerText());
  let reason = null;
  try {
    await figure.hover();
    const hover = page.locator('.workbench-hover, .monaco-hover:not(.hidden)').filter({ hasText: /activated/i }).first();
    await hover.waitFor({ timeout: 5000 });
    reason = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  } catch {
    // The reason is a courtesy; the figure is what counts.
  }
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close Editor');
  delete figures[displayName];
  return { ms: Number(ms), startup: !!startup, reason, others: figures };
}

export function writeRecordedActivation(recorded) {
  const result = {
    date: new Date().toISOString(),
    host: `code-server ${CODE_SERVER_VERSION}`,
    how: 'codeLoadingTime + activateCallTime from Developer: Show Running Extensions, in a fresh window where opening a .txt activated the installed .vsix',
    moduleLoadToActivateEndMs: recorded.ms,
    activatedAtStartup: recorded.startup,
    reason: recorded.reason,
    // The same figure for the built-in extensions that ran in that window: how much the machine's load inflated it.
    otherExtensionsMs: recorded.others,
  };
  mkdirSync(dirname(RECORDED_ACTIVATION), { recursive: true });
  writeFileSync(RECORDED_ACTIVATION, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
