// Every schema of the API's contracts on hostile JSON (what a request body can hold): `safeParse` answers
// success or issues, never an exception, within bounded time and memory. Corpus: fuzz/corpus/contracts/
// and the JSON seeds of the other parsers.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bounded, corpusJson, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../fuzz/harness.mjs';
import * as contracts from './index.ts';

const schemas = Object.entries(contracts as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
const seeds = ['contracts', 'zone', 'outline', 'catalogue', 'crowd']
  .flatMap((parser) => corpusJson(parser))
  .filter((e) => e.name.startsWith('seed-'))
  .map((e) => e.value);

/**
 * Arrays of up to 150 000 bad items nested around where positions go: zod gathers nested issues with spread
 * calls, which overflow the stack past about 100 000.
 */
const issueBombs = fc
  .record({ n: fc.integer({ min: 1_000, max: 150_000 }), item: fc.constantFrom<unknown>({}, [{}, {}, ''], 'x', [], [[]]), depth: fc.integer({ min: 0, max: 3 }), type: fc.constantFrom('MultiPolygon', 'Polygon') })
  .map(({ n, item, depth, type }) => {
    let v: unknown = Array.from({ length: n }, () => item);
    for (let d = 0; d < depth; d++) v = [v];
    return { type, coordinates: v };
  });

function check(input: unknown): void {
  for (const [name, schema] of schemas) {
    const r = schema.safeParse(input);
    if (typeof r.success !== 'boolean') throw new Error(`${name} answered ${String(r)}`);
  }
}

describe('the contracts on hostile JSON', () => {
  it('has schemas to check', () => expect(schemas.length).toBeGreaterThan(50));

  it.each(['contracts', 'outline', 'zone'].flatMap((parser) => corpusJson(parser).map((e) => [`${parser}/${e.name}`, e.value] as const)))(
    'replays the corpus entry %s',
    (_name, value) => bounded(() => check(value)),
  );

  it('answers, never throws, for geometries of many bad positions, rings or polygons', () =>
    fuzz('contracts', issueBombs, check, { runs: 12, encode: jsonBytes, ext: '.json' }));

  it('answers success or issues for arbitrary JSON and mutations of valid bodies', () =>
    fuzz('contracts', fc.oneof(hostileJson, fc.constantFrom(...seeds).chain((s) => mutatedJson(s, { maxRepeat: 2_000 }))), check, {
      runs: 150,
      encode: jsonBytes,
      ext: '.json',
    }));
});
