import * as assert from 'assert';
import * as fs from 'fs';
import { hover, lineStarts, parseArticle } from '../../server/src/core';
import { cursor, markIn } from '../helpers/cursor';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

function hoverAt(marked: string): { markdown?: string; hovered?: string } {
  const { text, offset } = cursor(marked);
  const result = hover(parseArticle(text), offset, lineStarts(text));
  return { markdown: result?.markdown, hovered: result && text.slice(result.span.start, result.span.end) };
}

describe('hover, refined', () => {
  it('on a person: title as introduced, introduction line and text, mention and statement counts, a few statements', () => {
    const { markdown, hovered } = hoverAt(markIn(seed, 'Diaz-Canel to convey', 3));
    assert.strictEqual(hovered, 'Diaz-Canel');
    assert.match(markdown!, /^\*\*Miguel Diaz-Canel\*\* — Cuban President$/m);
    assert.match(markdown!, /Introduced on line 1 as “Cuban President Miguel Diaz-Canel” · 3 mentions · 0 statements/);
    const xi = hoverAt(markIn(seed, 'Xi stressed')).markdown!;
    const shown = xi.split('\n').filter((line) => /^- line \d+, \*/.test(line));
    assert.strictEqual(shown.length, 3, 'a few statements, not all');
    assert.ok(shown.every((line) => line.length < 140), 'trimmed');
    assert.match(xi, /- … and \d+ more/);
  });

  it('on a pronoun says whom it stands for', () => {
    const { markdown, hovered } = hoverAt(markIn(seed, 'he said.', 1));
    assert.strictEqual(hovered, 'he');
    assert.match(markdown!, /\*he\* refers to Xi Jinping/);
  });

  it('on an attribution verb names the speaker and how the attribution named them', () => {
    const { markdown, hovered } = hoverAt(markIn(seed, 'he added', 4));
    assert.strictEqual(hovered, 'added');
    assert.match(markdown!, /Attribution: \*\*Xi Jinping\*\* \*added\* \(reported speech\)/);
    assert.match(markdown!, /\*he\* is Xi Jinping, Chinese President, introduced on line 1/);
    const source = 'GENEVA, May 2 (Xinhua) -- The plan will work, officials said.';
    assert.match(hoverAt(markIn(source, 'said', 1)).markdown!, /\*\*officials\*\*[\s\S]*unnamed source/);
  });

  it('on the dateline: parts, with the weekday when the year is known', () => {
    assert.match(hoverAt(markIn(seed, 'Xinhua', 2)).markdown!, /- City: BEIJING\n- Date: Aug\. 30 \(no year given, so no weekday\)\n- Agency: Xinhua \(in parentheses\)\n- Separator: `--`/);
    const release = 'AUSTIN, Texas, Aug. 30, 2021 /PRNewswire/ -- Northwind said it opened a center.';
    const markdown = hoverAt(markIn(release, 'AUSTIN', 1)).markdown!;
    assert.match(markdown, /- Region: Texas/);
    assert.match(markdown, /- Date: Aug\. 30, 2021 \(Monday\)/);
    assert.match(markdown, /- Agency: PRNewswire \(between slashes\)/);
  });

  it('on the dateline: the style it is checked in, and why auto picked it', () => {
    const text = 'RIVERTON, Oct. 14 -- Volunteers rebuilt the bridge, officials said.';
    const markdown = hover(parseArticle(text), 2, lineStarts(text), 'Generic (picked by auto: no agency was found)')?.markdown ?? '';
    assert.match(markdown, /- Separator: `--`\n\nChecked in the Generic \(picked by auto: no agency was found\) style\.$/);
    assert.doesNotMatch(hover(parseArticle(text), 2, lineStarts(text))?.markdown ?? '', /Checked in/);
  });

  it('escapes markdown in article text', () => {
    const text = 'PARIS, May 2 (AFP) -- Mayor Anne Hidalgo said the *new* plan [draft] works.';
    const markdown = hoverAt(markIn(text, 'Hidalgo', 1)).markdown!;
    assert.ok(markdown.includes('\\*new\\*') && markdown.includes('\\[draft\\]'), markdown);
  });
});
