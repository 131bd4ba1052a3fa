import { Finding, RULES_BY_ID, positionAt } from '../core';
import { OutputFormat } from './args';

/** One file's findings, with the offsets where its lines start (to print line and column). */
export interface FileReport {
  path: string;
  lineStarts: number[];
  findings: Finding[];
}

/**
 * One file's part of the output, printed on the thread that checked it: only this text (and what the run's end
 * needs) crosses to the main thread, which joins the parts in file order without looking inside them.
 */
export interface PrintedReport {
  /** The file's lines (text), its element of the JSON array, or its SARIF results; '' when there is nothing. */
  printed: string;
  /** An error-severity finding is among them (the exit code). */
  hasError: boolean;
  /** SARIF lists the rules that were reported, once each. */
  rules?: string[];
}

interface Located {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line and column of a finding, as terminals and editors print them. */
function locate(starts: number[], finding: Finding): Located {
  const start = positionAt(starts, finding.span.start);
  const end = positionAt(starts, finding.span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep in a larger document. */
function nestedJson(value: unknown, depth: number): string {
  const pad = ' '.repeat(2 * depth);
  // Strings in JSON escape their line breaks, so every '\n' here starts a line of the layout.
  return pad + JSON.stringify(value, null, 2).split('\n').join(`\n${pad}`);
}

export function printReport(report: FileReport, format: OutputFormat): PrintedReport {
  const hasError = report.findings.some((finding) => finding.severity === 'error');
  if (format === 'json') return { printed: nestedJson(jsonReport(report), 1), hasError };
  if (format === 'sarif') {
    const results = sarifResults(report).map((result) => nestedJson(result, 4)).join(',\n');
    return { printed: results, hasError, rules: [...new Set(report.findings.map((finding) => finding.rule))] };
  }
  const lines = report.findings.map((finding) => {
    const at = locate(report.lineStarts, finding);
    return `${report.path}:${at.line}:${at.column} ${finding.severity} ${finding.rule} ${finding.message}\n`;
  });
  return { printed: lines.join(''), hasError };
}

/** The whole output from the files' parts, in file order. */
export function joinReports(reports: PrintedReport[], format: OutputFormat, version: string): string {
  if (format === 'json') return reports.length ? `[\n${reports.map((report) => report.printed).join(',\n')}\n]\n` : '[]\n';
  if (format === 'sarif') return joinSarif(reports, version);
  return reports.map((report) => report.printed).join('');
}

function jsonReport(report: FileReport): unknown {
  const starts = report.lineStarts;
  return {
    file: report.path,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      ...locate(starts, finding),
      offset: finding.span.start,
      length: finding.span.end - finding.span.start,
      fixes: (finding.fixes ?? []).map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits })),
    })),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function sarifResults(report: FileReport): unknown[] {
  const uri = report.path.split('\\').join('/');
  return report.findings.map((finding) => {
    const at = locate(report.lineStarts, finding);
    return {
      ruleId: finding.rule,
      level: SARIF_LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
        },
      }],
    };
  });
}

const EMPTY_RESULTS = '"results": []';

function joinSarif(reports: PrintedReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((report) => report.rules ?? []))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'wirecheck',
          version,
          rules: ruleIds.map((id) => ({ id, shortDescription: { text: RULES_BY_ID.get(id)?.description ?? id } })),
        },
      },
      results: [],
    }],
  };
  const layout = JSON.stringify(sarif, null, 2);
  const results = reports.map((report) => report.printed).filter(Boolean);
  if (!results.length) return `${layout}\n`;
  // `results` is the run's last member; a quote inside any string is escaped, so only the member itself matches.
  const at = layout.lastIndexOf(EMPTY_RESULTS);
  return `${layout.slice(0, at)}"results": [\n${results.join(',\n')}\n      ]${layout.slice(at + EMPTY_RESULTS.length)}\n`;
}
