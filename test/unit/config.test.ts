import * as assert from 'assert';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core';

describe('configuration', () => {
  it('has the same defaults with no file and no settings', () => {
    assert.deepStrictEqual(resolveConfig(undefined).config, DEFAULT_CONFIG);
  });

  it('takes style, rule severities and word lists from the file, settings on top', () => {
    const { config, problems } = resolveConfig(
      { style: 'xinhua', rules: { 'terminator/missing': 'warning', 'dateline/missing': 'off' }, titles: ['Chief Whip'], people: [{ name: 'Xi Jinping', title: 'Chinese President' }] },
      { rules: { 'terminator/missing': 'info' } },
    );
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(config.severities, { 'terminator/missing': 'info', 'dateline/missing': 'off' });
    assert.deepStrictEqual(config.extensions.titles, ['Chief Whip']);
    assert.strictEqual(config.extensions.people?.[0].name, 'Xi Jinping');
  });

  it('reports malformed parts clearly and falls back to defaults for them', () => {
    const { config, problems } = resolveConfig({ style: 42, rules: { 'terminator/missing': 'loud' }, titles: 'President', people: [{}], surprise: true });
    assert.strictEqual(config.style, DEFAULT_CONFIG.style);
    assert.deepStrictEqual(config.severities, {});
    assert.strictEqual(problems.length, 5);
    assert.ok(problems.some((problem) => problem.includes('"surprise"')));
  });

  it('rejects a file that is not an object', () => {
    for (const data of [null, [], 'x', 3]) assert.strictEqual(resolveConfig(data).problems.length, 1);
  });
});
