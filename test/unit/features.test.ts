import * as assert from 'assert';
import * as fs from 'fs';
import { hover, lineStarts, looksLikeWireArticle, outline, parseArticle } from '../../server/src/core';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

/** Hover at the `|` in a marked text (the marker is removed before parsing). */
function hoverAt(marked: string): string | undefined {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return hover(parseArticle(text), offset, lineStarts(text))?.markdown;
}

describe('hover', () => {
  it('on a surname shows the full name, title, introduction line and statements', () => {
    const markdown = hoverAt(seed.replace('Xi also said', 'X|i also said'));
    assert.ok(markdown);
    assert.match(markdown, /\*\*Xi Jinping\*\* — Chinese President/);
    assert.match(markdown, /Introduced on line 1/);
    assert.match(markdown, /statements/);
    assert.match(markdown, /line 2, \*said\*/);
  });

  it('on a hyphenated name and on a pronoun', () => {
    assert.match(hoverAt(seed.replace('In their talks, Diaz-Canel', 'In their talks, Diaz-Ca|nel')) ?? '', /Miguel Diaz-Canel/);
    assert.match(hoverAt(seed.replace('through struggles, he said', 'through struggles, h|e said')) ?? '', /Xi Jinping/);
  });

  it('on the dateline shows its parts, and on an attribution verb its speaker', () => {
    assert.match(hoverAt(`BEI|${seed.slice(3)}`) ?? '', /City: BEIJING[\s\S]*Agency: Xinhua/);
    assert.match(hoverAt(seed.replace('he added', 'he ad|ded')) ?? '', /Attribution: \*\*Xi Jinping\*\* \*added\*/);
  });

  it('on an ordinary word shows nothing', () => {
    assert.strictEqual(hoverAt(seed.replace('socialism', 'soci|alism')), undefined);
  });
});

describe('outline', () => {
  const items = outline(parseArticle(seed));
  it('lists the dateline, twelve paragraphs and the terminator', () => {
    assert.deepStrictEqual(items.map((item) => item.kind), ['dateline', ...Array(12).fill('paragraph'), 'terminator']);
    assert.match(items[1].name, /^¶1 Chinese President Xi Jinping said/);
  });
  it('names statements after their speaker', () => {
    const statements = items.flatMap((item) => item.children);
    assert.strictEqual(statements.length, 11);
    assert.ok(statements.every((statement) => statement.name.startsWith('Xi Jinping: ')));
  });
  it('keeps names short, cut with three ASCII dots, and gives paragraphs no detail', () => {
    const all = [...items, ...items.flatMap((item) => item.children)];
    const cut = all.filter((item) => item.name.endsWith('...'));
    assert.ok(cut.length >= 12, `expected the long paragraphs and statements cut, got ${cut.map((item) => item.name).join('\n')}`);
    assert.ok(all.every((item) => !item.name.includes('…') && item.name.length <= 80), all.map((item) => item.name).join('\n'));
    assert.ok(items.filter((item) => item.kind === 'paragraph').every((item) => item.detail === undefined));
  });
});

describe('detecting wire articles in .txt files', () => {
  const articles = [
    'BEIJING, Aug. 30 (Xinhua) -- Text.',
    'LONDON, Aug 30 (Reuters) - Text.',
    'WASHINGTON (AP) — Text.',
    'NEW YORK, Aug. 30, 2021 /PRNewswire/ -- Text.',
    '\n\n# Headline\n\nSEATTLE, June 2, 2025 /PRNewswire/ — Text.',
    'Some release text.\n\n###\n',
    'A story that ends here. Enditem',
    '\uFEFFBEIJING, Aug. 30 (Xinhua) -- Text.',
  ];
  for (const text of articles) it(`detects ${JSON.stringify(text.slice(0, 30))}`, () => assert.ok(looksLikeWireArticle(text)));
  const ordinary = ['Shopping list: eggs, milk.', 'Notes - meeting at 10.\nBring laptop.', '', 'TODO - fix the build', '# README\n\nThis is a project.'];
  for (const text of ordinary) it(`leaves ${JSON.stringify(text.slice(0, 30))} alone`, () => assert.ok(!looksLikeWireArticle(text)));
});
