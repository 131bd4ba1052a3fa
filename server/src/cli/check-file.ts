import { CheckOptions } from './args';
import { configForFile } from './config';
import { fixFile } from './fix';
import { FileReport } from './format';
import { InputError, readArticleFile } from './read';
import { analyse } from '../core';

/** What checking one file gives: its report, and the lines for stderr, kept so that they print in file order. */
export interface FileOutcome {
  report?: FileReport;
  messages: string[];
  inputFailed: boolean;
}

/** Reads, checks and (with --fix) fixes one file, on whichever thread runs it. */
export function checkFile(path: string, options: CheckOptions): FileOutcome {
  const messages: string[] = [];
  let file;
  try {
    file = readArticleFile(path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { messages: [`wirecheck: ${error.message}\n`], inputFailed: true };
  }
  if (file.encodingProblem) messages.push(`wirecheck: ${path}: ${file.encodingProblem}.\n`);
  const { config, problems } = configForFile(path, options.style);
  for (const problem of problems) messages.push(`wirecheck: ${problem}\n`);
  let analysis = analyse(file.text, config);
  let inputFailed = false;
  if (options.fix) {
    const fixed = fixFile(file, analysis, config, (line) => messages.push(line));
    analysis = fixed.analysis;
    inputFailed = fixed.writeFailed;
  }
  const findings = options.quiet ? analysis.findings.filter((finding) => finding.severity === 'error') : analysis.findings;
  // The text is only needed to place findings (line and column): a clean file's is not kept or sent between threads.
  return { report: { path, text: findings.length ? file.text : '', findings }, messages, inputFailed };
}
