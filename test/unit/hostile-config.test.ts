// A hostile .wirecheckrc.json (huge, deeply nested, wrong types, code) degrades to defaults with clear problems.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readConfigFile } from '../../server/src/config-file';
import { DEFAULT_CONFIG, MAX_CONFIG_BYTES, resolveConfig } from '../../server/src/core';

describe('hostile config files', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecheck-hostile-config-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('ignores a file over the size limit without reading it', () => {
    const result = readConfigFile(write('huge.json', `{"titles": [${'"x",'.repeat(MAX_CONFIG_BYTES / 4)}"x"]}`));
    assert.strictEqual(result?.data, undefined);
    assert.match(result?.error ?? '', /over the \d+-byte limit; it is ignored/);
  });

  it('survives 100,000 levels of nesting: the value is reported as the wrong type', () => {
    const result = readConfigFile(write('deep.json', `{"rules": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`));
    const { config, problems } = resolveConfig(result?.data);
    assert.deepStrictEqual(config, DEFAULT_CONFIG);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0], /"rules" in \.wirecheckrc\.json must be an object/);
  });

  it('reads JavaScript as invalid JSON, never as code', () => {
    const marker = path.join(dir, 'ran');
    const result = readConfigFile(write('code.json', `module.exports = require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`));
    assert.match(result?.error ?? '', /not valid JSON/);
    assert.ok(!fs.existsSync(marker));
  });

  it('reports each wrong type once and keeps the defaults for those parts', () => {
    const { config, problems } = resolveConfig({ style: 5, rules: [], titles: 'x', people: [{ name: 3 }], attributionVerbs: [{}], places: Array(6000).fill('x'), extra: 1 });
    assert.deepStrictEqual(config, DEFAULT_CONFIG);
    assert.strictEqual(problems.length, 7);
  });

  it('cannot reach object prototypes through __proto__ keys', () => {
    const { config } = resolveConfig(JSON.parse('{"__proto__": {"style": "ap"}, "rules": {"__proto__": "off", "constructor": "off"}}'));
    assert.strictEqual(config.style, DEFAULT_CONFIG.style);
    assert.strictEqual(({} as Record<string, unknown>).style, undefined);
    assert.strictEqual(Object.getPrototypeOf(config.severities), Object.prototype);
  });
});
