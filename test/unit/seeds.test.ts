import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { STYLES, analyse, resolveConfig } from '../../server/src/core';
import { SEEDS } from '../helpers/paths';

/** `seeds/<style>-seed.txt` checks clean in its own style, and `auto` finds that style from the text. */
describe('seeds: every sample article checks clean in its house style', () => {
  for (const name of fs.readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort()) {
    const styleId = name.replace(/-seed\.txt$/, '');
    const text = fs.readFileSync(path.join(SEEDS, name), 'utf8').replace(/^\uFEFF/, '');

    it(`${name} has no findings in the ${styleId} style`, () => {
      assert.ok(STYLES[styleId], `seeds/${name} is not named after a style`);
      const { config } = resolveConfig(undefined, { style: styleId });
      const findings = analyse(text, config).findings.map((finding) => `${finding.rule}: ${finding.message}`);
      assert.deepStrictEqual(findings, []);
    });

    it(`${name}: auto picks the ${styleId} style`, () => {
      const { config } = resolveConfig(undefined, { style: 'auto' });
      assert.strictEqual(analyse(text, config).style.id, styleId);
    });
  }
});
