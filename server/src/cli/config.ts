import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigResult, resolveConfig } from '../core';
import { ConfigFile, readConfigFile } from '../config-file';

const cache = new Map<string, ConfigFile | null>();

/** The config for a file: the nearest `.wirecheckrc.json` above it, then the command-line style. */
export function configForFile(file: string, style: string | undefined): ConfigResult & { file?: ConfigFile } {
  const found = nearestConfigFile(path.dirname(path.resolve(file)));
  const result = resolveConfig(found?.data, style ? { style } : {});
  if (found?.error) result.problems.unshift(found.error);
  return { ...result, file: found ?? undefined };
}

function nearestConfigFile(directory: string): ConfigFile | null {
  const cached = cache.get(directory);
  if (cached !== undefined) return cached;
  let found = readConfigFile(path.join(directory, CONFIG_FILE_NAME));
  if (!found) {
    const parent = path.dirname(directory);
    found = parent === directory ? null : nearestConfigFile(parent);
  }
  cache.set(directory, found);
  return found;
}
