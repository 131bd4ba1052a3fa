// The `wirecheck` command: the same core, config file and defaults as the editor.
import { availableParallelism } from 'os';
import { ArticleFile, InputError, readArticleFile } from './cli/read';
import { CliOptions, CheckOptions, InspectOptions, USAGE, UsageError, parseArgs } from './cli/args';
import { configForFile } from './cli/config';
import { PrintedReport, joinReports } from './cli/format';
import { inspectArticle } from './cli/inspect';
import { FileOutcome } from './cli/check-file';
import { PARALLEL_MIN_FILES, checkFileSafely, checkInParallel, serveAsCheckWorker } from './cli/parallel';
import { ProgressBar } from './cli/progress';
import { tuneV8ForBatch } from './cli/v8-tuning';
import { analyse } from './core';

declare const WIRECHECK_VERSION: string;
const VERSION = typeof WIRECHECK_VERSION === 'string' ? WIRECHECK_VERSION : 'dev';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`wirecheck: ${error.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (options.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }
  return options.command === 'inspect' ? inspect(options) : check(options);
}

async function check(options: CheckOptions): Promise<number> {
  const batch = options.files.length >= PARALLEL_MIN_FILES;
  const jobs = options.jobs ?? availableParallelism();
  if (batch) tuneV8ForBatch(jobs);
  const reports: PrintedReport[] = [];
  let inputFailed = false;
  const progress = ProgressBar.forTerminal(options.files.length, options.format === 'text');
  // Every file under one broken .wirecheckrc.json has the same problems: say each once, not once per file.
  const saidConfigMessages = new Set<string>();
  const take = (outcome: FileOutcome, index: number) => {
    for (const message of outcome.configMessages ?? []) {
      if (!saidConfigMessages.has(message)) progress.say(message);
      saidConfigMessages.add(message);
    }
    for (const message of outcome.messages) progress.say(message);
    if (outcome.report) reports.push(outcome.report);
    if (outcome.inputFailed) inputFailed = true;
    progress.update(index + 1);
  };
  if (batch && jobs > 1) {
    await checkInParallel(options.files, options, jobs, __filename, take);
  } else {
    options.files.forEach((path, index) => take(checkFileSafely(path, options), index));
  }
  progress.clear();
  process.stdout.write(joinReports(reports, options.format, VERSION));
  if (inputFailed) return EXIT_USAGE;
  return reports.some((report) => report.hasError) ? EXIT_FINDINGS : EXIT_OK;
}

function inspect(options: InspectOptions): number {
  const results: unknown[] = [];
  let inputFailed = false;
  for (const path of options.files) {
    const file = readOrReport(path);
    if (!file) {
      inputFailed = true;
      continue;
    }
    const { config } = configForFile(path, options.style);
    const { article, style, styleReason } = analyse(file.text, config);
    results.push({ file: path, ...(inspectArticle(article, style.id, styleReason) as object) });
  }
  process.stdout.write(`${JSON.stringify(options.files.length === 1 ? results[0] ?? null : results, null, 2)}\n`);
  return inputFailed ? EXIT_USAGE : EXIT_OK;
}

function readOrReport(path: string): ArticleFile | undefined {
  try {
    const file = readArticleFile(path);
    if (file.encodingProblem) process.stderr.write(`wirecheck: ${path}: ${file.encodingProblem}.\n`);
    return file;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`wirecheck: ${error.message}\n`);
    return undefined;
  }
}

if (!serveAsCheckWorker() && require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
