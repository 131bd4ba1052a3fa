// Bounded property tests: random text, hostile Unicode and synthetic articles never break the core.
// `npm run fuzz` runs the same properties a million times; these few hundred cases keep `npm test` fast.
import * as assert from 'assert';
import fc from 'fast-check';
import { DEFAULT_CONFIG, WirecheckConfig, resolveConfig } from '../../server/src/core';
import { anyInput, anyUtf16, randomText, syntheticArticle } from '../helpers/arbitraries';
import { checkInvariants } from '../helpers/invariants';

const CONFIGS: WirecheckConfig[] = [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, style: 'auto' }];
const RUNS = Number(process.env.WIRECHECK_FUZZ_RUNS ?? 150);

/** Inputs the fuzzers once broke the core with; each stays here as a regression test. */
const FOUND_BY_FUZZING = [
  '𐀀. President Xi Jinping said that .', // outline selection ended inside a surrogate pair
  'He according to a  😀.', // source speaker span measured on the re-spaced phrase
  'He said ``. .\n``," he said.', // continued-quote statement selected a verb outside its range
  'BEIJING (Xinhua) --\r\nPresident Xi Jinping\r\naccording to that\r\naaAAAA[wirecheck-dis\r\nable\r\nterminator/missing]a\r\nAaAaaaA𐀀𐀀𐀀𐀀𐀀𐀀\ud800\r\n\udc00𐀀.', // 80-unit cut inside a pair
  `[wirecheck-disable${' '.repeat(3000)}x`, // quadratic directive regex
];

describe('property tests: the core on random input', () => {
  it('keeps every invariant on the inputs fuzzing once broke it with', () => {
    for (const text of FOUND_BY_FUZZING) CONFIGS.forEach((config) => checkInvariants(text, config));
    checkInvariants(`Xi said${' '.repeat(3000)}x.`, resolveConfig({ attributionVerbs: ['said  to', ' said'] }).config);
    // The headline-case fix replaced half of an astral lower-case letter (Osage).
    checkInvariants('President Xi Jinping said that 𐓘.\nULAN BATOR, Mongolia, January 13 (Xinhua) -- Mongolia has\ndecided to apply.\nENDS', resolveConfig({ style: 'press-release' }).config);
  });

  it('keeps every invariant on random text', () => {
    fc.assert(fc.property(randomText, (text) => CONFIGS.forEach((config) => checkInvariants(text, config))), { numRuns: RUNS });
  });

  it('keeps every invariant on any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(anyUtf16, (text) => checkInvariants(text, DEFAULT_CONFIG)), { numRuns: RUNS });
  });

  it('keeps every invariant on synthetic articles in every layout and line ending', () => {
    fc.assert(fc.property(syntheticArticle, (text) => CONFIGS.forEach((config) => checkInvariants(text, config))), { numRuns: RUNS });
  });

  it('keeps every invariant on articles with noise spliced in', () => {
    fc.assert(fc.property(anyInput(), (text) => checkInvariants(text, DEFAULT_CONFIG)), { numRuns: RUNS });
  });

  it('resolves any JSON value as a config file without throwing, and the result checks an article', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), syntheticArticle, (data, text) => {
      const { config, problems } = resolveConfig(data);
      assert.ok(problems.every((problem) => typeof problem === 'string' && problem.length > 0));
      checkInvariants(text, config);
    }), { numRuns: Math.ceil(RUNS / 3) });
  });

  it('resolves config files with the known keys holding random values', () => {
    const known = fc.record({
      style: fc.oneof(fc.constantFrom('xinhua', 'auto', 'nope'), fc.anything()),
      rules: fc.oneof(fc.dictionary(fc.string(), fc.constantFrom('off', 'info', 'warning', 'error', 'loud')), fc.anything()),
      titles: fc.oneof(fc.array(fc.string()), fc.anything()),
      attributionVerbs: fc.oneof(fc.array(fc.oneof(fc.string(), fc.constantFrom(' said', 'said  to', '(', '.*', 'a+)+$', '\\', ' '))), fc.anything()),
      nonPersonWords: fc.array(fc.string()),
      places: fc.array(fc.string()),
      people: fc.oneof(fc.array(fc.record({ name: fc.string(), title: fc.option(fc.string(), { nil: undefined }) })), fc.anything()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(known, syntheticArticle, (data, text) => {
      const { config } = resolveConfig(data);
      checkInvariants(text, config);
    }), { numRuns: Math.ceil(RUNS / 3) });
  });
});
