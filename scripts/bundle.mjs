// Bundles the client, the server and the CLI into one file each under dist/ (the VSIX ships only these), and the
// client's language-client half into a file of its own: VS Code times the loading of the main module as part of
// activation (≤ 50 ms), and vscode-languageclient is 94% of the client's code, needed only once activate() has returned.
import { build } from 'esbuild';
import { createHash } from 'crypto';
import { readFileSync } from 'fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  define: { SERVER_VERSION: JSON.stringify(version), WIRECHECK_VERSION: JSON.stringify(version) },
};

/** `import('./language-client')` in extension.ts stays a run-time require of dist/language-client.js. */
const languageClientApart = {
  name: 'language-client-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/language-client$/ }, () => ({ path: './language-client.js', external: true }));
  },
};

/**
 * The server itself as dist/server-main.js, and dist/server.js, which runs it through V8's code cache
 * (server/src/boot.ts) and is told the bundle's digest, so a cache is never read back for another bundle.
 */
async function buildServer() {
  await build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js' });
  const digest = createHash('sha256').update(readFileSync('dist/server-main.js')).digest('hex');
  await build({ ...common, entryPoints: ['server/src/boot.ts'], outfile: 'dist/server.js', define: { ...common.define, SERVER_MAIN_DIGEST: JSON.stringify(digest) } });
}

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [languageClientApart] }),
  build({ ...common, entryPoints: ['client/src/language-client.ts'], outfile: 'dist/language-client.js', external: ['vscode'] }),
  buildServer(),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);
