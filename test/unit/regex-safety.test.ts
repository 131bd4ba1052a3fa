// No catastrophic backtracking: every regular expression in the server's sources is checked with recheck.
// Verdicts are kept in test/regex-verdicts.json so that `npm test` only analyses new or changed expressions;
// a new expression recheck finds vulnerable fails the test. `new RegExp(…)` calls must be listed below.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { inventoryRegexes } from '../helpers/regex-inventory';
import { ROOT } from '../helpers/paths';

const VERDICTS_FILE = path.join(ROOT, 'test', 'regex-verdicts.json');

type Verdict = 'safe' | { status: string; complexity?: string; where: string; note: string };

/** Regexes built at run time, by enclosing function: why each is safe. New ones must be reviewed and added. */
const CONSTRUCTIONS: Record<string, string> = {
  'server/src/core/parse/statements.ts#compileVerbPattern': 'literal alternatives, escaped; configured verbs are trimmed and single-spaced by the Lexicon, so no \\s+\\s+',
  'server/src/core/rules/attribution-unattributed-quote.ts#buildVerbPattern': 'literal alternatives from the built-in and style verb lists, escaped',
  'server/src/core/rules/dateline-weekday-mismatch.ts#DATED_VERB': 'built once from constant word lists',
  'server/src/core/rules/people-repeated-introduction.ts#honorificPattern': 'escaped honorifics from the style; {0,3} bounded repetition, matched against one mention',
  'server/src/core/parse/release-sections.ts#ABOUT_LINE': 'built once from constants, anchored, bounded {0,90}',
  'server/src/core/parse/release-sections.ts#ABOUT_RUN_ON': 'built once from constants, anchored, bounded {1,60}',
  'server/src/core/parse/release-sections.ts#ABOUT_JUNCTION': 'built once from constants, anchored, bounded {0,60}',
  'server/src/core/parse/release-sections.ts#ABOUT_GLUED': 'built once from constants, anchored, two bounded {0,60} runs',
  'server/src/core/parse/release-dateline.ts#AGENCY_THEN_DATE': 'built once from constants, anchored, bounded runs',
  'server/src/core/parse/release-dateline.ts#DATE_THEN_AGENCY': 'built once from constants, anchored, bounded runs',
  'server/src/core/parse/release-dateline.ts#LINK_THEN_DATE': 'built once from constants, anchored, bounded runs',
  'server/src/core/parse/release-dateline.ts#DATE_AFTER_AGENCY': 'built once from constants, anchored',
  'server/src/core/parse/release-dateline.ts#DATE_THEN_ISSUER': 'built once from constants, anchored, bounded runs; the slashes hold at most 60 characters',
  'server/src/core/parse/release-dateline.ts#SERVICE_THEN_DATE': 'built once from constants, anchored, bounded runs; on at most 200 characters of one line',
  'server/src/core/parse/inverted-speakers.ts#DESCRIPTION_BEFORE_NAME': 'built once from the constant DESCRIPTION, anchored at both ends; bounded {0,2} word run',
  'server/src/core/parse/inverted-speakers.ts#DESCRIPTION_ENDING': 'built once from the constant DESCRIPTION, anchored at the end; bounded {0,2} word run, on at most 60 characters',
  'server/src/core/rules/release-quote-speaker.ts#found': 'an escaped name; one unbounded run then literal text, matched on one paragraph prefix',
};

describe('regular expressions', function () {
  this.timeout(600000); // only new expressions are analysed; recheck may take a while on each

  it('are all checked by recheck, and no new one is vulnerable to catastrophic backtracking', async () => {
    const { literals } = inventoryRegexes(path.join(ROOT, 'server', 'src'), ROOT);
    assert.ok(literals.length > 50, `found only ${literals.length} regex literals: the inventory is broken`);
    const file = JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')) as { checker: string; verdicts: Record<string, Verdict> };
    const fresh: Record<string, Verdict> = {};
    const unsafe: string[] = [];
    for (const literal of literals) {
      const key = `/${literal.source}/${literal.flags}`;
      if (key in file.verdicts || key in fresh) continue;
      // Loaded only when a new expression needs analysing: the native or Java backend when present, else pure JS.
      const { check } = await import('recheck');
      const diagnostics = await check(literal.source, literal.flags, { timeout: null, randomSeed: 1 });
      const where = `${literal.file}:${literal.line}`;
      if (diagnostics.status === 'safe') {
        fresh[key] = 'safe';
      } else {
        const attack = diagnostics.status === 'vulnerable' ? ` (${diagnostics.complexity.type}; attack ${diagnostics.attack.pattern})` : ` (${diagnostics.status})`;
        unsafe.push(`${where} ${key}${attack}`);
      }
    }
    if (Object.keys(fresh).length && process.env.WIRECHECK_UPDATE_REGEX_VERDICTS === '1') {
      fs.writeFileSync(VERDICTS_FILE, `${JSON.stringify({ ...file, verdicts: { ...file.verdicts, ...fresh } }, null, 1)}\n`);
    } else if (Object.keys(fresh).length) {
      console.log(`      (${Object.keys(fresh).length} new safe regexes; WIRECHECK_UPDATE_REGEX_VERDICTS=1 npm test records them)`);
    }
    assert.deepStrictEqual(unsafe, [], 'rewrite these without nested or adjacent overlapping repetition, or bound their input');
  });

  it('built with new RegExp are reviewed and listed', () => {
    const { constructions } = inventoryRegexes(path.join(ROOT, 'server', 'src'), ROOT);
    const unlisted = constructions.map((construction) => `${construction.file}#${construction.within}`).filter((key) => !(key in CONSTRUCTIONS));
    assert.deepStrictEqual(unlisted, [], 'review each new RegExp construction (escape configured text, bound repetition) and list it in CONSTRUCTIONS');
  });

  it('keeps verdicts only for expressions still in the sources', () => {
    // A stale verdict would be replayed by scripts/regex-attacks.mjs and reported under a place that no longer has it.
    const { literals } = inventoryRegexes(path.join(ROOT, 'server', 'src'), ROOT);
    const current = new Set(literals.map((literal) => `/${literal.source}/${literal.flags}`));
    const file = JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')) as { verdicts: Record<string, Verdict> };
    assert.deepStrictEqual(Object.keys(file.verdicts).filter((key) => !current.has(key)), [], 'remove these from test/regex-verdicts.json');
  });

  it('every known vulnerable verdict carries a note', () => {
    const file = JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')) as { verdicts: Record<string, Verdict> };
    for (const [key, verdict] of Object.entries(file.verdicts)) {
      if (verdict !== 'safe') assert.ok(verdict.note.length > 10, `${key} has no note`);
    }
  });
});
