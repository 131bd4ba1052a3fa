import * as assert from 'assert';
import * as fs from 'fs';
import {
  ActionItem,
  Analysis,
  DEFAULT_CONFIG,
  FIX_ALL_KIND,
  Finding,
  analyse,
  applyEdits,
  codeActions,
  fixAllSafe,
  looksLikeWireArticle,
  resolveConfig,
} from '../../server/src/core';
import { textEdits } from '../../server/src/core/text-diff';
import { FIX_ALL_CODE_ACTION_KIND } from '../../server/src/protocol';
import { SEED_ARTICLE } from '../helpers/paths';

const seed = fs.readFileSync(SEED_ARTICLE, 'utf8');
const unterminated = seed.replace(' Enditem', '');

/** Actions at the `|` in a marked text (the marker is removed before analysis), or for a `[…]` selection. */
function actionsAt(marked: string, request: { configText?: string | null; only?: string[] } = {}): { text: string; actions: ActionItem[] } {
  const { text, start, end } = unmark(marked);
  const analysis = analyse(text, DEFAULT_CONFIG);
  const configFile = request.configText === undefined ? undefined : { text: request.configText ?? undefined };
  return { text, actions: codeActions(analysis, { span: { start, end }, only: request.only, config: DEFAULT_CONFIG, configFile }) };
}

function unmark(marked: string): { text: string; start: number; end: number } {
  const cursor = marked.indexOf('|');
  if (cursor >= 0) return { text: marked.slice(0, cursor) + marked.slice(cursor + 1), start: cursor, end: cursor };
  const open = marked.indexOf('[[');
  const close = marked.indexOf(']]');
  return { text: marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2), start: open, end: close - 2 };
}

function titled(actions: ActionItem[], title: string | RegExp): ActionItem {
  const action = actions.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  assert.ok(action, `no action ${String(title)} among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  return action;
}

const rulesOf = (text: string) => analyse(text, DEFAULT_CONFIG).findings.map((finding) => finding.rule);

describe('code actions: quick fixes', () => {
  it('offers the terminator fix at the last line, preferred, and applying it gives the seed back', () => {
    const { text, actions } = actionsAt(unterminated.replace('the world stage.', 'the world| stage.'));
    const fix = titled(actions, /Add `Enditem`/);
    assert.strictEqual(fix.kind, 'quickfix');
    assert.strictEqual(fix.preferred, true);
    assert.deepStrictEqual(fix.findings.map((finding) => finding.rule), ['terminator/missing']);
    assert.strictEqual(applyEdits(text, fix.edits!), seed);
  });

  it('offers nothing where there is no finding', () => {
    const { actions } = actionsAt(unterminated.replace('walk together', 'walk tog|ether'), { configText: null });
    assert.deepStrictEqual(actions.map((action) => action.title), []);
  });

  it('offers the fixes of every finding that a selection touches', () => {
    const { actions } = actionsAt(`[[Some words.\n\nMore ]]words.`);
    assert.ok(actions.some((action) => action.title === 'Disable dateline/missing for this file'));
    assert.ok(actions.some((action) => action.title === 'Disable terminator/missing for this file'));
  });

  it('offers "Show documentation" for each rule at the cursor', () => {
    const { actions } = actionsAt(unterminated.replace('the world stage.', '|the world stage.'));
    const docs = titled(actions, 'Show documentation for terminator/missing');
    assert.strictEqual(docs.documentation, 'terminator/missing');
    assert.strictEqual(docs.edits, undefined);
  });
});

describe('code actions: notices about the file itself', () => {
  it('a binary file gets no directive and no page, only the config switch', () => {
    const { actions } = actionsAt('|\u0000\u0001binary', { configText: null });
    assert.deepStrictEqual(actions.map((action) => action.title), ['Disable file/binary in .wirecheckrc.json']);
  });

  it('a file too large to check in full gets no fixes and fix-all changes nothing', () => {
    const huge = `${unterminated}\n\n${'More text. '.repeat(100_000)}`;
    const analysis = analyse(huge, DEFAULT_CONFIG);
    assert.ok(analysis.notice);
    const result = fixAllSafe(analysis, DEFAULT_CONFIG);
    assert.deepStrictEqual([result.applied, result.edits, result.text === analysis.article.text], [0, [], true]);
    assert.deepStrictEqual(codeActions(analysis, { span: { start: 0, end: huge.length }, only: ['source'], config: DEFAULT_CONFIG }), []);
  });
});

describe('code actions: disable a rule for the file', () => {
  it('inserts a directive line above the dateline; the rule is gone and the dateline still found', () => {
    const { text, actions } = actionsAt(unterminated.replace('the world stage.', 'the world stage.|'));
    const fixed = applyEdits(text, titled(actions, 'Disable terminator/missing for this file').edits!);
    assert.ok(fixed.startsWith('[wirecheck-disable terminator/missing]\nBEIJING, Aug. 30 (Xinhua) --'));
    assert.deepStrictEqual(rulesOf(fixed), []);
    assert.ok(looksLikeWireArticle(fixed), 'a .txt article with a directive on top is still detected');
  });

  it('keeps CRLF line endings and a byte-order mark in front', () => {
    const crlf = `\uFEFF${unterminated.replace(/\n/g, '\r\n')}`;
    const { text, actions } = actionsAt(`${crlf}|`);
    const fixed = applyEdits(text, titled(actions, 'Disable terminator/missing for this file').edits!);
    assert.ok(fixed.startsWith('\uFEFF[wirecheck-disable terminator/missing]\r\nBEIJING'));
  });

  it('adds to an existing directive line instead of adding another', () => {
    const { text, actions } = actionsAt(`[wirecheck-disable dateline/missing]\n\nNo terminator here.|`);
    const fixed = applyEdits(text, titled(actions, 'Disable terminator/missing for this file').edits!);
    assert.strictEqual(fixed, '[wirecheck-disable dateline/missing terminator/missing]\n\nNo terminator here.');
    assert.deepStrictEqual(rulesOf(fixed), []);
  });
});

describe('code actions: disable a rule in .wirecheckrc.json', () => {
  const marked = unterminated.replace('the world stage.', 'the world stage.|');
  const disableIn = (configText: string | null) => actionsAt(marked, { configText }).actions
    .find((action) => action.title === 'Disable terminator/missing in .wirecheckrc.json');
  /** Applies the action's config edits and reads the result as Wirecheck would. */
  const severityAfter = (configText: string | null) => {
    const action = disableIn(configText);
    assert.ok(action?.configEdits);
    const written = applyEdits(configText ?? '', action.configEdits.edits);
    const { config, problems } = resolveConfig(JSON.parse(written));
    assert.deepStrictEqual(problems, []);
    return { written, severity: config.severities['terminator/missing'], create: action.configEdits.create };
  };

  it('creates the file when there is none', () => {
    const result = severityAfter(null);
    assert.strictEqual(result.severity, 'off');
    assert.strictEqual(result.create, true);
  });

  it('adds to an existing rules object, keeping the rest and its indentation', () => {
    const original = '{\n    "style": "xinhua",\n    "rules": {\n        "dateline/missing": "warning"\n    }\n}\n';
    const result = severityAfter(original);
    assert.strictEqual(result.severity, 'off');
    assert.strictEqual(result.written, '{\n    "style": "xinhua",\n    "rules": {\n        "dateline/missing": "warning",\n        "terminator/missing": "off"\n    }\n}\n');
  });

  it('adds a rules object, fills an empty one, edits a one-line file and replaces an existing severity', () => {
    assert.strictEqual(severityAfter('{\n  "style": "xinhua"\n}').written, '{\n  "style": "xinhua",\n  "rules": {\n    "terminator/missing": "off"\n  }\n}');
    assert.strictEqual(severityAfter('{}').written, '{ "rules": { "terminator/missing": "off" } }');
    assert.strictEqual(severityAfter('{\r\n  "rules": {}\r\n}').written, '{\r\n  "rules": { "terminator/missing": "off" }\r\n}');
    assert.strictEqual(severityAfter('{\r\n  "rules": {\r\n  }\r\n}').written, '{\r\n  "rules": {\r\n    "terminator/missing": "off"\r\n  }\r\n}');
    assert.strictEqual(severityAfter('{"rules":{"a/b":"info"}}').written, '{"rules":{"a/b":"info", "terminator/missing": "off"}}');
    assert.strictEqual(severityAfter('{"rules": {"terminator/missing": "error"}, "style": "xinhua"}').written, '{"rules": {"terminator/missing": "off"}, "style": "xinhua"}');
  });

  it('is not offered for a malformed file, a non-object, a bad rules entry, or a rule already off there', () => {
    for (const text of ['{ "rules": ', '[1, 2]', '"text"', '{"rules": ["terminator/missing"]}', '{"rules": {"terminator/missing": "off"}}', '{"a": 1} trailing']) {
      assert.strictEqual(disableIn(text), undefined, text);
    }
  });

  it('is not offered when the server cannot reach a config file', () => {
    assert.ok(actionsAt(marked).actions.every((action) => !action.configEdits));
  });

  it('handles keys with escapes and nested values before the rules object', () => {
    const original = '{"people": [{"name": "A \\"B\\" C", "title": "}"}], "rules": {"x/y": "warning"}}';
    assert.strictEqual(severityAfter(original).severity, 'off');
  });
});

describe('code actions: fix all', () => {
  /** An analysis of `text` with made-up findings, to exercise the actions independently of today's rules. */
  function withFindings(text: string, findings: Finding[]): Analysis {
    return { ...analyse(text, DEFAULT_CONFIG), findings };
  }
  const spacing = (start: number): Finding => ({
    rule: 'hygiene/double-space',
    severity: 'warning',
    message: 'Two spaces.',
    span: { start, end: start + 2 },
    fixes: [{ title: 'Use one space', edits: [{ span: { start, end: start + 2 }, newText: ' ' }], safe: true }],
  });

  it('offers "fix all <rule> problems" when a rule has several fixable findings, and applies them all', () => {
    const text = 'One  two  three.';
    const analysis = withFindings(text, [spacing(3), spacing(8)]);
    const actions = codeActions(analysis, { span: { start: 4, end: 4 } });
    const all = titled(actions, 'Fix all hygiene/double-space problems in this file');
    assert.strictEqual(applyEdits(text, all.edits!), 'One two three.');
    assert.strictEqual(all.findings.length, 2);
    const single = codeActions(withFindings(text, [spacing(3)]), { span: { start: 4, end: 4 } });
    assert.ok(!single.some((action) => /^Fix all/.test(action.title)));
  });

  it('does not prefer a fix when the finding has two safe ones, and leaves unsafe fixes to people', () => {
    const finding = spacing(3);
    finding.fixes!.push({ title: 'Use a no-break space', edits: [{ span: finding.span, newText: '\u00a0' }], safe: true });
    const twoSafe = codeActions(withFindings('One  two.', [finding]), { span: { start: 3, end: 3 } });
    assert.ok(twoSafe.filter((action) => action.edits && action.title.startsWith('Use')).every((action) => !action.preferred));
    const unsafe: Finding = { ...spacing(3), fixes: [{ ...spacing(3).fixes![0], safe: false }] };
    assert.strictEqual(fixAllSafe(withFindings('One  two.', [unsafe]), DEFAULT_CONFIG).applied, 0);
  });

  it('source.fixAll.wirecheck applies every safe fix; `only` picks the kinds', () => {
    const analysis = analyse(unterminated, DEFAULT_CONFIG);
    const onSave = codeActions(analysis, { span: { start: 0, end: 0 }, only: ['source.fixAll'], config: DEFAULT_CONFIG });
    assert.deepStrictEqual(onSave.map((action) => action.kind), [FIX_ALL_KIND]);
    assert.strictEqual(applyEdits(unterminated, onSave[0].edits!), seed);
    const quick = codeActions(analysis, { span: { start: unterminated.length, end: unterminated.length }, only: ['quickfix'], config: DEFAULT_CONFIG });
    assert.ok(quick.length > 0 && quick.every((action) => action.kind === 'quickfix'));
    assert.deepStrictEqual(codeActions(analyse(seed, DEFAULT_CONFIG), { span: { start: 0, end: 0 }, config: DEFAULT_CONFIG }), []);
  });

  it('the kind the client names is the core kind', () => {
    assert.strictEqual(FIX_ALL_CODE_ACTION_KIND, FIX_ALL_KIND);
  });

  it('fixAllSafe re-checks until stable and reports its passes', () => {
    const result = fixAllSafe(analyse(unterminated, DEFAULT_CONFIG), DEFAULT_CONFIG);
    assert.strictEqual(result.text, seed);
    assert.strictEqual(result.applied, 1);
    assert.strictEqual(result.passes, 1);
    assert.deepStrictEqual(result.analysis.findings, []);
    assert.strictEqual(applyEdits(unterminated, result.edits), seed);
    const clean = fixAllSafe(analyse(seed, DEFAULT_CONFIG), DEFAULT_CONFIG);
    assert.deepStrictEqual([clean.applied, clean.passes, clean.edits], [0, 0, []]);
  });

  it('fixAllSafe leaves out a rule whose fix does not remove its finding, instead of repeating it', () => {
    // A made-up rule that always asks for one more `!` and keeps asking: the kind of bug the guard is for.
    const shouting = (text: string): Analysis => ({
      ...analyse(text, DEFAULT_CONFIG),
      findings: [
        { rule: 'x/more', severity: 'warning', message: 'More!', span: { start: text.length, end: text.length }, fixes: [{ title: 'Add !', edits: [{ span: { start: text.length, end: text.length }, newText: '!' }], safe: true }] },
        ...(text.startsWith('  ') ? [spacing(0)] : []),
      ],
    });
    const result = fixAllSafe(shouting('  Text.'), DEFAULT_CONFIG, shouting);
    assert.strictEqual(result.text, ' Text.', 'the working fix is applied, the looping one is not');
    assert.deepStrictEqual(result.stuck, ['x/more']);
    assert.strictEqual(result.applied, 1);
  });

  it('fixAllSafe leaves out a fix that loses the dateline', () => {
    const text = 'BEIJING, Aug. 30 (Xinhua) -- Story. Enditem';
    const breaking = (current: string): Analysis => ({
      ...analyse(current, DEFAULT_CONFIG),
      findings: current.startsWith('BEIJING')
        ? [{ rule: 'x/city', severity: 'warning', message: 'City.', span: { start: 0, end: 7 }, fixes: [{ title: 'Drop it', edits: [{ span: { start: 0, end: 29 }, newText: '' }], safe: true }] }]
        : [],
    });
    const result = fixAllSafe(breaking(text), DEFAULT_CONFIG, breaking);
    assert.deepStrictEqual([result.text, result.applied, result.stuck], [text, 0, ['x/city']]);
  });

  it('after several passes, edits only the lines that differ, each trimmed to what changed', () => {
    const cases: [string, string][] = [
      ['abcdef', 'abXYef'], ['abc', 'abc!'], ['abc', 'bc'], ['', 'new'], ['gone', ''], ['same', 'same'],
      ['a\nb\nc\n', 'a\nc\n'], ['a\r\nb\r\n', 'a\r\nB\r\nb\r\n'], ['one \ntwo \nthree', 'one\ntwo\nthree Enditem'],
      ['x\ny\nz', 'z\ny\nx'], ['\n\n\n', '\n'], ['a\rb', 'a\nb'],
    ];
    for (const [before, after] of cases) {
      const edits = textEdits(before, after);
      assert.strictEqual(applyEdits(before, edits), after, JSON.stringify([before, after]));
      for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1].span.end < edits[i].span.start, 'edits are ordered and apart');
    }
    assert.deepStrictEqual(textEdits('one \ntwo\nthree', 'one\ntwo\nthree Enditem'), [
      { span: { start: 3, end: 4 }, newText: '' },
      { span: { start: 14, end: 14 }, newText: ' Enditem' },
    ]);
    // Pseudo-random line shuffles and edits: the edits always rebuild the target.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['alpha', 'beta ', '', 'gamma\t', 'delta'];
    const lines = () => Array.from({ length: Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join(next() < 0.5 ? '\n' : '\r\n');
    for (let round = 0; round < 200; round++) {
      const before = lines();
      const after = lines();
      assert.strictEqual(applyEdits(before, textEdits(before, after)), after, JSON.stringify([before, after]));
    }
  });
});
