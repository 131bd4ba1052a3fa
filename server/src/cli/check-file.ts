import { CheckOptions } from './args';
import { configForFile } from './config';
import { fixFile } from './fix';
import { PrintedReport, printReport } from './format';
import { InputError, readArticleFile } from './read';
import { CONFIG_FILE_NAME, analyse, lineStarts } from '../core';

/** What checking one file gives: its printed report, and the lines for stderr, kept so that they print in file order. */
export interface FileOutcome {
  report?: PrintedReport;
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
  // Printed here, on the thread that read the file: a clean file needs no line starts.
  const report = printReport({ path, lineStarts: findings.length ? lineStarts(file.text) : [], findings }, options.format);
  return { report, messages, configMessages, inputFailed };
}
