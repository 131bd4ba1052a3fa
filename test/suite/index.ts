// Entry point for the extension-host test run (the `extensionTestsPath`): VS Code, or code-server's smoke-test
// driver, loads this file inside the extension host and awaits `run()`. A rejected promise fails the run.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { report } from './report';

export async function run(): Promise<void> {
  // The extension host's console also carries the workbench's own chatter; the runners keep our marked lines.
  Mocha.reporters.Base.consoleLog = report;
  // Mocha's `grep` narrows the suite, e.g. WIRECHECK_E2E_GREP=hover while working on hovers.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', grep: process.env.WIRECHECK_E2E_GREP });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed.`);
}
