// The language server's entry point in dist/: it runs the bundled server (dist/server-main.js) through V8's code
// cache. Compiling the 0.5–0.9 MB bundle and the functions the first check calls is about a third of the time from
// start to first diagnostics; a start with the cache deserialises that work instead. The cache is written once, a
// few seconds after a start without it, to a per-user directory. Whatever goes wrong with it (missing, unreadable,
// made by another V8, damaged) means one ordinary compile, never a failed start.
import { createHash } from 'crypto';
import * as fs from 'fs';
import { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** Set by scripts/bundle.mjs: a digest of server-main.js, so a cache is only ever read back for the bundle it was made from. */
declare const SERVER_MAIN_DIGEST: string;

const BUNDLE = path.join(__dirname, 'server-main.js');
/** Long enough for the first document's diagnostics, hover and outline to have compiled what they call. */
const WRITE_AFTER_MS = 3000;
const DIGEST_BYTES = 32;

/**
 * `WIRECHECK_CODE_CACHE_DIR` (the extension passes its global storage folder), else the user's cache folder;
 * `WIRECHECK_CODE_CACHE=off` turns the cache off.
 */
function cacheDirectory(): string | undefined {
  if (process.env.WIRECHECK_CODE_CACHE === 'off') return undefined;
  if (process.env.WIRECHECK_CODE_CACHE_DIR) return process.env.WIRECHECK_CODE_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || process.env.LOCALAPPDATA || path.join(os.homedir(), '.cache');
  return path.join(base, 'wirecheck');
}

/** One file per bundle and V8: a VS Code or Node update, or a new Wirecheck, gets a file of its own. */
function cacheFileName(): string {
  const v8 = createHash('sha256').update(`${process.versions.v8} ${process.arch}`).digest('hex').slice(0, 12);
  return `server-${SERVER_MAIN_DIGEST.slice(0, 16)}-${v8}.cache`;
}

/** The cached code, if the file is there, ours and whole: it starts with the SHA-256 of the rest. */
function readCache(file: string): Buffer | undefined {
  try {
    const stored = fs.readFileSync(file);
    if (stored.length <= DIGEST_BYTES) return undefined;
    const data = stored.subarray(DIGEST_BYTES);
    return createHash('sha256').update(data).digest().equals(stored.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so a reader never sees half a file; older servers' files go. */
function writeCache(directory: string, name: string, data: Buffer): void {
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const temporary = path.join(directory, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
    fs.renameSync(temporary, path.join(directory, name));
    for (const other of fs.readdirSync(directory)) {
      if (other !== name && other.startsWith('server-') && other.endsWith('.cache')) fs.rmSync(path.join(directory, other), { force: true });
    }
  } catch {
    // A read-only or full disk: the next start compiles again, as it would without a cache.
  }
}

function start(): void {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const directory = cacheDirectory();
  const name = cacheFileName();
  const cachedData = directory === undefined ? undefined : readCache(path.join(directory, name));
  // The wrapper Node puts around a CommonJS module, so the bundle runs as if `require`d.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const bundleModule = { exports: {} };
  script.runInThisContext()(bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, __dirname);
  if (directory === undefined || (cachedData !== undefined && !script.cachedDataRejected)) return;
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    writeCache(directory, name, script.createCachedData());
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  // A server asked to exit sooner (a test, a quick open and close) still leaves the cache for the next start.
  process.once('exit', write);
}

start();
