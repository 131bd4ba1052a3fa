import { Finding, RULES_BY_ID, positionAt } from '../core';

/**
 * One file's findings, with the offsets where its lines start (to print line and column): the starts, not the
 * text, cross from a worker thread and are kept until the end of the run.
 */
export interface FileReport {
  path: string;
  lineStarts: number[];
  findings: Finding[];
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

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const starts = report.lineStarts;
    for (const finding of report.findings) {
      const at = locate(starts, finding);
      lines.push(`${report.path}:${at.line}:${at.column} ${finding.severity} ${finding.rule} ${finding.message}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(reports.map((report) => {
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
  }), null, 2)}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((report) => report.findings.map((finding) => finding.rule)))].sort();
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
      results: reports.flatMap((report) => {
        const starts = report.lineStarts;
        return report.findings.map((finding) => {
          const at = locate(starts, finding);
          return {
            ruleId: finding.rule,
            level: SARIF_LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [{
              physicalLocation: {
                artifactLocation: { uri: report.path.split('\\').join('/') },
                region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
              },
            }],
          };
        });
      }),
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
