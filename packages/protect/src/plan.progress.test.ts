import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOGUE } from '@pactesur/barriers';
import { siteModelFromBytes } from '@pactesur/site';
import { DEFAULT_VEHICLE_CLASSES, parseZones } from '@pactesur/vehicle';
import { describe, expect, it } from 'vitest';
import { highsSolver } from './node/highs-solver.ts';
import { planProtection } from './plan.ts';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const solver = await highsSolver();
const read = await siteModelFromBytes(new Uint8Array(readFileSync(`${DATA}osm/monaco-ville-port-hercule.osm`)));
if (!read.ok) throw new Error(`Monaco: ${read.problem}`);
const site = read.model;
const zones = parseZones(JSON.parse(readFileSync(`${DATA}zones/monaco-place-du-palais.geojson`, 'utf8')));
if (!zones.ok) throw new Error(zones.error.message);
const zone = zones.value[0]!;
const byId = (...ids: string[]) => DEFAULT_VEHICLE_CLASSES.filter((c) => ids.includes(c.id));

describe('progress and reasons of a protection plan', () => {
  it('reports every phase, from inside the solve too, with fractions that never go back', () => {
    const reports: { fraction: number; phase: string }[] = [];
    const classes = byId('car', 'van');
    const plan = planProtection(
      site,
      zone,
      {
        classes,
        catalogue: DEFAULT_CATALOGUE,
        onProgress: (fraction, phase) => reports.push({ fraction, phase }),
      },
      solver,
    );
    expect(plan.feasible).toBe(true);
    for (let i = 1; i < reports.length; i++)
      expect(reports[i]!.fraction).toBeGreaterThanOrEqual(reports[i - 1]!.fraction);
    expect(reports[0]).toEqual({ fraction: 0, phase: 'vehicle graph' });
    expect(reports.at(-1)!.fraction).toBe(1);
    const count = (phase: string) => reports.filter((r) => r.phase === phase).length;
    // Per unit of work: each class is reported in the check before, the programme and the verification …
    expect(count('car')).toBe(3);
    expect(count('van')).toBe(3);
    expect(count('reducing the programme')).toBe(1);
    expect(count('solved')).toBe(1);
    // … and the solve reports as it starts, once its programme is read, and at the solver's own checkpoints.
    expect(count('solving')).toBeGreaterThanOrEqual(3);
    const solving = reports.filter((r) => r.phase === 'solving').map((r) => r.fraction);
    expect(Math.min(...solving)).toBeGreaterThanOrEqual(0.2);
    expect(Math.max(...solving)).toBeLessThanOrEqual(0.85);
  });

  it('names the class no product stops and where its way runs, never an internal id', () => {
    const plan = planProtection(
      site,
      zone,
      { classes: byId('car', 'artic-40t'), catalogue: DEFAULT_CATALOGUE },
      solver,
    );
    expect(plan.feasible).toBe(false);
    if (plan.feasible) return;
    expect(plan).toMatchObject({ constraint: 'class', classId: 'artic-40t' });
    expect(plan.reason).toMatch(/^no allowed barrier stops artic-40t on one of its approaches/);
    expect(plan.reason).not.toMatch(/\b(gap|edge|head)-\d+/);
    expect(plan.where?.length).toBeGreaterThan(0);
    // The places lie in Monaco, on the way to Place du Palais.
    for (const [lon, lat] of plan.where ?? []) {
      expect(lon).toBeGreaterThan(7.4);
      expect(lon).toBeLessThan(7.44);
      expect(lat).toBeGreaterThan(43.72);
      expect(lat).toBeLessThan(43.75);
    }
  });
});
