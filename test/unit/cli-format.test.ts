// The CLI prints each file's part on the thread that checked it and joins the parts: the joined JSON and SARIF
// must read exactly as one JSON.stringify(…, null, 2) of the whole document would.
import * as assert from 'assert';
import fc from 'fast-check';
import { FileReport, joinReports, printReport } from '../../server/src/cli/format';
import { OutputFormat } from '../../server/src/cli/args';
import { Finding } from '../../server/src/core';

function finding(rule: string, severity: Finding['severity'], start: number, end: number, message: string, withFix = false): Finding {
  return { rule, severity, span: { start, end }, message, ...(withFix ? { fixes: [{ title: 'Add it', safe: true, edits: [{ span: { start: end, end }, newText: ' Enditem' }] }] } : {}) };
}

const REPORTS: FileReport[] = [
  { path: 'a.txt', lineStarts: [0, 10, 25], findings: [finding('terminator/missing', 'error', 26, 30, 'No sign-off "results": [] here', true), finding('hygiene/double-space', 'info', 3, 5, 'Two spaces')] },
  { path: 'clean.txt', lineStarts: [], findings: [] },
  { path: 'dir\\b.txt', lineStarts: [0], findings: [finding('dateline/missing', 'warning', 0, 1, 'No dateline: “CITY, Aug. 30 (Xinhua) --”')] },
];

const join = (reports: FileReport[], format: OutputFormat) => joinReports(reports.map((report) => printReport(report, format)), format, '9.9.9');
const canonical = (output: string) => `${JSON.stringify(JSON.parse(output), null, 2)}\n`;

describe('CLI output joined from per-file parts', () => {
  it('prints text lines with 1-based line and column, in file order', () => {
    assert.strictEqual(join(REPORTS, 'text'), [
      'a.txt:3:2 error terminator/missing No sign-off "results": [] here',
      'a.txt:1:4 info hygiene/double-space Two spaces',
      'dir\\b.txt:1:1 warning dateline/missing No dateline: “CITY, Aug. 30 (Xinhua) --”',
      '',
    ].join('\n'));
    assert.strictEqual(join([REPORTS[1]], 'text'), '');
  });

  it('joins JSON parts into the layout of one JSON.stringify, clean files included', () => {
    const output = join(REPORTS, 'json');
    assert.strictEqual(output, canonical(output));
    const parsed = JSON.parse(output);
    assert.deepStrictEqual(parsed.map((file: { file: string }) => file.file), ['a.txt', 'clean.txt', 'dir\\b.txt']);
    assert.deepStrictEqual(parsed[0].findings[0].fixes[0].edits[0], { span: { start: 30, end: 30 }, newText: ' Enditem' });
    assert.strictEqual(join([], 'json'), '[]\n');
  });

  it('joins SARIF results under one run, with each reported rule listed once', () => {
    const output = join(REPORTS, 'sarif');
    assert.strictEqual(output, canonical(output));
    const run = JSON.parse(output).runs[0];
    assert.deepStrictEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), ['dateline/missing', 'hygiene/double-space', 'terminator/missing']);
    assert.deepStrictEqual(run.results.map((result: { level: string }) => result.level), ['error', 'note', 'warning']);
    assert.strictEqual(run.results[2].locations[0].physicalLocation.artifactLocation.uri, 'dir/b.txt');
    const empty = join([REPORTS[1]], 'sarif');
    assert.strictEqual(empty, canonical(empty));
    assert.deepStrictEqual(JSON.parse(empty).runs[0].results, []);
  });

  it('keeps that layout for any message text', () => {
    fc.assert(fc.property(fc.array(fc.fullUnicodeString({ maxLength: 40 }), { maxLength: 4 }), (messages) => {
      const reports: FileReport[] = [{ path: 'x.txt', lineStarts: [0], findings: messages.map((message, i) => finding(`rule/${i}`, 'warning', 0, 0, message)) }];
      for (const format of ['json', 'sarif'] as const) {
        const output = join(reports, format);
        assert.strictEqual(output, canonical(output));
      }
    }), { numRuns: 200 });
  });
});
