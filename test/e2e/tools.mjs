// Installs what the editor tests need, once, into a cache outside the repository:
// Node 24 (code-server refuses any other) from npm, code-server from npm, Chromium and build headers from apt.
// A second run finds everything in place and costs nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = '24';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];

export const CACHE = process.env.WIRECHECK_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wirecheck-e2e');

export function log(message) {
  console.log(`[e2e] ${message}`);
}

/**
 * The environment without what an outer `npm run` exported: its `npm_config_*` values (the user agent naming
 * Node 20 among them) would override the inner npm's own and fail code-server's Node version check.
 */
function withoutNpmRunEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE' && key !== 'INIT_CWD'));
}

/** Runs a command with its output shown; throws with the command line when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** Builds `dir` through a temporary sibling and a rename, so an interrupted install never looks complete. */
function installOnce(dir, what, install) {
  if (existsSync(join(dir, '.complete'))) return;
  const started = Date.now();
  log(`installing ${what} into ${dir} (once; later runs reuse it)`);
  const temporary = `${dir}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    install(temporary);
    writeFileSync(join(temporary, '.complete'), new Date().toISOString());
    rmSync(dir, { recursive: true, force: true });
    renameSync(temporary, dir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  log(`${what} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function missingAptPackages() {
  return APT_PACKAGES.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
}

function ensureAptPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot && spawnSync('sudo', ['-n', 'true']).status !== 0) {
    throw new Error(`missing Debian packages ${missing.join(' ')}; install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const aptGet = (...args) => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (isRoot) run('apt-get', args, { env });
    else run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args], { env });
  };
  const started = Date.now();
  log(`installing ${missing.join(' ')} with apt-get`);
  aptGet('update', '-q');
  aptGet('install', '-y', '-q', ...missing);
  log(`apt packages installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function nodePackageName() {
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (process.platform !== 'linux' || !arch) throw new Error(`the code-server tests run on Linux x64/arm64 only, not ${process.platform}/${process.arch}`);
  return `node-linux-${arch}`;
}

/** Everything the code-server runners need: paths to Node 24, code-server's entry script and Chromium. */
export function ensureTools() {
  ensureAptPackages();
  const nodeDir = join(CACHE, `node${NODE_MAJOR}`);
  const nodePackage = nodePackageName();
  installOnce(nodeDir, `Node ${NODE_MAJOR} (npm package ${nodePackage})`, (target) => {
    run('npm', ['install', '--prefix', target, '--no-audit', '--no-fund', '--loglevel=error', `${nodePackage}@${NODE_MAJOR}`], {
      env: withoutNpmRunEnv(process.env),
    });
  });
  const nodeHome = join(nodeDir, 'node_modules', nodePackage);
  const node = join(nodeHome, 'bin', 'node');
  const pathWithNode24 = `${join(nodeHome, 'bin')}:${process.env.PATH}`;

  const codeServerDir = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  installOnce(codeServerDir, `code-server ${CODE_SERVER_VERSION} (compiles native modules: a few minutes)`, (target) => {
    // npm itself runs under Node 24 here, so that code-server's install scripts see the Node they demand.
    run('npm', ['install', '--prefix', target, '--no-audit', '--no-fund', '--loglevel=error', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
      env: { ...withoutNpmRunEnv(process.env), PATH: pathWithNode24, npm_config_nodedir: nodeHome },
    });
  });
  const codeServer = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
  if (!chromium) throw new Error('Chromium is not installed (apt-get install chromium)');
  log(`tools: ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}, code-server ${CODE_SERVER_VERSION}, ${chromium}`);
  return { node, codeServer, chromium, pathWithNode24 };
}
