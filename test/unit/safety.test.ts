// Safety by inspection: no network access anywhere, no code loaded from the workspace, and no file writes
// outside the CLI's `--fix` (the editor changes files only through edits the user applies) and the server's code
// cache (boot.ts, in a per-user folder; test/protocol/code-cache.test.ts checks it writes nothing else).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/paths';

function sources(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const OUR_SOURCES = [...sources(path.join(ROOT, 'server', 'src')), ...sources(path.join(ROOT, 'client', 'src')), ...sources(path.join(ROOT, 'bin'))];
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'dgram', 'tls', 'dns', 'undici'];
const NETWORK_CALLS = /\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b/;

describe('safety', () => {
  it('our sources import no network module and call no network API', () => {
    const offenders: string[] = [];
    for (const file of OUR_SOURCES) {
      const text = fs.readFileSync(file, 'utf8');
      for (const name of NETWORK_MODULES) {
        if (new RegExp(`(?:from\\s+|require\\(\\s*|import\\(\\s*)['"](?:node:)?${name}['"]`).test(text)) offenders.push(`${path.relative(ROOT, file)} imports ${name}`);
      }
      if (NETWORK_CALLS.test(text)) offenders.push(`${path.relative(ROOT, file)} calls a network API`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the bundles load no network module except the LSP library\'s local pipe transport', () => {
    for (const bundle of ['server.js', 'server-main.js', 'client.js', 'language-client.js', 'cli.js']) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      const required = [...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((found) => found[1].replace(/^node:/, ''));
      // vscode-jsonrpc requires `net` for its socket and named-pipe transports; Wirecheck uses stdio or IPC.
      const allowed = bundle === 'cli.js' ? [] : ['net'];
      const network = required.filter((name) => NETWORK_MODULES.includes(name) && !allowed.includes(name));
      assert.deepStrictEqual(network, [], `${bundle} requires ${network.join(', ')}`);
      assert.ok(!/\bfetch\s*\(/.test(text), `${bundle} calls fetch()`);
    }
  });

  it('never loads code at run time: no eval, no new Function, no require or import() of a computed path', () => {
    const offenders: string[] = [];
    for (const file of OUR_SOURCES.filter((name) => name.endsWith('.ts'))) {
      const text = fs.readFileSync(file, 'utf8');
      if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(text)) offenders.push(`${path.relative(ROOT, file)} evaluates code`);
      if (/\brequire\s*\(\s*[^'"\s)]/.test(text) || /\bimport\s*\(\s*[^'"\s)]/.test(text)) offenders.push(`${path.relative(ROOT, file)} loads a computed module path`);
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('the language server and the core write no files (only the CLI --fix does, through cli/write.ts, and boot.ts its code cache)', () => {
    const names = 'writeFile|writeFileSync|appendFile|appendFileSync|rename|renameSync|unlink|unlinkSync|rm|rmSync|mkdir|mkdirSync|createWriteStream|copyFile|copyFileSync|truncate|truncateSync|open|openSync';
    // `fs.writeFileSync(…)`, `fs.promises.rm(…)`, or a write function imported by name from fs.
    const writes = new RegExp(`\\bfs(?:\\.promises)?\\.(?:${names})\\s*\\(|import\\s*\\{[^}]*\\b(?:${names})\\b[^}]*\\}\\s*from\\s*['"](?:node:)?fs(?:/promises)?['"]`);
    const offenders = OUR_SOURCES
      .filter((file) => file.includes(`${path.sep}server${path.sep}src${path.sep}`) && !file.includes(`${path.sep}cli${path.sep}`) && !file.endsWith(`${path.sep}cli.ts`))
      .filter((file) => !file.endsWith(`${path.sep}server${path.sep}src${path.sep}boot.ts`))
      .filter((file) => writes.test(fs.readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')))
      .map((file) => path.relative(ROOT, file));
    assert.deepStrictEqual(offenders, []);
  });
});
