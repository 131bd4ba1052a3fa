// The "Statements" tree in the Explorer: the active article's statements grouped by speaker, from the server's
// `wirecheck/statementsBySpeaker` request. The Outline keeps the article's own order (paragraphs); this view
// answers the other question a copy editor asks: who said what.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProtocolRange, STATEMENTS_BY_SPEAKER_REQUEST, SpeakerInfo, SpeakerStatementInfo } from '../../server/src/protocol';

export const STATEMENTS_VIEW_ID = 'wirecheck.statements';
export const REVEAL_STATEMENT_COMMAND = 'wirecheck.revealStatement';
const REFRESH_DELAY_MS = 300;

type Node = { speaker: SpeakerInfo; uri: string } | { statement: SpeakerStatementInfo; uri: string };

export class StatementsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined, private readonly languageId: string) {
    this.disposables.push(
      vscode.window.registerTreeDataProvider(STATEMENTS_VIEW_ID, this),
      vscode.commands.registerCommand(REVEAL_STATEMENT_COMMAND, reveal),
      vscode.commands.registerCommand('wirecheck.refreshStatements', () => this.changed.fire()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidOpenTextDocument(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refreshSoon(REFRESH_DELAY_MS);
      }),
    );
    this.refreshSoon(0);
  }

  /** Asks the server again, e.g. once it has started. */
  refresh(): void {
    this.refreshSoon(0);
  }

  /** Typing fires many changes: one refresh after a pause. */
  private refreshSoon(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const document = vscode.window.activeTextEditor?.document;
      void vscode.commands.executeCommand('setContext', 'wirecheck.articleActive', document?.languageId === this.languageId);
      this.changed.fire();
    }, delay);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return 'speaker' in node ? node.speaker.statements.map((statement) => ({ statement, uri: node.uri })) : [];
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!client || !document || document.languageId !== this.languageId) return [];
    const uri = document.uri.toString();
    try {
      const speakers = await client.sendRequest<SpeakerInfo[] | null>(STATEMENTS_BY_SPEAKER_REQUEST, { uri });
      return (speakers ?? []).map((speaker) => ({ speaker, uri }));
    } catch {
      return []; // The server may be restarting; the next edit refreshes the view.
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if ('speaker' in node) {
      const { speaker } = node;
      const count = speaker.statements.length;
      const item = new vscode.TreeItem(speaker.name, count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.description = [speaker.detail, `${count} statement${count === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(speaker.kind === 'person' ? 'person' : speaker.kind === 'source' ? 'organization' : 'question');
      if (speaker.range) item.command = { command: REVEAL_STATEMENT_COMMAND, title: 'Reveal', arguments: [node.uri, speaker.range] };
      return item;
    }
    const { statement } = node;
    const item = new vscode.TreeItem(statement.name, vscode.TreeItemCollapsibleState.None);
    item.description = statement.detail;
    item.tooltip = `${statement.detail}: ${statement.name}`;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = { command: REVEAL_STATEMENT_COMMAND, title: 'Reveal statement', arguments: [node.uri, statement.selectionRange] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

/** Selects the range in its document and scrolls it into view. */
async function reveal(uri: string, range: ProtocolRange): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  editor.selection = new vscode.Selection(selection.start, selection.end);
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
