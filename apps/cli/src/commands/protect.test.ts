import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/run-cli.ts';

const shared = (p: string): string => fileURLToPath(new URL(`../../../../data/${p}`, import.meta.url));
const OSM = shared('osm/monaco-ville-port-hercule.osm');
const ZONE = shared('zones/monaco-place-du-palais.geojson');
const tmp = mkdtempSync(join(tmpdir(), 'pactesur-protect-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Out {
  feasible: boolean;
  reason?: string;
  constraint?: string;
  totalCostEur: number;
  maintenancePerYearEur: number;
  measures: { product: string; rating: string | null; at: [number, number]; widthM: number; costEur: number; openable: boolean }[];
  verification: { passed: boolean; unstoppedApproaches: number; emergencyRoutesOpen: boolean; pedestrianLinesPermeable: boolean };
}

describe('pactesur protect', { timeout: 600_000 }, () => {
  it('plans the cheapest verified protection of Place du Palais against cars', async () => {
    const r = await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'car', '--no-osm-stations', '--json'], {}, 240_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.feasible).toBe(true);
    expect(out.verification).toMatchObject({ passed: true, unstoppedApproaches: 0, emergencyRoutesOpen: true, pedestrianLinesPermeable: true });
    expect(out.measures.length).toBeGreaterThan(0);
    expect(out.totalCostEur).toBe(out.measures.reduce((s, m) => s + m.costEur, 0));
    for (const m of out.measures) {
      expect(m.at[0]).toBeGreaterThan(7.41);
      expect(m.at[0]).toBeLessThan(7.43);
      if (m.rating !== null) expect(m.rating).toMatch(/^V\/\d+\[[A-Z0-9]+\]\/\d+\/90/);
    }
    // Within a budget below its cost, the plan is refused with the reason.
    const poor = await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'car', '--no-osm-stations', '--budget', '1000', '--json'], {}, 240_000);
    expect(poor.code).toBe(3);
    expect(JSON.parse(poor.stdout)).toMatchObject({ feasible: false, constraint: 'budget' });
  });

  it('reports an infeasible plan with the constraint that breaks it and a non-zero exit', async () => {
    // The default design basis includes the 40 t articulated truck: no product is tested that heavy.
    // It says so, and gives the verified plan for the five classes a product can stop, the stations' routes open.
    const r = await runCli(['protect', OSM, '--zone', ZONE, '--json'], {}, 240_000);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout) as Out & { stoppableClasses: Record<string, unknown> };
    expect(out).toMatchObject({ feasible: false, constraint: 'class' });
    expect(out.reason).toMatch(/artic-40t/);
    expect(out.stoppableClasses).toMatchObject({ unstoppable: ['artic-40t'], classes: ['car', 'pickup', 'van', 'rigid-7.5t', 'rigid-18t'], verified: true });
    expect(out.stoppableClasses.totalCostEur).toBeGreaterThan(0);
  });

  it('keeps the user\'s forbidden places free of barriers', async () => {
    const first = JSON.parse((await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'car', '--no-osm-stations', '--json'], {}, 240_000)).stdout) as Out;
    const taken = first.measures[0];
    if (!taken) throw new Error('no measure');
    const r = await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'car', '--no-osm-stations', '--forbid', taken.at.join(','), '--json'], {}, 240_000);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.feasible).toBe(true);
    expect(out.verification.passed).toBe(true);
    expect(out.measures.some((m) => m.at[0] === taken.at[0] && m.at[1] === taken.at[1])).toBe(false);
    const far = await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'car', '--no-osm-stations', '--forbid', '7.3,43.7', '--json'], {}, 240_000);
    expect(far.code).toBe(3);
    expect(JSON.parse(far.stdout)).toMatchObject({ feasible: false, constraint: 'edit' });
  });

  it('refuses bad input with a message', async () => {
    const bad = join(tmp, 'catalogue.json');
    writeFileSync(bad, JSON.stringify([{ id: 'x', name: 'X', kind: 'bollard-fixed', rating: 'V/9[N3C]/48/90:0.0' }]));
    const catalogue = await runCli(['protect', OSM, '--zone', ZONE, '--catalogue', bad, '--json']);
    expect(catalogue.code).not.toBe(0);
    expect(catalogue.stderr).toMatch(/catalogue\.json/);
    const classes = await runCli(['protect', OSM, '--zone', ZONE, '--classes', 'tank']);
    expect(classes.code).toBe(2);
    expect(classes.stderr).toMatch(/tank/);
    const missing = await runCli(['protect', join(tmp, 'none.osm'), '--zone', ZONE]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
    const budget = await runCli(['protect', OSM, '--zone', ZONE, '--budget', 'lots']);
    expect(budget.code).toBe(2);
    const lock = await runCli(['protect', OSM, '--zone', ZONE, '--lock', '7.42,43.73']);
    expect(lock.code).toBe(2);
    expect(lock.stderr).toMatch(/--lock takes LON,LAT=PRODUCT/);
  });
});
