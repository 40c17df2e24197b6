import { z } from 'zod';

const coord = z.number().refine(Number.isFinite, 'must be a finite number');
const point = z.tuple([coord, coord]);

/**
 * A polygon of at least 3 points, checked as one value and refused at its first bad point. Checked point by
 * point, zod reports every bad one and gathers a list's issues into its parent with a spread call, which
 * overflows the stack past about 100 000 of them: `safeParse` would throw instead of answering.
 */
const ring = z.custom<[number, number][]>().superRefine((value, ctx) => {
  if (!Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'Invalid input: expected array' });
    return;
  }
  if (value.length < 3) {
    ctx.addIssue({ code: 'custom', message: 'a polygon needs at least 3 points' });
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const issue = point.safeParse(value[i]).error?.issues[0];
    if (issue) {
      ctx.addIssue({ code: 'custom', path: [i, ...(issue.path as (string | number)[])], message: issue.message });
      return;
    }
  }
});

const bounded = (min: number, max: number, unit: string) =>
  z.number().min(min, `must be at least ${min} ${unit}`).max(max, `must be at most ${max} ${unit}`);

/** Builds the distribution schema of a quantity with plausible bounds. */
function distribution(min: number, max: number, unit: string) {
  const v = bounded(min, max, unit);
  return z
    .discriminatedUnion('dist', [
      z.object({ dist: z.literal('constant'), value: v }),
      z.object({ dist: z.literal('uniform'), min: v, max: v }),
      z.object({ dist: z.literal('normal'), mean: v, sd: bounded(0, max - min, unit), min: v, max: v }),
      z.object({
        dist: z.literal('lognormal'),
        mu: z.number().min(-10).max(10),
        sigma: z.number().min(0).max(5),
        min: v.optional(),
        max: v.optional(),
      }),
      z.object({
        dist: z.literal('weibull'),
        shape: z.number().min(0.1).max(50),
        scale: v,
        min: v.optional(),
        max: v.optional(),
      }),
    ])
    .superRefine((d, ctx) => {
      if ('min' in d && d.min !== undefined && d.max !== undefined && d.min > d.max) {
        ctx.addIssue({ code: 'custom', path: ['min'], message: `min (${d.min}) is above max (${d.max})` });
      }
    });
}

/** Distribution of free walking speeds, m/s. */
export const speedDistribution = distribution(0.05, 5, 'm/s');
/** Distribution of premovement times, s. */
export const premovementDistribution = distribution(0, 86_400, 's');
/** Distribution of body radii, m. */
export const radiusDistribution = distribution(0.1, 0.5, 'm');

const cfsm = z.object({
  kind: z.literal('cfsm'),
  a: bounded(0, 100, '').optional(),
  D: bounded(0.01, 1, 'm').optional(),
  aWall: bounded(0, 100, '').optional(),
  DWall: bounded(0.005, 1, 'm').optional(),
  T: bounded(0.1, 5, 's').optional(),
  noise: bounded(0, 1, 'rad').optional(),
});

const sfm = z.object({
  kind: z.literal('sfm'),
  A: bounded(0, 1e5, 'N').optional(),
  B: bounded(0.01, 1, 'm').optional(),
  k: bounded(0, 1e6, 'kg/s²').optional(),
  kappa: bounded(0, 1e6, 'kg/(m·s)').optional(),
  tau: bounded(0.05, 5, 's').optional(),
  mass: bounded(20, 200, 'kg').optional(),
  maxSpeedFactor: bounded(1, 3, '').optional(),
});

const exit = z
  .object({
    id: z.string().min(1, 'must not be empty'),
    polygon: ring.optional(),
    line: z.tuple([point, point]).optional(),
  })
  .refine((e) => (e.polygon === undefined) !== (e.line === undefined), 'give either a polygon or a line');

const agents = z.object({
  count: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1000000'),
  area: ring,
  radius: z.union([bounded(0.1, 0.5, 'm'), radiusDistribution]).optional(),
  v0: speedDistribution.optional(),
  premovement: premovementDistribution.optional(),
  exit: z.string().min(1).default('nearest'),
  groupSize: z.number().int().min(1).max(20).default(1),
});

/** Most exits of a scenario: each has a floor field over the whole grid. */
export const MAX_EXITS = 100;

/**
 * Most corners of all the polygons of a scenario together (walkable, obstacles, exits, agents' and
 * measured areas): walls are cut against one another in time that grows with the square of this number.
 */
export const MAX_SCENARIO_VERTICES = 20_000;

/**
 * Most items of any list of a scenario (polygons, blocks of agents, measured lines and areas): a polygon has
 * 3 corners at least. A list is measured before its items are read, so that a file of millions of bad items
 * is refused in one issue.
 */
export const MAX_LIST_ITEMS = Math.floor(MAX_SCENARIO_VERTICES / 3);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS, `takes at most ${MAX_LIST_ITEMS} items`);

/** The scenario file of CROWD.md (the same JSON for the CLI, the API and the tests). */
export const scenarioSchema = z.object({
  model: z.discriminatedUnion('kind', [cfsm, sfm]).default({ kind: 'cfsm' }),
  dt: z.number().positive('must be positive').max(0.05, 'must be at most 0.05 s (stability)').default(0.01),
  duration: z.number().positive('must be positive').max(86_400, 'must be at most 86400 s'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(1),
  geometry: z.object({
    crs: z.enum(['local', 'wgs84']).default('local'),
    walkable: list(ring).min(1, 'needs at least one walkable polygon'),
    obstacles: list(ring).default([]),
  }),
  exits: z.array(exit).min(1, 'needs at least one exit').max(MAX_EXITS, `takes at most ${MAX_EXITS} exits`),
  agents: list(agents).min(1, 'needs at least one block of agents'),
  measure: z
    .object({
      lines: list(z.object({ id: z.string().min(1), from: point, to: point })).default([]),
      areas: list(z.object({ id: z.string().min(1), polygon: ring })).default([]),
      sampleEveryS: z.number().positive().max(3600).optional(),
    })
    .default({ lines: [], areas: [] }),
}).superRefine((s, ctx) => {
  const rings = [
    ...s.geometry.walkable,
    ...s.geometry.obstacles,
    ...s.exits.map((e) => e.polygon ?? []),
    ...s.agents.map((a) => a.area),
    ...s.measure.areas.map((a) => a.polygon),
  ];
  // A ring refused above may be anything here (its issue does not stop this check).
  const corners = rings.reduce((n, r: unknown) => n + (Array.isArray(r) ? r.length : 0), 0);
  if (corners > MAX_SCENARIO_VERTICES)
    ctx.addIssue({
      code: 'custom',
      path: ['geometry'],
      message: `the polygons have ${corners} corners together, more than a scenario takes (${MAX_SCENARIO_VERTICES})`,
    });
});

/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after parsing (defaults filled in). */
export type Scenario = z.output<typeof scenarioSchema>;
