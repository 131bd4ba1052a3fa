import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, STYLES } from '../../server/src/core';
import { loadFixtures } from '../helpers/fixtures';
import { ROOT } from '../helpers/paths';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const readmeRuleRows = readme.split(/\r?\n/).filter((line) => line.startsWith('|'));
const fixtures = loadFixtures();

describe('rules meta: every rule is documented, listed and exercised', () => {
  it('rule ids are unique, kebab-case and grouped by area', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*\/[a-z]+(?:-[a-z]+)*$/, id);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a doc page docs/rules/<id>.md that names it', () => {
        const page = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
        assert.ok(fs.existsSync(page), `missing ${path.relative(ROOT, page)}`);
        assert.ok(fs.readFileSync(page, 'utf8').includes(`\`${rule.id}\``), 'the page does not name the rule id');
      });

      it('has a row in the README rules table', () => {
        assert.ok(readmeRuleRows.some((row) => row.includes(`\`${rule.id}\``)), `no README row for ${rule.id}`);
      });

      it('is triggered by at least one fixture', () => {
        assert.ok(fixtures.some((fixture) => fixture.expected.some((finding) => finding.rule === rule.id)), `no fixture expects ${rule.id}`);
      });
    });
  }

  it('fixtures expect only rules that exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    for (const fixture of fixtures) {
      for (const finding of fixture.expected) assert.ok(ids.has(finding.rule), `${fixture.name} expects unknown rule ${finding.rule}`);
    }
  });

  it('every house style has a clean seed article', () => {
    const seeds = fs.readdirSync(path.join(ROOT, 'seeds'));
    for (const id of Object.keys(STYLES)) assert.ok(seeds.includes(`${id}-seed.txt`), `no seeds/${id}-seed.txt`);
  });
});
