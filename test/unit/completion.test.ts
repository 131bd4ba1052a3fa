import * as assert from 'assert';
import * as fs from 'fs';
import { Completion, HouseStyle, completions, getStyle, parseArticle } from '../../server/src/core';
import { cursor, markIn } from '../helpers/cursor';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');
const xinhua = getStyle('xinhua')!;
const AUG_30_2026 = new Date(2026, 7, 30);

function complete(marked: string, style: HouseStyle = xinhua): { text: string; items: Completion[] } {
  const { text, offset } = cursor(marked);
  return { text, items: completions(parseArticle(text), style, offset, AUG_30_2026) };
}

const labels = (items: Completion[], kind: Completion['kind']) => items.filter((item) => item.kind === kind).map((item) => item.label);

describe('completion', () => {
  it('offers surnames of people introduced before the cursor, full names with title before their introduction', () => {
    const { items } = complete(markIn(seed, 'In their talks'));
    const people = items.filter((item) => item.kind === 'person');
    assert.deepStrictEqual(people.map((item) => [item.label, item.insertText]), [
      ['Xi', 'Xi'],
      ['Diaz-Canel', 'Diaz-Canel'],
      ['Raul Castro', 'Comrade Raul Castro'],
    ]);
    assert.match(people[0].detail ?? '', /Chinese President Xi Jinping/);
  });

  it('replaces the word being typed', () => {
    const { text, items } = complete(markIn(seed, 'Xi stressed', 1));
    const xi = items.find((item) => item.label === 'Xi')!;
    assert.strictEqual(text.slice(xi.replace.start, xi.replace.end), 'X');
  });

  it('offers the attribution verbs of the style, without the discouraged ones', () => {
    const verbs = labels(complete(markIn(seed, 'In their talks')).items, 'attribution-verb');
    assert.ok(verbs.includes('said') && verbs.includes('pointed out') && verbs.includes('underlined'));
    const plain: HouseStyle = { ...xinhua, attributionVerbs: [], discouragedVerbs: { stressed: 'said' } };
    const plainVerbs = labels(complete(markIn(seed, 'In their talks'), plain).items, 'attribution-verb');
    assert.ok(!plainVerbs.includes('stressed') && !plainVerbs.includes('underlined') && plainVerbs.includes('said'));
  });

  it('offers the terminator at the end of a story without one, with a space before it', () => {
    const story = `${seed.replace(' Enditem', '')}|`;
    const terminator = complete(story).items.find((item) => item.kind === 'terminator');
    assert.deepStrictEqual(terminator && [terminator.label, terminator.insertText], ['Enditem', ' Enditem']);
    assert.strictEqual(complete(`${seed.replace(' Enditem', '')}\n|`).items.find((item) => item.kind === 'terminator')?.insertText, 'Enditem');
    assert.ok(!complete(`${seed}|`).items.some((item) => item.kind === 'terminator'), 'not when the story has one');
    assert.ok(!complete(markIn(seed.replace(' Enditem', ''), 'In their')).items.some((item) => item.kind === 'terminator'), 'not mid-story');
    assert.ok(!complete(`${seed.replace(' Enditem', '')}|`, { ...xinhua, terminator: undefined }).items.some((item) => item.kind === 'terminator'));
  });

  it('offers a dateline snippet at the top of an article without one, dated today in the style', () => {
    const [item, ...rest] = complete('|').items;
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(item.kind, 'dateline');
    assert.strictEqual(item.insertText, '${1:CITY}, Aug. 30 (Xinhua) -- $0');
    assert.ok(item.snippet);
    const typed = complete('\uFEFFbei|\nThe story.').items[0];
    assert.strictEqual(typed.insertText, '${1:BEI}, Aug. 30 (Xinhua) -- $0');
    assert.strictEqual(typed.filterText, 'bei');
  });

  it('offers the dateline snippet at the start of a lead line below a headline, not mid-line or deep in the story', () => {
    const below = complete('Northwind Opens Center\n\n|').items;
    assert.strictEqual(below[0].kind, 'dateline');
    assert.ok(below.some((item) => item.kind === 'attribution-verb'), 'other words are still offered there');
    assert.ok(!complete('Northwind Opens Center\n\nThe |').items.some((item) => item.kind === 'dateline'));
    const deep = `${'A line of the story.\n'.repeat(8)}|`;
    assert.ok(!complete(deep).items.some((item) => item.kind === 'dateline'));
  });

  it('writes the dateline in each style form', () => {
    const release: HouseStyle = { ...xinhua, agency: 'PRNewswire', agencyForm: 'slashes', datelineYear: true, months: xinhua.months.map((month) => month.toUpperCase()) };
    assert.strictEqual(complete('|', release).items[0].insertText, '${1:CITY}, AUG. 30, 2026 /PRNewswire/ -- $0');
    const wire: HouseStyle = { ...xinhua, agency: 'BUSINESS WIRE', agencyForm: 'dashes', datelineYear: true };
    assert.strictEqual(complete('|', wire).items[0].insertText, '${1:CITY}, Aug. 30, 2026--(BUSINESS WIRE)--$0');
    const reuters: HouseStyle = { ...xinhua, agency: 'Reuters', separator: '-', months: ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] };
    assert.strictEqual(complete('|', reuters).items[0].insertText, '${1:CITY}, Aug 30 (Reuters) - $0');
    const undated: HouseStyle = { ...xinhua, agency: 'AP', separator: '—', datelineDate: 'none' };
    assert.strictEqual(complete('|', undated).items[0].insertText, '${1:CITY} (AP) — $0');
  });

  it('offers no dateline once the article has one, and survives odd positions', () => {
    assert.ok(!complete(`${seed}|`).items.some((item) => item.kind === 'dateline'));
    const text = 'x';
    assert.doesNotThrow(() => completions(parseArticle(text), xinhua, 99, AUG_30_2026));
    assert.doesNotThrow(() => completions(parseArticle(text), xinhua, -5, AUG_30_2026));
  });
});
