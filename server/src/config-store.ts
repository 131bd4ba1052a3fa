import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Connection, DiagnosticSeverity } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, ConfigResult, Settings, resolveConfig } from './core';
import { readConfigFile } from './config-file';

/**
 * Settings per resource (asked of the client) and `.wirecheckrc.json` per folder (read from disk), merged
 * into one config per document. Nothing is kept in globals beyond these caches.
 */
export class ConfigStore {
  private clientConfiguration = false;
  private workspaceFolders: string[] = [];
  private trusted = true;
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly files = new Map<string, ReturnType<typeof readConfigFile>>();
  private readonly reportedProblems = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  get usesClientConfiguration(): boolean {
    return this.clientConfiguration;
  }

  setClientCapabilities(configuration: boolean, workspaceFolders: string[], trusted = true): void {
    this.clientConfiguration = configuration;
    this.workspaceFolders = workspaceFolders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    this.trusted = trusted;
  }

  clearSettings(): void {
    this.settings.clear();
  }

  clearFiles(): void {
    this.files.clear();
  }

  async configFor(uri: string): Promise<ConfigResult> {
    const settings = await this.settingsFor(uri);
    const file = this.trusted ? this.fileFor(uri) : undefined;
    const result = resolveConfig(file?.data, settings);
    if (file) this.reportProblems(file.path, file.error ? [file.error] : result.problems);
    return result;
  }

  private settingsFor(uri: string): Promise<Settings> {
    if (!this.clientConfiguration) return Promise.resolve({});
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'wirecheck' })
        .then((value: unknown) => (value && typeof value === 'object' ? value as Settings : {}), () => ({}));
      this.settings.set(uri, settings);
    }
    return settings;
  }

  /** The nearest `.wirecheckrc.json` above the document, stopping at the workspace folder or the root. */
  private fileFor(uri: string): ReturnType<typeof readConfigFile> | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let directory = path.dirname(fileURLToPath(uri));
    for (;;) {
      let found = this.files.get(directory);
      if (found === undefined) {
        found = readConfigFile(path.join(directory, CONFIG_FILE_NAME));
        this.files.set(directory, found);
      }
      if (found) return found;
      const parent = path.dirname(directory);
      if (parent === directory || this.workspaceFolders.includes(directory)) return undefined;
      directory = parent;
    }
  }

  /**
   * Where "disable in .wirecheckrc.json" writes for a document: the nearest existing file (looked up afresh, not
   * from the cache), or a new one in the document's workspace folder (its own folder outside any). Undefined in an
   * untrusted workspace or for a document that is not a file.
   */
  configFileTarget(uri: string): { path: string; exists: boolean } | undefined {
    if (!this.trusted || !uri.startsWith('file:')) return undefined;
    const start = path.dirname(fileURLToPath(uri));
    for (let directory = start; ;) {
      const candidate = path.join(directory, CONFIG_FILE_NAME);
      if (fs.existsSync(candidate)) return { path: candidate, exists: true };
      const parent = path.dirname(directory);
      if (this.workspaceFolders.includes(directory)) return { path: candidate, exists: false };
      if (parent === directory) return { path: path.join(start, CONFIG_FILE_NAME), exists: false };
      directory = parent;
    }
  }

  /** One diagnostic on the config file for its problems, sent again only when they change. */
  private reportProblems(file: string, problems: string[]): void {
    const key = problems.join('\n');
    if (this.reportedProblems.get(file) === key) return;
    this.reportedProblems.set(file, key);
    const diagnostics = problems.length
      ? [{
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        severity: DiagnosticSeverity.Warning,
        source: 'wirecheck',
        message: `${problems.join(' ')} Wirecheck uses its defaults for these settings.`,
      }]
      : [];
    void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics });
  }
}

