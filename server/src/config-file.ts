import * as fs from 'fs';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES } from './core';

export interface ConfigFile {
  path: string;
  /** The parsed JSON, or undefined when the file could not be read or parsed. */
  data?: unknown;
  /** Why the file could not be used. */
  error?: string;
}

/**
 * Reads a `.wirecheckrc.json` as data only: parsed as JSON, never evaluated. Returns null when there is no
 * such file. Shared by the language server and the CLI so both see the same configuration.
 */
export function readConfigFile(file: string): ConfigFile | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return { path: file, error: `${CONFIG_FILE_NAME} is not a regular file.` };
  if (stat.size > MAX_CONFIG_BYTES) return { path: file, error: `${CONFIG_FILE_NAME} is ${stat.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit; it is ignored.` };
  try {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return { path: file, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { path: file, error: `${CONFIG_FILE_NAME} is not valid JSON (${(error as Error).message}); it is ignored.` };
  }
}
