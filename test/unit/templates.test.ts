import * as assert from 'assert';
import { STYLES, analyse, outline, parseArticle, resolveConfig } from '../../server/src/core';
import { datelineSnippet } from '../../server/src/core/completion';
import { HouseStyle } from '../../server/src/core/styles/style';
import { documentTemplate, pressReleaseTemplate, styleDate, wireArticleTemplate } from '../../server/src/core/templates';

/** What the editor shows once a snippet is inserted and every placeholder keeps its default text. */
function expandSnippet(snippet: string): string {
  const defaults = new Map<string, string>();
  const withDefaults = snippet.replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g, (_, index: string, text: string) => {
    const value = text.replace(/\\(.)/g, '$1');
    defaults.set(index, value);
    return value;
  });
  return withDefaults.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, mirror: string | undefined, tabstop: string | undefined) => (mirror ? defaults.get(mirror) ?? '' : tabstop ? '' : ''));
}

const AUG_30_2025 = new Date(2025, 7, 30);

describe('document templates', () => {
  it('writes the date in each style form', () => {
    assert.strictEqual(styleDate(STYLES.xinhua, AUG_30_2025), 'Aug. 30');
    assert.strictEqual(styleDate(STYLES['press-release'], AUG_30_2025), 'Aug. 30, 2025');
    assert.strictEqual(styleDate(STYLES.ap, AUG_30_2025), '');
  });

  it('writes the same dateline as the dateline completion, in every agency form', () => {
    const release = STYLES['press-release'];
    const forms: HouseStyle[] = [
      release,
      { ...release, agency: 'BUSINESS WIRE', agencyForm: 'dashes' },
      { ...release, agency: 'Acme Newswire', agencyForm: 'parentheses' },
      STYLES.xinhua,
      STYLES.ap,
    ];
    for (const style of forms) {
      const completed = expandSnippet(datelineSnippet(style, AUG_30_2025));
      for (const template of [wireArticleTemplate(style, AUG_30_2025), pressReleaseTemplate(style, AUG_30_2025)]) {
        const expanded = expandSnippet(template).replace(', State', '');
        assert.ok(expanded.includes(completed), `${style.id} ${style.agencyForm}: template ${JSON.stringify(expanded.slice(0, 120))} lacks ${JSON.stringify(completed)}`);
      }
    }
    // Business Wire runs its dashes into the city and the lede.
    assert.ok(expandSnippet(pressReleaseTemplate({ ...release, agency: 'BUSINESS WIRE', agencyForm: 'dashes' }, AUG_30_2025)).includes('CITY, State, Aug. 30, 2025--(BUSINESS WIRE)--Company Name today announced'));
  });

  it('puts the placeholders a writer fills in: city, date, agency, quote, speaker', () => {
    const snippet = wireArticleTemplate(STYLES.xinhua, AUG_30_2025);
    assert.ok(snippet.startsWith('${1:CITY}, ${2:Aug. 30} (${3:Xinhua}) -- '), snippet);
    assert.match(snippet, /said \$\{8:Full Name\}, \$\{9:title\}/);
    assert.match(snippet, / Enditem\n$/);
  });

  it('puts release line, headline, service, quote, boilerplate and contact placeholders in a press release', () => {
    const snippet = pressReleaseTemplate(STYLES['press-release'], AUG_30_2025);
    for (const part of ['${10:FOR IMMEDIATE RELEASE}', '${11:', '/${3:PRNewswire}/', '${2:Aug. 30, 2025}', 'said ${17:Full Name}', 'About ${13}', 'Media Contact:', '${21:press@example.com}', '###$0']) {
      assert.ok(snippet.includes(part), `missing ${part}`);
    }
  });

  for (const styleId of Object.keys(STYLES)) {
    const kind = STYLES[styleId].release ? 'press-release' : 'wire-article';
    it(`a new ${kind} in the ${styleId} style checks clean with its placeholders filled in`, () => {
      const text = expandSnippet(documentTemplate(kind, STYLES[styleId], AUG_30_2025));
      const { config } = resolveConfig(undefined, { style: styleId });
      assert.deepStrictEqual(analyse(text, config).findings.map((finding) => `${finding.rule}: ${finding.message}`), []);
    });
  }

  it('gives a press release its anatomy and release outline', () => {
    const text = expandSnippet(pressReleaseTemplate(STYLES['press-release'], AUG_30_2025));
    const article = parseArticle(text);
    assert.strictEqual(article.release?.releaseLine?.kind, 'immediate');
    assert.strictEqual(article.release?.abouts[0]?.company, 'Company Name');
    assert.deepStrictEqual(outline(article).map((item) => item.kind), ['release-line', 'headline', 'dateline', 'section', 'section', 'about', 'contact', 'terminator']);
  });
});

describe('release outline', () => {
  const text = [
    'FOR IMMEDIATE RELEASE',
    '',
    'Acme Opens Office in Austin',
    '',
    'AUSTIN, Texas, May 6, 2025 /PRNewswire/ -- Acme Corp. opened an office in Austin on Tuesday.',
    '',
    '"Austin is where our customers are, and where we will hire," said Ana Ruiz, chief executive officer of Acme Corp.',
    '',
    '"We will hire forty engineers in the first year alone," said Ana Ruiz.',
    '',
    'About Acme Corp.',
    'Acme Corp. makes tools.',
    '',
    'Media Contact:',
    'Lee Park',
    'lee@acme.example',
    '',
    '###',
  ].join('\n');
  const items = outline(parseArticle(text));

  it('groups the release into its parts', () => {
    assert.deepStrictEqual(items.map((item) => [item.kind, item.name]), [
      ['release-line', 'FOR IMMEDIATE RELEASE'],
      ['headline', 'Acme Opens Office in Austin'],
      ['dateline', 'AUSTIN, Texas, May 6, 2025 /PRNewswire/ --'],
      ['section', 'Body'],
      ['section', 'Quotes by speaker'],
      ['about', 'About Acme Corp.'],
      ['contact', 'Media Contact'],
      ['terminator', '###'],
    ]);
  });

  it('keeps body paragraphs with their statements, and quotes grouped by speaker', () => {
    const body = items.find((item) => item.name === 'Body')!;
    assert.strictEqual(body.children.length, 3);
    assert.ok(body.children.every((child) => child.kind === 'paragraph'));
    const speakers = items.find((item) => item.name === 'Quotes by speaker')!.children;
    assert.strictEqual(speakers.length, 1);
    assert.strictEqual(speakers[0].children.length, 2);
    assert.strictEqual(items.find((item) => item.kind === 'contact')?.detail, 'Lee Park · lee@acme.example');
  });

  it('keeps every selection inside its range', () => {
    const check = (list: typeof items): void => list.forEach((item) => {
      assert.ok(item.span.start <= item.selection.start && item.selection.end <= item.span.end, item.name);
      check(item.children);
    });
    check(items);
  });
});
