// The `wirecheck` command: the same core, config file and defaults as the editor.
import { ArticleFile, InputError, readArticleFile } from './cli/read';
import { CliOptions, CheckOptions, InspectOptions, USAGE, UsageError, parseArgs } from './cli/args';
import { configForFile } from './cli/config';
import { FileReport, formatJson, formatSarif, formatText } from './cli/format';
import { inspectArticle } from './cli/inspect';
import { fixFile } from './cli/fix';
import { analyse } from './core';

declare const WIRECHECK_VERSION: string;
const VERSION = typeof WIRECHECK_VERSION === 'string' ? WIRECHECK_VERSION : 'dev';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function main(argv: string[]): number {
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

function check(options: CheckOptions): number {
  const reports: FileReport[] = [];
  let inputFailed = false;
  for (const path of options.files) {
    const file = readOrReport(path);
    if (!file) {
      inputFailed = true;
      continue;
    }
    const { config, problems } = configForFile(path, options.style);
    for (const problem of problems) process.stderr.write(`wirecheck: ${problem}\n`);
    let analysis = analyse(file.text, config);
    if (options.fix) {
      const fixed = fixFile(file, analysis, config);
      analysis = fixed.analysis;
      if (fixed.writeFailed) inputFailed = true;
    }
    const findings = options.quiet ? analysis.findings.filter((finding) => finding.severity === 'error') : analysis.findings;
    reports.push({ path, text: file.text, findings });
  }
  const output = options.format === 'json' ? formatJson(reports) : options.format === 'sarif' ? formatSarif(reports, VERSION) : formatText(reports);
  process.stdout.write(output);
  if (inputFailed) return EXIT_USAGE;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
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
    const { article, style } = analyse(file.text, config);
    results.push({ file: path, ...(inspectArticle(article, style.id) as object) });
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

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
