import * as vscode from 'vscode';
import { CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Keeps the client alive when the server dies. The library's default handler shuts the client down after a
 * few write errors, which happen when requests go out between the server's death and the client noticing it;
 * then the server is never restarted. Here write errors are ignored and the restart is decided only when the
 * connection closes: restart, unless the server crashed too often in a short time.
 */
export class RestartPolicy implements ErrorHandler {
  private readonly crashes: number[] = [];

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && now - this.crashes[0] > WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
    void vscode.window.showErrorMessage(
      `The Wirecheck server stopped ${this.crashes.length} times in 3 minutes and will not be restarted. See the Wirecheck output; run "Wirecheck: Restart language server" to try again.`,
    );
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
