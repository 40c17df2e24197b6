// Scenario files (CROWD.md) on broken and hostile input: `prepareScenario` — parsing, checking, compiling
// the world and placing the people — answers the scenario or its issues, never an exception, within
// bounded time and memory. Corpus: fuzz/corpus/crowd/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../../fuzz/harness.mjs';
import { formatIssues } from '../issue.ts';
import { prepareScenario } from './run-scenario.ts';

const PARSER = 'crowd';
const entries = corpus(PARSER);
const seeds = entries.filter((e) => e.name.startsWith('seed-')).map((e) => JSON.parse(new TextDecoder().decode(e.bytes)) as unknown);

function check(input: unknown): void {
  const r = prepareScenario(input);
  if (!r.ok) {
    expect(r.error.length).toBeGreaterThan(0);
    for (const issue of r.error) {
      expect(typeof issue.path).toBe('string');
      expect(typeof issue.message).toBe('string');
    }
    expect(typeof formatIssues(r.error)).toBe('string');
    return;
  }
  const { agents } = r.value.population;
  for (let i = 0; i < agents.count; i++) {
    if (!Number.isFinite(agents.x[i]) || !Number.isFinite(agents.y[i])) throw new Error(`agent ${i} placed at ${agents.x[i]}, ${agents.y[i]}`);
  }
  expect(r.value.compiled.world.area).toBeGreaterThan(0);
}

/** Hostile values, plus what a scenario's fields take: coordinates far away, huge counts, odd names. */
const values = fc.oneof(
  { arbitrary: hostileJson, weight: 3 },
  {
    arbitrary: fc.constantFrom(
      [[0, 0], [1e6, 0], [1e6, 1e6], [0, 0]],
      [[0, 0], [1e300, 0], [0, 1e300]],
      [[-180, -90], [180, -90], [180, 90], [-180, 90]],
      [[0, 0], [0, 0], [0, 0]],
      [[0, 0], [1, 1], [0, 1], [1, 0]],
      'nearest',
      'congestion',
      'wgs84',
      'local',
      { dist: 'normal', mean: 1, sd: 0, min: 1, max: 1 },
      { dist: 'lognormal', mu: 10, sigma: 5 },
      { dist: 'weibull', shape: 0.1, scale: 5 },
      1_000_000,
      86_400,
      0.05,
      1e-9,
    ),
    weight: 2,
  },
);

/** Every point (a pair of numbers) of a scenario moved by `f`. */
function mapPoints(v: unknown, f: (p: [number, number]) => [number, number]): unknown {
  if (Array.isArray(v)) {
    if (v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number') return f([v[0], v[1]]);
    return v.map((x) => mapPoints(x, f));
  }
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapPoints(x, f)]));
  return v;
}

/** A seed scaled and moved: tiny, huge and far-away worlds (local seeds only: WGS84 must stay on Earth). */
const transformed = fc
  .record({
    seed: fc.constantFrom(...seeds),
    scale: fc.constantFrom(1e-9, 1e-3, 0.5, 2, 5, 40, 1e3, 1e6, 1e300),
    shift: fc.constantFrom(0, 1e6, -1e9, 1e300),
    flip: fc.boolean(),
  })
  .map(({ seed, scale, shift, flip }) => {
    const local = (seed as { geometry?: { crs?: string } }).geometry?.crs !== 'wgs84';
    return local ? mapPoints(seed, ([x, y]) => (flip ? [y * scale + shift, x * scale] : [x * scale + shift, y * scale])) : seed;
  });

/** Polygons of random corners (crossing themselves at will) put into a seed's walkable area and obstacles. */
const point = fc.tuple(fc.double({ min: -5, max: 35, noNaN: true }), fc.double({ min: -5, max: 25, noNaN: true }));
const scrawled = fc
  .record({
    seed: fc.constantFrom(...seeds.slice(0, 1)),
    walkable: fc.option(fc.array(point, { minLength: 3, maxLength: 400 }), { nil: undefined }),
    obstacles: fc.array(fc.array(point, { minLength: 3, maxLength: 400 }), { maxLength: 3 }),
  })
  .map(({ seed, walkable, obstacles }) => {
    const s = structuredClone(seed) as { geometry: { walkable: unknown[]; obstacles: unknown[] } };
    if (walkable) s.geometry.walkable = [walkable];
    s.geometry.obstacles = obstacles;
    return s;
  });

describe('prepareScenario on hostile scenario files', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) =>
    bounded(() => {
      let input: unknown;
      try {
        input = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return; // a file that is not JSON never reaches the parser (see crowd-input.fuzz.test.ts)
      }
      check(input);
    }));

  it('answers the scenario or its issues for mutations of valid scenarios', () =>
    fuzz(PARSER, fc.constantFrom(...seeds).chain((seed) => mutatedJson(seed, { values, maxRepeat: 5_000 })), check, {
      runs: 120,
      encode: jsonBytes,
      ext: '.json',
    }));

  it('answers the scenario or its issues for tiny, huge, far-away and scrawled worlds', () =>
    fuzz(PARSER, fc.oneof(transformed, scrawled, transformed.chain((t) => mutatedJson(t, { values, maxRepeat: 2_000 }))), check, {
      runs: 60,
      encode: jsonBytes,
      ext: '.json',
    }));

  it('answers issues for arbitrary JSON', () => fuzz(PARSER, hostileJson, check, { runs: 200, encode: jsonBytes, ext: '.json' }));
});
