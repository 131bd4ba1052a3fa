import * as assert from 'assert';
import { Analysis, WirecheckConfig, analyse, applyEdits, codeActions, fixAllSafe, resolveConfig } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');
const count = (analysis: Analysis, rule: string) => analysis.findings.filter((finding) => finding.rule === rule).length;

/** The structure a fix must not lose: the parts of the article that were found before it. */
function assertStillParses(before: Analysis, after: Analysis, what: string): void {
  if (before.article.dateline) assert.ok(after.article.dateline, `${what}: the dateline is no longer found`);
  if (before.article.terminator) assert.ok(after.article.terminator, `${what}: the terminator is no longer found`);
  assert.ok(after.article.paragraphs.length >= Math.min(1, before.article.paragraphs.length), `${what}: the paragraphs are gone`);
}

describe('fixtures: every code action applies and does what it says', () => {
  for (const fixture of loadFixtures()) {
    const text = withoutBom(fixture.text);
    const settings = fixture.settings;
    const config: WirecheckConfig = resolveConfig(undefined, settings).config;
    const before = analyse(text, config);

    it(`${fixture.name}: each finding's quick fixes and disable actions`, () => {
      for (const finding of before.findings) {
        const actions = codeActions(before, { span: finding.span, config, configFile: { text: undefined } });
        assert.ok(actions.some((action) => action.documentation === finding.rule), `${finding.rule}: no documentation action`);
        for (const action of actions) {
          const what = `${finding.rule}: "${action.title}"`;
          if (action.edits) {
            const after = analyse(applyEdits(text, action.edits), config);
            assertStillParses(before, after, what);
            for (const rule of new Set(action.findings.map((fixed) => fixed.rule))) {
              if (action.title.startsWith('Disable ')) {
                assert.strictEqual(count(after, rule), 0, `${what}: ${rule} still reported`);
                const rulesBefore = new Set(before.findings.map((other) => other.rule));
                assert.deepStrictEqual(after.findings.filter((other) => !rulesBefore.has(other.rule)), [], `${what}: new findings`);
              }
              else assert.ok(count(after, rule) < count(before, rule), `${what}: ${rule} still reported as often`);
            }
          }
          if (action.configEdits && !settings.rules?.[finding.rule]) {
            const written = applyEdits('', action.configEdits.edits);
            const disabled = resolveConfig(JSON.parse(written), settings);
            assert.deepStrictEqual(disabled.problems, [], what);
            assert.strictEqual(count(analyse(text, disabled.config), finding.rule), 0, `${what}: still reported`);
          }
        }
      }
    });

    it(`${fixture.name}: source.fixAll.wirecheck gives the same text as --fix and removes what it fixes`, () => {
      const [action] = codeActions(before, { span: { start: 0, end: 0 }, only: ['source.fixAll'], config });
      const expected = fixAllSafe(before, config);
      if (expected.applied === 0) {
        assert.strictEqual(action, undefined);
        return;
      }
      const fixed = applyEdits(text, action.edits!);
      assert.strictEqual(fixed, expected.text);
      const after = analyse(fixed, config);
      assertStillParses(before, after, 'fix all');
      for (const rule of new Set(action.findings.map((finding) => finding.rule))) {
        assert.ok(count(after, rule) < count(before, rule), `fix all: ${rule} still reported as often`);
      }
      assert.ok(after.findings.every((finding) => !finding.fixes?.some((fix) => fix.safe)) || expected.passes >= 10, 'a safe fix is left after fix all');
    });
  }
});
