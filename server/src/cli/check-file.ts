import { CheckOptions } from './args';
import { configForFile } from './config';
import { fixFile } from './fix';
import { FileReport } from './format';
import { InputError, readArticleFile } from './read';
import { CONFIG_FILE_NAME, analyse, lineStarts } from '../core';

/** What checking one file gives: its report, and the lines for stderr, kept so that they print in file order. */
export interface FileOutcome {
  report?: FileReport;
  messages: string[];
  /** Problems with the config the file was checked with: shared by many files, printed once per run. */
  configMessages?: string[];
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
  const { config, problems, file: configFile } = configForFile(path, options.style);
  // A problem in the file names the file, so that two broken configs in one run can be told apart.
  const configMessages = problems.map((problem) => `wirecheck: ${configFile && problem.includes(CONFIG_FILE_NAME) ? `${configFile.path}: ` : ''}${problem}\n`);
  let analysis = analyse(file.text, config);
  let inputFailed = false;
  if (options.fix) {
    const fixed = fixFile(file, analysis, config, (line) => messages.push(line));
    analysis = fixed.analysis;
    inputFailed = fixed.writeFailed;
  }
  const findings = options.quiet ? analysis.findings.filter((finding) => finding.severity === 'error') : analysis.findings;
  // Line starts place findings (line and column): they, not the text, cross between threads; a clean file needs none.
  return { report: { path, lineStarts: findings.length ? lineStarts(file.text) : [], findings }, messages, configMessages, inputFailed };
}
