import * as assert from 'assert';
import * as fs from 'fs';
import { parseArticle, statementsBySpeaker } from '../../server/src/core';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

describe('statements by speaker', () => {
  it('groups every statement of the seed under its person, people in order of introduction', () => {
    const groups = statementsBySpeaker(parseArticle(seed));
    assert.deepStrictEqual(groups.map((group) => [group.name, group.kind, group.detail, group.statements.length]), [
      ['Xi Jinping', 'person', 'Chinese President', parseArticle(seed).statements.length],
      ['Miguel Diaz-Canel', 'person', 'Cuban President', 0],
      ['Raul Castro', 'person', 'Comrade', 0],
    ]);
    const [first] = groups[0].statements;
    assert.match(first.name, /^China is willing to walk/);
    assert.ok(first.name.length <= 61);
    assert.strictEqual(seed.slice(first.selection.start, first.selection.end), 'said');
    assert.strictEqual(first.detail, 'said');
    const introduction = groups[0].span!;
    assert.strictEqual(seed.slice(introduction.start, introduction.end), 'Chinese President Xi Jinping');
  });

  it('keeps statements in text order within a speaker', () => {
    const statements = statementsBySpeaker(parseArticle(seed))[0].statements;
    statements.forEach((statement, i) => assert.ok(i === 0 || statements[i - 1].span.start < statement.span.start));
  });

  it('puts institutional sources after people, each source once, and marks quotes', () => {
    const text = 'GENEVA, May 2 (Xinhua) -- Health Minister Ana Silva said the plan works. "It will work," officials said. Officials added that more was needed. The rest was quiet, according to the ministry.';
    const groups = statementsBySpeaker(parseArticle(text));
    const names = groups.map((group) => `${group.name}/${group.kind}`);
    assert.strictEqual(names[0], 'Ana Silva/person');
    const officials = groups.filter((group) => group.name.toLowerCase() === 'officials');
    assert.strictEqual(officials.length, 1, names.join(', '));
    assert.strictEqual(officials[0].statements.length, 2);
    assert.strictEqual(officials[0].statements[0].detail, 'said · quoted');
    assert.strictEqual(groups.reduce((sum, group) => sum + group.statements.length, 0), parseArticle(text).statements.length);
  });

  it('is empty for an empty article', () => {
    assert.deepStrictEqual(statementsBySpeaker(parseArticle('')), []);
  });
});
