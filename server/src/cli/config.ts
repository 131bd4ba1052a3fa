import * as path from 'path';
import { CONFIG_FILE_NAME, ConfigResult, resolveConfig } from '../core';
import { ConfigFile, readConfigFile } from '../config-file';

const cache = new Map<string, ConfigFile | null>();

const resolved = new Map<ConfigFile | null, Map<string, ConfigResult & { file?: ConfigFile }>>();

/**
 * The config for a file: the nearest `.wirecheckrc.json` above it, then the command-line style. Files under the
 * same config file share one resolved config, read only (the analysis keeps its word lists per config object).
 */
export function configForFile(file: string, style: string | undefined): ConfigResult & { file?: ConfigFile } {
  const found = nearestConfigFile(path.dirname(path.resolve(file)));
  let byStyle = resolved.get(found);
  if (!byStyle) resolved.set(found, (byStyle = new Map()));
  let result = byStyle.get(style ?? '');
  if (!result) {
    const { config, problems } = resolveConfig(found?.data, style ? { style } : {});
    if (found?.error) problems.unshift(found.error);
    byStyle.set(style ?? '', (result = { config, problems, file: found ?? undefined }));
  }
  return result;
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
