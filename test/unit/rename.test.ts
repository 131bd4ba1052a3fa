import * as assert from 'assert';
import * as fs from 'fs';
import { TextEdit, applyEdits, parseArticle, prepareRename, rename } from '../../server/src/core';
import { cursor, markIn } from '../helpers/cursor';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');

/** Renames at the `|` and returns the text with the edits applied. */
function renamed(marked: string, newName: string): string {
  const { text, offset } = cursor(marked);
  const result = rename(parseArticle(text), offset, newName);
  if ('error' in result) throw new Error(result.error);
  return applyEdits(text, result.edits);
}

function prepared(marked: string) {
  const { text, offset } = cursor(marked);
  const result = prepareRename(parseArticle(text), offset);
  return 'error' in result ? result : { text: text.slice(result.span.start, result.span.end), placeholder: result.placeholder };
}

const count = (text: string, word: RegExp) => (text.match(word) ?? []).length;

describe('rename a person', () => {
  it('renames Xi Jinping to Li Qiang: full name where it was full, surname where it was the surname', () => {
    for (const marked of [markIn(seed, 'Xi also', 1), markIn(seed, 'Xi Jinping said', 4)]) {
      const text = renamed(marked, 'Li Qiang');
      assert.ok(text.startsWith('BEIJING, Aug. 30 (Xinhua) -- Chinese President Li Qiang said Monday'));
      assert.ok(text.includes('\nLi also said'));
      assert.ok(text.includes('China, Li said, always'));
      assert.strictEqual(count(text, /\bXi\b/g), 0);
      assert.strictEqual(count(text, /\bLi\b/g), count(seed, /\bXi\b/g));
      assert.ok(text.includes('he said.') && text.includes('his cordial'), 'pronouns are kept');
    }
  });

  it('a one-word name typed over a surname replaces the surname only', () => {
    const text = renamed(markIn(seed, 'Xi stressed'), 'Li');
    assert.ok(text.includes('Chinese President Li Jinping said'));
    assert.ok(text.includes('\nLi stressed'));
  });

  it('keeps titles and possessives, and reads a western surname at the end', () => {
    const text = renamed(markIn(seed, "Castro's", 2), 'Fidel Alejandro Ruz');
    assert.ok(text.includes("Comrade Fidel Alejandro Ruz's sincere greetings"));
    assert.ok(text.includes('to Comrade Fidel Alejandro Ruz.'));
    const canel = renamed(markIn(seed, 'Diaz-Canel conveyed'), 'Juan de la Cruz');
    assert.ok(canel.includes('Cuban President Juan de la Cruz.'));
    assert.ok(canel.includes('In their talks, de la Cruz conveyed'));
  });

  it('renames given-name mentions with the new given name, and a one-word name over a given name changes only it', () => {
    const story = 'NEW YORK, May 2 (AP) — Actress Emma Stone said Monday she would tour. Stone said the tour starts in June. Emma, as fans call her, added that tickets sell fast.';
    assert.strictEqual(renamed(markIn(story, 'Stone said the'), 'Olivia Colman'),
      'NEW YORK, May 2 (AP) — Actress Olivia Colman said Monday she would tour. Colman said the tour starts in June. Olivia, as fans call her, added that tickets sell fast.');
    assert.strictEqual(renamed(markIn(story, 'Emma,'), 'Olivia'),
      'NEW YORK, May 2 (AP) — Actress Olivia Stone said Monday she would tour. Stone said the tour starts in June. Olivia, as fans call her, added that tickets sell fast.');
    assert.deepStrictEqual(prepared(markIn(story, 'Emma,')), { text: 'Emma', placeholder: 'Emma' });
  });

  it('keeps CRLF line endings and other people untouched', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const text = renamed(markIn(crlf, 'Diaz-Canel to convey'), 'Ana Lopez');
    assert.strictEqual(count(text, /\r\n/g), count(crlf, /\r\n/g));
    assert.ok(text.includes('Xi asked Lopez to convey'));
    assert.strictEqual(count(text, /\bXi\b/g), count(seed, /\bXi\b/g));
  });

  it('rejects positions not on a person, and names that are not names', () => {
    const { text, offset } = cursor(markIn(seed, 'socialism', 2));
    const outside = rename(parseArticle(text), offset, 'Li Qiang');
    assert.ok('error' in outside);
    const onXi = cursor(markIn(seed, 'Xi also'));
    for (const bad of ['', '   ', 'Li\nQiang', '"Li"', '42']) {
      const result = rename(parseArticle(onXi.text), onXi.offset, bad);
      assert.ok('error' in result, `rejects ${JSON.stringify(bad)}`);
    }
  });

  it('edits never overlap', () => {
    const { text, offset } = cursor(markIn(seed, 'Xi also'));
    const result = rename(parseArticle(text), offset, 'Li Qiang') as { edits: TextEdit[] };
    result.edits.forEach((edit, i) => assert.ok(i === 0 || result.edits[i - 1].span.end <= edit.span.start));
  });
});

describe('prepare rename', () => {
  it('offers the name words without the title', () => {
    assert.deepStrictEqual(prepared(markIn(seed, 'Xi Jinping said', 4)), { text: 'Xi Jinping', placeholder: 'Xi Jinping' });
    assert.deepStrictEqual(prepared(markIn(seed, 'Chinese President Xi', 2)), { text: 'Chinese President Xi Jinping', placeholder: 'Xi Jinping' }, 'on the title, the range still holds the cursor');
    assert.deepStrictEqual(prepared(markIn(seed, 'Xi also', 2)), { text: 'Xi', placeholder: 'Xi' });
    assert.deepStrictEqual(prepared(markIn(seed, 'he added', 1)), { text: 'he', placeholder: 'Xi Jinping' });
  });

  it('rejects the dateline, ordinary words and an empty document', () => {
    assert.ok('error' in prepared(markIn(seed, 'BEIJING', 1)));
    assert.ok('error' in prepared(markIn(seed, 'comrades', 1)));
    assert.ok('error' in prepared('|'));
  });
});
