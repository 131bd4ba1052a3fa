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
/** Far beyond any article; the analysis itself stops at MAX_CHECKED_LENGTH characters. */
export const MAX_READ_BYTES = 100 * 1024 * 1024;

/** Reads an article from disk, with a clear message naming the file when that is impossible. */
export function readArticleFile(file: string): ArticleFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${describe(error)}).`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not an article file.`);
  // A device or a pipe (`/dev/zero`) could be read forever.
  if (!stat.isFile()) throw new InputError(`${file}: is not a regular file.`);
  if (stat.size > MAX_READ_BYTES) throw new InputError(`${file}: is ${stat.size} bytes, over the ${MAX_READ_BYTES}-byte limit for an article; not read.`);
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
    const offset = Math.min(firstInvalidUtf8(body), body.length - 1);
    return {
      path: file,
      text: body.toString('latin1'),
      bom,
      bytes,
      encodingProblem: `not valid UTF-8 (first bad byte 0x${body[offset].toString(16).toUpperCase().padStart(2, '0')} at offset ${offset + (bom ? 3 : 0)}); read as Latin-1`,
    };
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a folder in its path is a file';
  if (code === 'ELOOP') return 'a symbolic link loop';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return code ?? (error as Error).message;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
