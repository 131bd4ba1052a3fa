import { format } from 'util';

/**
 * Marks the suite's own output lines when the runner asks for it (code-server forwards the workbench's console
 * chatter on the same channel, and the runner keeps only marked lines for the terminal).
 */
export const REPORT_MARK = process.env.WIRECHECK_SUITE_MARK === '1' ? '[wirecheck-suite] ' : '';

export function report(...args: unknown[]): void {
  const text = args.length ? format(...args) : '';
  console.log(text.split('\n').map((line) => REPORT_MARK + line).join('\n'));
}
