import * as assert from 'assert';
import { analyse, applySafeFixes, lineStarts, positionAt, resolveConfig } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';

/** VS Code and the CLI both hand the core the text without its byte-order mark. */
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

describe('fixtures: each article gives exactly its expected findings', () => {
  for (const fixture of loadFixtures()) {
    it(fixture.name, () => {
      const text = withoutBom(fixture.text);
      const { config, problems } = resolveConfig(undefined, fixture.settings);
      assert.deepStrictEqual(problems, []);
      const starts = lineStarts(text);
      const actual = analyse(text, config).findings.map((finding) => {
        const at = positionAt(starts, finding.span.start);
        return { rule: finding.rule, line: at.line + 1, column: at.character + 1 };
      });
      assert.deepStrictEqual(actual, fixture.expected);
    });

    it(`${fixture.name}: every safe fix applies and removes its finding`, () => {
      const text = withoutBom(fixture.text);
      const { config } = resolveConfig(undefined, fixture.settings);
      const before = analyse(text, config).findings;
      const fixed = applySafeFixes(text, before);
      const after = analyse(fixed.text, config).findings;
      const fixedRules = new Set(before.filter((finding) => finding.fixes?.some((fix) => fix.safe)).map((finding) => finding.rule));
      for (const rule of fixedRules) {
        assert.ok(after.filter((finding) => finding.rule === rule).length < before.filter((finding) => finding.rule === rule).length, `${rule} still reported after its fix`);
      }
    });
  }
});
