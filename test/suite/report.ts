import { format } from 'util';

/** Marks the suite's own output lines, so that a runner can tell them from the workbench's console noise. */
export const REPORT_MARK = '[wirecheck-suite] ';

export function report(...args: unknown[]): void {
  const text = args.length ? format(...args) : '';
  console.log(text.split('\n').map((line) => REPORT_MARK + line).join('\n'));
}
