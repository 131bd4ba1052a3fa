import * as assert from 'assert';
import { Analysis, Finding, analyse, applyEdits, codeActions, resolveConfig } from '../../server/src/core';

// Each class of quick fix that used to break on real copy, rebuilt from synthetic articles: the fix must remove
// the finding it targets and keep the dateline, the sign-off, the end mark and the style; or not be offered.

function check(text: string, style: string): Analysis {
  return analyse(text, resolveConfig(undefined, { style }).config);
}

function findingOf(analysis: Analysis, rule: string): Finding {
  const finding = analysis.findings.find((candidate) => candidate.rule === rule);
  assert.ok(finding, `no ${rule} among ${JSON.stringify(analysis.findings.map((candidate) => candidate.rule))}`);
  return finding;
}

/** Applies the action titled `title` offered on the first `rule` finding and checks that it holds. */
function applyAction(text: string, style: string, rule: string, title: RegExp): Analysis {
  const before = check(text, style);
  const config = resolveConfig(undefined, { style }).config;
  findingOf(before, rule);
  const offered = before.findings.filter((finding) => finding.rule === rule).flatMap((finding) => codeActions(before, { span: finding.span, config }));
  const action = offered.find((candidate) => title.test(candidate.title));
  assert.ok(action?.edits, `no action ${title} among ${JSON.stringify(offered.map((candidate) => candidate.title))}`);
  const after = check(applyEdits(text, action.edits), style);
  const count = (analysis: Analysis) => analysis.findings.filter((finding) => finding.rule === rule).length;
  assert.ok(count(after) < count(before), `${rule} still reported after "${action.title}"`);
  assert.strictEqual(Boolean(after.article.dateline), Boolean(before.article.dateline), 'dateline kept');
  if (before.article.terminator) assert.ok(after.article.terminator, 'sign-off kept');
  if (before.article.release?.endMark) assert.ok(after.article.release?.endMark, 'end mark kept');
  assert.strictEqual(after.style.id, before.style.id, 'style kept');
  return after;
}

describe('quick fixes that must hold on real-shaped copy', () => {
  describe('a story sent as one line', () => {
    it('takes the sign-off added at its end (Xinhua)', () => {
      const after = applyAction('Officials said the harbour will reopen on Monday after repairs.\n', 'xinhua', 'terminator/missing', /^Add `Enditem`/);
      assert.strictEqual(after.article.terminator?.text, 'Enditem');
    });

    it('takes the sign-off added at its end (Reuters 1987)', () => {
      const after = applyAction('Quarterly tonnage at the port rose to 4,100 tonnes.\n', 'reuters-1987', 'terminator/missing', /^Add `Reuter`/);
      assert.strictEqual(after.article.terminator?.text, 'Reuter');
    });

    it('reads a Yonhap (END) glued to its last word as the sign-off', () => {
      const text = 'Rain ahead SEOUL, March 3 (Yonhap) -- Rain is expected across the country on Tuesday, forecasters said. Busan 11/02 Cloudy 20(END)\n';
      const analysis = check(text, 'yonhap');
      assert.strictEqual(analysis.article.terminator?.text, '(END)');
      assert.deepStrictEqual(analysis.findings.filter((finding) => finding.rule.startsWith('terminator/')), []);
    });

    it('takes an (END) added after a glued last word', () => {
      const after = applyAction('Rain ahead SEOUL, March 3 (Yonhap) -- Rain is expected across the country, forecasters said.\n', 'yonhap', 'terminator/missing', /^Add `\(END\)`/);
      assert.strictEqual(after.article.terminator?.text, '(END)');
    });
  });

  describe('another house\'s sign-off', () => {
    for (const [signOff, layout] of [['(END)', 'inline'], ['###', 'own line'], ['Reuter', 'inline']] as const) {
      it(`offers no rewrite of ${signOff} (${layout}) into Enditem`, () => {
        const body = 'BEIJING, Aug. 30 (Xinhua) -- The talks ended on Monday, officials said.';
        const text = layout === 'inline' ? `${body} ${signOff}\n` : `${body}\n\n${signOff}\n`;
        const finding = findingOf(check(text, 'xinhua'), 'terminator/missing');
        assert.match(finding.message, /not `Enditem`/);
        assert.strictEqual(finding.fixes, undefined);
      });
    }

    it('still offers the rewrite of a sign-off no house uses', () => {
      applyAction('BEIJING, Aug. 30 (Xinhua) -- The talks ended on Monday, officials said.\n\nEND\n', 'xinhua', 'terminator/missing', /^Write `Enditem`/);
    });
  });

  describe('datelines', () => {
    it('keeps a city-and-dash dateline whose lede opens with a word and a number', () => {
      const text = '   TOLEDO _ Nearly 4,000 workers walked out on Friday, the union said.\n\n   The plant makes brake parts.\n';
      const after = applyAction(text, 'xinhua', 'dateline/malformed', /^Write `--`/);
      assert.strictEqual(after.article.dateline?.city.text, 'TOLEDO');
      assert.strictEqual(after.article.dateline?.separator?.text, '--');
    });

    it('reads a release date written day first with an abbreviated month', () => {
      const text = '# Acme opens a plant\n\nHANOI, VIETNAM - [Example Newswire](https://example.invalid/) - 3 August 2026 - Acme Corp. opened a plant on Monday.\n';
      const after = applyAction(text, 'auto', 'dateline/month-format', /^Write `Aug\.`/);
      assert.strictEqual(after.article.dateline?.date?.month.text, 'Aug.');
    });
  });

  describe('press releases', () => {
    // Five lines above the dateline: the most the dateline search reads past.
    const release = [
      '# Acme Widgets Opens Its Third Plant',
      '* Plant adds 200 jobs',
      '* Output doubles by spring',
      '* Built on a former rail yard',
      '* Opening event on Friday',
      'TOLEDO, Ohio, March 3, 2026 /PRNewswire/ -- Acme Widgets Inc. opened its third plant on Tuesday.',
      '',
      'The plant employs 200 people.',
      '',
    ].join('\n');

    it('keeps the dateline when the release line is added at the top', () => {
      const after = applyAction(release, 'auto', 'release/release-line-missing', /^Add `FOR IMMEDIATE RELEASE`/);
      assert.strictEqual(after.article.dateline?.city.text, 'TOLEDO');
    });

    it('keeps the release style and the dateline when a rule is disabled for the file', () => {
      const after = applyAction(release, 'auto', 'release/end-mark-missing', /^Disable release\/end-mark-missing for this file$/);
      assert.strictEqual(after.style.id, 'press-release');
      assert.strictEqual(after.article.dateline?.city.text, 'TOLEDO');
    });

    it('reads ### with boilerplate after it as a release, before and after the text after it is removed', () => {
      const text = 'Acme Widgets Inc. opened its third plant on Tuesday, the company said.\n\n###\n\nAcme Widgets makes widgets for the trade.\n\n[Website](https://example.invalid/)\n';
      assert.strictEqual(check(text, 'auto').style.id, 'press-release');
      applyAction(text, 'auto', 'release/text-after-end-mark', /^Remove the text after the end mark/);
    });

    it('reads a release line under a disable directive as the release line', () => {
      const text = '[wirecheck-disable release/headline-missing]\nFOR IMMEDIATE RELEASE\n\nAcme Widgets Inc. opened its third plant on Tuesday.\n';
      assert.strictEqual(check(text, 'auto').style.id, 'press-release');
    });
  });
});
