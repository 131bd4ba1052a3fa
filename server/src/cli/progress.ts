/**
 * A one-line progress bar on a terminal, for runs that last more than a second. It is drawn only when asked to
 * (stderr is a terminal and the output is text), is redrawn at most ten times a second, and is wiped before
 * any other line is written to stderr and at the end.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private shown = false;

  constructor(private readonly total: number, private readonly stream: NodeJS.WriteStream, private readonly enabled: boolean) {}

  static forTerminal(total: number, wanted: boolean): ProgressBar {
    const stream = process.stderr;
    return new ProgressBar(total, stream, wanted && stream.isTTY === true && !process.env.CI);
  }

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const filled = Math.round((width * done) / Math.max(1, this.total));
    const seconds = ((now - this.started) / 1000).toFixed(1);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files ${seconds} s\x1b[K`);
    this.shown = true;
  }

  /** Writes a line to stderr without tearing the bar. */
  say(line: string): void {
    this.clear();
    this.stream.write(line);
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = 0;
  }
}
