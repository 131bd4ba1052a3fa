import * as fs from 'fs';

export interface ArticleFile {
  path: string;
  text: string;
  /** True when the file started with a UTF-8 byte-order mark (stripped from `text`, kept on write). */
  bom: boolean;
  /** Set when the bytes are not valid UTF-8 and were read as Latin-1 instead. */
  encodingProblem?: string;
  bytes: Buffer;
}

export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads an article from disk, with a clear message naming the file when that is impossible. */
export function readArticleFile(file: string): ArticleFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${describe(error)}).`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not an article file.`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${describe(error)}).`);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { path: file, text: utf8.decode(body), bom, bytes };
  } catch {
    const offset = firstInvalidUtf8(body);
    return {
      path: file,
      text: body.toString('latin1'),
      bom,
      bytes,
      encodingProblem: `not valid UTF-8 (first bad byte 0x${body[offset].toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}); read as Latin-1`,
    };
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error as Error).message;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // Binary search on the longest valid prefix; a cut inside a valid sequence also fails, so step back.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (isValidPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  return Math.min(low, bytes.length - 1);
}

function isValidPrefix(bytes: Buffer): boolean {
  for (let trim = 0; trim < 4 && trim <= bytes.length; trim++) {
    try {
      utf8.decode(bytes.subarray(0, bytes.length - trim));
      return true;
    } catch {
      // try a shorter cut: the prefix may end inside a multi-byte sequence
    }
  }
  return false;
}
