// Bounded property tests: random text, hostile Unicode and synthetic articles never break the core.
// `npm run fuzz` runs the same properties a million times; these few hundred cases keep `npm test` fast.
import * as assert from 'assert';
import fc from 'fast-check';
import { DEFAULT_CONFIG, WirecheckConfig, resolveConfig } from '../../server/src/core';
import { anyInput, anyUtf16, randomText, syntheticArticle } from '../helpers/arbitraries';
import { checkInvariants } from '../helpers/invariants';

const CONFIGS: WirecheckConfig[] = [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, style: 'auto' }];
const RUNS = Number(process.env.WIRECHECK_FUZZ_RUNS ?? 150);

describe('property tests: the core on random input', () => {
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
