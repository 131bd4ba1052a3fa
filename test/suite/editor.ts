// Helpers for the extension-host tests: scratch articles in the open workspace, polling with a deadline,
// and the extension's test API. Nothing here sleeps for a fixed time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ARTICLE_INFO_REQUEST, ArticleInfo } from '../../server/src/protocol';
import { SEED_ARTICLE } from '../helpers/paths';

export const EXTENSION_ID = 'wirecheck.wirecheck';
export const LANGUAGE_ID = 'wire-article';
export const SEED = fs.readFileSync(SEED_ARTICLE, 'utf8');
const DEFAULT_DEADLINE_MS = 20_000;
const POLL_INTERVAL_MS = 50;

/** What `activate` returns; tests reach the language client through it (as in client/src/extension.ts). */
export interface WirecheckApi {
  client(): LanguageClient | undefined;
  ready(): Promise<boolean>;
  activation(): { modulesMs: number; waitedForActivateMs: number; activateMs: number; clientModuleMs?: number; serverReadyMs?: number };
}

/** Polls `probe` until it returns something other than `undefined`, or fails with `what` and the last state seen. */
export async function waitFor<T>(what: string | (() => string), probe: () => T | undefined | Promise<T | undefined>, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${deadlineMs / 1000} s waiting for ${typeof what === 'string' ? what : what()}${lastError ? ` (last error: ${String(lastError)})` : ''}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

let scratchCount = 0;

/** Writes `text` to a fresh file named `name` in its own folder of the open workspace. */
export function writeScratch(name: string, text: string | Uint8Array): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(root, 'The editor tests need a workspace folder: the runner opens a scratch folder.');
  const folder = path.join(root, `case-${process.pid}-${++scratchCount}`);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Opens a file in an editor, as a writer would. */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The open document for `uri` (its language can change after opening, which replaces the document object). */
export function documentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

export async function openArticle(name: string, text: string | Uint8Array): Promise<vscode.TextEditor> {
  const uri = writeScratch(name, text);
  const editor = await openInEditor(uri);
  await waitFor(`${name} in the ${LANGUAGE_ID} language`, () => (documentFor(uri)?.languageId === LANGUAGE_ID ? true : undefined));
  return vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : editor;
}

export async function api(): Promise<WirecheckApi> {
  const extension = vscode.extensions.getExtension<WirecheckApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** The server's own count of findings for a document, once it has analysed it. */
export async function articleInfo(uri: vscode.Uri): Promise<ArticleInfo | undefined> {
  const client = (await api()).client();
  if (!client?.isRunning()) return undefined;
  return (await client.sendRequest<ArticleInfo | null>(ARTICLE_INFO_REQUEST, { uri: uri.toString() })) ?? undefined;
}

/** A diagnostic as the tests compare it: rule id and 1-based start line and column. */
export interface Seen {
  rule: string;
  line: number;
  column: number;
}

export function wirecheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'wirecheck');
}

export function seen(uri: vscode.Uri): Seen[] {
  return wirecheckDiagnostics(uri)
    .map((diagnostic) => ({ rule: ruleOf(diagnostic), line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1 }))
    .sort(compareSeen);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function compareSeen(a: Seen, b: Seen): number {
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * Waits until the editor shows exactly `expected`. An empty expectation needs a positive signal too: the server
 * must have analysed the document and counted no findings, otherwise "nothing yet" would pass as "clean".
 */
export async function expectDiagnostics(uri: vscode.Uri, expected: Seen[], deadlineMs = DEFAULT_DEADLINE_MS): Promise<void> {
  const want = [...expected].sort(compareSeen);
  try {
    await waitFor(`diagnostics ${JSON.stringify(want)}`, async () => {
      if (!sameSeen(seen(uri), want)) return undefined;
      if (want.length === 0 && (await articleInfo(uri))?.findings !== 0) return undefined;
      return true;
    }, deadlineMs);
  } catch (error) {
    assert.deepStrictEqual(seen(uri), want, String(error));
    throw error;
  }
}

function sameSeen(a: Seen[], b: Seen[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The position of the `occurrence`-th (0-based) whole-word match of `word` in the document. */
export function positionOfWord(document: vscode.TextDocument, word: string, occurrence = 0): vscode.Position {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu');
  const matches = [...document.getText().matchAll(pattern)];
  assert.ok(matches.length > occurrence, `"${word}" occurs ${matches.length} times, wanted occurrence ${occurrence}`);
  return document.positionAt(matches[occurrence].index ?? 0);
}

/** Sets a `wirecheck.*` setting for the workspace; `undefined` removes it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('wirecheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
