import * as assert from 'assert';
import * as fs from 'fs';
import { DEFAULT_CONFIG, Finding, analyse, applyEdits, codeActions, fixAllSafe, resolveConfig } from '../../server/src/core';
import { readDirective } from '../../server/src/core/parse/directive';
import { SEED_ARTICLE } from '../helpers/paths';

// `[wirecheck-disable-next-line rule/id]` on a line of its own silences that rule on the line below it.

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');
const lines = seed.split('\n');

/** The seed with a double space put into lines 0 and 2: two findings of one rule on two lines. */
function twoDoubleSpaces(): string {
  const copy = [...lines];
  copy[0] = copy[0].replace(' said ', ' said  ');
  copy[2] = copy[2].replace(' the ', ' the  ');
  return copy.join('\n');
}

const ruleLines = (text: string, rule: string) => {
  const analysis = analyse(text, DEFAULT_CONFIG);
  return analysis.findings.filter((finding) => finding.rule === rule).map((finding) => text.slice(0, finding.span.start).split('\n').length - 1);
};

function disableOnLine(text: string, finding: Finding): string {
  const analysis = analyse(text, DEFAULT_CONFIG);
  const action = codeActions(analysis, { span: finding.span, config: DEFAULT_CONFIG }).find((candidate) => candidate.title === `Disable ${finding.rule} on this line`);
  assert.ok(action?.edits, 'the action is offered');
  return applyEdits(text, action.edits);
}

describe('disable a rule on one line', () => {
  it('reads both directive forms', () => {
    assert.deepStrictEqual(readDirective('[wirecheck-disable-next-line hygiene/double-space quotes/unbalanced]'), { rules: ['hygiene/double-space', 'quotes/unbalanced'], scope: 'next-line' });
    assert.deepStrictEqual(readDirective('[wirecheck-disable terminator/missing]'), { rules: ['terminator/missing'], scope: 'file' });
    assert.strictEqual(readDirective('[wirecheck-disable-next-linex a/b]'), undefined);
    assert.strictEqual(readDirective('Text [wirecheck-disable-next-line a/b]'), undefined);
  });

  it('silences the rule on the next line only, and other rules on that line stay', () => {
    const text = twoDoubleSpaces().replace(' Enditem', '');
    assert.deepStrictEqual(ruleLines(text, 'hygiene/double-space'), [0, 2]);
    const silenced = `[wirecheck-disable-next-line hygiene/double-space]\n${text}`;
    assert.deepStrictEqual(ruleLines(silenced, 'hygiene/double-space'), [3]);
    const middle = text.split('\n');
    middle.splice(2, 0, '[wirecheck-disable-next-line hygiene/double-space terminator/missing]');
    assert.deepStrictEqual(ruleLines(middle.join('\n'), 'hygiene/double-space'), [0]);
    // terminator/missing is on the last line, not on the directive's: it stays.
    assert.deepStrictEqual(ruleLines(middle.join('\n'), 'terminator/missing').length, 1);
  });

  it('leaves the story as it was: same dateline, paragraphs, people and statements, no findings of its own', () => {
    const withDirective = [lines[0], lines[1], '[wirecheck-disable-next-line quotes/unbalanced]', ...lines.slice(2)].join('\n');
    const plain = analyse(seed, DEFAULT_CONFIG);
    const silenced = analyse(withDirective, DEFAULT_CONFIG);
    assert.deepStrictEqual(silenced.findings, []);
    assert.strictEqual(silenced.article.paragraphs.length, plain.article.paragraphs.length);
    assert.deepStrictEqual(silenced.article.people.map((person) => person.fullName), plain.article.people.map((person) => person.fullName));
    assert.strictEqual(silenced.article.statements.length, plain.article.statements.length);
    assert.strictEqual(silenced.article.wordCount, plain.article.wordCount);
  });

  it('does not split a hard-wrapped paragraph or add its words to a sentence', () => {
    const wrapped = [
      'LONDON, March 3 - Shares in the company rose sharply',
      'on Tuesday after it said profits doubled,  traders said.',
      '    The board will meet again next week to approve',
      'the dividend, a spokesman said.',
      '',
    ].join('\n');
    const config = resolveConfig(undefined, { style: 'reuters-1987' }).config;
    const plain = analyse(wrapped, config);
    const withDirective = wrapped.replace('on Tuesday', '[wirecheck-disable-next-line hygiene/double-space]\non Tuesday');
    const silenced = analyse(withDirective, config);
    assert.strictEqual(silenced.article.paragraphs.length, plain.article.paragraphs.length);
    assert.strictEqual(silenced.article.sentences.length, plain.article.sentences.length);
    assert.strictEqual(silenced.article.wordCount, plain.article.wordCount);
    assert.deepStrictEqual(plain.findings.filter((finding) => finding.rule === 'hygiene/double-space').length, 1);
    assert.deepStrictEqual(silenced.findings.filter((finding) => finding.rule === 'hygiene/double-space'), []);
  });

  it('is offered as a code action that inserts the directive above the line, in the file\'s line ending', () => {
    const text = twoDoubleSpaces().replace(/\n/g, '\r\n');
    const analysis = analyse(text, DEFAULT_CONFIG);
    const second = analysis.findings.filter((finding) => finding.rule === 'hygiene/double-space')[1];
    const silenced = disableOnLine(text, second);
    const out = silenced.split('\r\n');
    assert.strictEqual(out[2], '[wirecheck-disable-next-line hygiene/double-space]');
    assert.strictEqual(out.length, text.split('\r\n').length + 1);
    assert.deepStrictEqual(analyse(silenced, DEFAULT_CONFIG).findings.filter((finding) => finding.rule === 'hygiene/double-space').length, 1);
  });

  it('adds the rule to a next-line directive already above the line', () => {
    const text = `[wirecheck-disable-next-line quotes/unbalanced]\n${twoDoubleSpaces()}`;
    const finding = analyse(text, DEFAULT_CONFIG).findings.find((candidate) => candidate.rule === 'hygiene/double-space')!;
    const silenced = disableOnLine(text, finding);
    assert.ok(silenced.startsWith('[wirecheck-disable-next-line quotes/unbalanced hygiene/double-space]\nBEIJING'));
  });

  it('keeps a byte-order mark first', () => {
    const text = `\uFEFF${twoDoubleSpaces()}`;
    const finding = analyse(text, DEFAULT_CONFIG).findings.find((candidate) => candidate.rule === 'hygiene/double-space')!;
    assert.ok(disableOnLine(text, finding).startsWith('\uFEFF[wirecheck-disable-next-line hygiene/double-space]\nBEIJING'));
  });

  it('is not offered for a finding that starts on a blank line', () => {
    const text = [lines[0], '', '', '', lines[1], ''].join('\n');
    const analysis = analyse(text, DEFAULT_CONFIG);
    const empty = analysis.findings.find((finding) => finding.rule === 'hygiene/empty-paragraph');
    assert.ok(empty);
    const titles = codeActions(analysis, { span: empty.span, config: DEFAULT_CONFIG }).map((action) => action.title);
    assert.ok(!titles.includes('Disable hygiene/empty-paragraph on this line'), JSON.stringify(titles));
    assert.ok(titles.includes('Disable hygiene/empty-paragraph for this file'));
  });

  it('is not offered on a line that a name runs on to from the line above', () => {
    const text = [
      'BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping met Cuban President Miguel',
      'Diaz-Canel  on Monday, officials said. Enditem',
    ].join('\n');
    const analysis = analyse(text, DEFAULT_CONFIG);
    const double = analysis.findings.find((finding) => finding.rule === 'hygiene/double-space');
    assert.ok(double, JSON.stringify(analysis.findings.map((finding) => finding.rule)));
    assert.ok(analysis.article.people.some((person) => person.fullName.includes('Diaz-Canel')), 'the name is read over the line break');
    const titles = codeActions(analysis, { span: double.span, config: DEFAULT_CONFIG }).map((action) => action.title);
    assert.ok(!titles.includes('Disable hygiene/double-space on this line'), JSON.stringify(titles));
    assert.ok(titles.includes('Disable hygiene/double-space for this file'));
  });

  it('survives fix-all, which fixes the other lines', () => {
    const text = `[wirecheck-disable-next-line hygiene/double-space]\n${twoDoubleSpaces().replace(' Enditem', '')}`;
    const result = fixAllSafe(analyse(text, DEFAULT_CONFIG), DEFAULT_CONFIG);
    assert.ok(result.text.startsWith('[wirecheck-disable-next-line hygiene/double-space]\nBEIJING'));
    assert.ok(result.text.includes(' said  '), 'the silenced line is left alone');
    assert.ok(!result.text.includes(' the  '), 'the other line is fixed');
    assert.ok(result.text.trimEnd().endsWith('Enditem'));
  });
});
