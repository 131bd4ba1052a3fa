// Adversarial inputs finish in linear time. The assertion is on work done (V8's block counts), not on the
// clock: doubling the input must no more than about double the work.
import * as assert from 'assert';
import {
  DEFAULT_CONFIG, analyse, completions, hover, lineStarts, outline, semanticTokens,
} from '../../server/src/core';
import { WorkCounter } from '../helpers/work-counter';

/** Each builder makes an input of about `size` characters. */
type Builder = (size: number) => string;

/** Inputs made of one character or one short piece, 50 KB and 100 KB. */
const CHEAP: Record<string, Builder> = {
  'spaces': (size) => ' '.repeat(size),
  'capitals': (size) => 'A'.repeat(size),
  'straight quotes': (size) => '"'.repeat(size),
  'curly quotes': (size) => '“'.repeat(size),
  'hyphens': (size) => '-'.repeat(size),
  'periods': (size) => '.'.repeat(size),
  'initials': (size) => 'A. '.repeat(size / 3),
  'dateline pieces': (size) => 'BEIJING, '.repeat(size / 9),
  'line breaks': (size) => '\n'.repeat(size),
  'carriage returns and blanks': (size) => ' \r'.repeat(size / 2),
  'blank-separated paragraphs': (size) => 'He said. \n\n'.repeat(size / 11),
  'open parentheses': (size) => '( '.repeat(size / 2),
  'directive without its bracket': (size) => `[wirecheck-disable${' '.repeat(size - 20)}x`,
  'dateline then blanks': (size) => `BEIJING, Aug. 30 (Xinhua) --${' '.repeat(size - 40)}x`,
};

/** Inputs where every few words make a statement or a mention: the core does much more per character, 10 and 20 KB. */
const DENSE: Record<string, Builder> = {
  'capitalised words': (size) => 'Xi '.repeat(size / 3),
  'attribution verbs': (size) => 'said '.repeat(size / 5),
  'names and pronouns': (size) => 'President Xi Jinping said he '.repeat(size / 29),
  'one long sentence line': (size) => 'The minister said that the talks, which began in Beijing on Monday, were "productive" — and “candid.” '.repeat(size / 102),
};

/** Many quotations and statements in one paragraph, 50 and 100 KB: a step quadratic in them shows only at that size. */
const QUOTED: Record<string, Builder> = {
  'quotations in one paragraph': (size) => '"Yes." He said so. "No." '.repeat(size / 25),
};

function everyFeature(text: string): void {
  const analysis = analyse(text, DEFAULT_CONFIG);
  outline(analysis.article);
  semanticTokens(analysis.article);
  hover(analysis.article, text.length >> 1, lineStarts(text));
  completions(analysis.article, analysis.style, text.length, new Date(0));
}

describe('adversarial inputs run in linear time (work counted, not timed)', function () {
  this.timeout(300000); // counting every block makes the core several times slower than usual
  const counter = new WorkCounter((url) => /[\\/]server[\\/]src[\\/]core[\\/]/.test(url));
  before(() => counter.start());
  after(() => counter.stop());

  const cases: [string, Builder, number][] = [
    ...Object.entries(CHEAP).map(([name, build]): [string, Builder, number] => [name, build, 50_000]),
    ...Object.entries(DENSE).map(([name, build]): [string, Builder, number] => [name, build, 10_000]),
    ...Object.entries(QUOTED).map(([name, build]): [string, Builder, number] => [name, build, 50_000]),
  ];
  for (const [name, build, size] of cases) {
    it(`${name}: twice the input (${size / 1000} KB → ${size / 500} KB), at most about twice the work`, async () => {
      const small = await counter.measure(() => everyFeature(build(size)));
      const large = await counter.measure(() => everyFeature(build(size * 2)));
      assert.ok(small > 0, 'the work counter saw the core run');
      assert.ok(large <= small * 2.5 + 1000, `work grew from ${small} to ${large} (×${(large / small).toFixed(2)}) when the input doubled`);
    });
  }

  it('one 1 MB line: about ten times the work of a 100 KB line', async () => {
    const line = (size: number) => 'The "talks" were A. B. productive - and U.S. officials agreed; Xi '.repeat(size / 66);
    const small = await counter.measure(() => everyFeature(line(100_000)));
    const large = await counter.measure(() => everyFeature(line(1_000_000)));
    assert.ok(large <= small * 12 + 1000, `work grew from ${small} to ${large} (×${(large / small).toFixed(2)}) for ten times the input`);
  });
});
