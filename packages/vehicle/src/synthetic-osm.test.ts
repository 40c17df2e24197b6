import { describe, expect, it } from 'vitest';
import { siteModelFromBytes, type SiteModel } from '@pactesur/site';
import { analyseThreat } from './analyse-threat.ts';
import { accelerate, bendCap, uTurnCap } from './motion.ts';
import { SpeedTable } from './speed-table.ts';
import type { ClassThreat } from './threat-result.ts';
import { DEFAULT_VEHICLE_CLASSES, type VehicleClass } from './vehicle-class.ts';
import { parseZones, type Zone } from './zone.ts';

/** Metres per degree at (0°, 0°), where every synthetic extract lies. */
const KX = 111319.49;
const KY = 110574.27;

function osm(body: string): Uint8Array {
  return new TextEncoder().encode(
    `<osm version="0.6"><bounds minlat="-0.01" minlon="-0.01" maxlat="0.01" maxlon="0.01"/>${body}</osm>`,
  );
}
const tagXml = (tags: Record<string, string>): string =>
  Object.entries(tags)
    .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
    .join('');
const node = (id: number, x: number, y: number, tags: Record<string, string> = {}): string =>
  `<node id="${id}" lon="${x / KX}" lat="${y / KY}">${tagXml(tags)}</node>`;
const way = (id: number, refs: number[], tags: Record<string, string>): string =>
  `<way id="${id}">${refs.map((r) => `<nd ref="${r}"/>`).join('')}${tagXml(tags)}</way>`;

async function site(...parts: string[]): Promise<SiteModel> {
  const r = await siteModelFromBytes(osm(parts.join('')));
  if (!r.ok) throw new Error(r.problem);
  return r.model;
}

/** A rectangular zone from metre bounds. */
function zone(x0: number, y0: number, x1: number, y1: number): Zone {
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map(([x, y]) => [(x as number) / KX, (y as number) / KY]);
  const r = parseZones({ type: 'Polygon', coordinates: [ring] });
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0] as Zone;
}

const cls = (id: string): VehicleClass => DEFAULT_VEHICLE_CLASSES.find((c) => c.id === id) as VehicleClass;

function analyse(s: SiteModel, z: Zone): readonly ClassThreat[] {
  const r = analyseThreat(s, [z]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0]?.classes ?? [];
}
const of = (r: readonly ClassThreat[], id: string): ClassThreat =>
  r.find((c) => c.class === id) as ClassThreat;

const road = { highway: 'residential', width: '7' };
/** Corridor of `road`: 7 m carriageway + two default 2 m mountable footways. */
const ROAD_CORRIDOR_M = 11;

/**
 * The straight run-up of 150 m past a dead end 75 m behind the start: the worst case drives to the dead
 * end, turns round inside the corridor and comes back, faster than from standstill at the dead end.
 */
function straightWithDeadEnd(c: VehicleClass): { speedKmh: number; runUpM: number } {
  const t = SpeedTable.build(c);
  const turned = Math.min(uTurnCap(c, ROAD_CORRIDOR_M), accelerate(c, 0, 75));
  const fromTurn = t.after(turned, 150);
  const fromRest = t.after(0, 150);
  return fromTurn > fromRest
    ? { speedKmh: fromTurn * 3.6, runUpM: 225 }
    : { speedKmh: fromRest * 3.6, runUpM: 150 };
}

describe('synthetic extracts isolating one effect each', () => {
  it('straight run-up: the impact speed is the flat-out speed over the whole run-up', async () => {
    const s = await site(node(1, -150, 0), node(2, -75, 0), node(3, 30, 0), way(10, [1, 2, 3], road));
    const r = analyse(s, zone(0, -20, 60, 20));
    for (const c of r) {
      const top = c.entries[0];
      expect(c.entries).toHaveLength(1);
      const want = straightWithDeadEnd(cls(c.class));
      expect(top?.speedKmh).toBeCloseTo(want.speedKmh, 1);
      expect(top?.speedKmh).toBeGreaterThanOrEqual(accelerate(cls(c.class), 0, 150) * 3.6);
      expect(top?.runUpM).toBeCloseTo(want.runUpM, 3);
      expect(top?.angleDeg).toBeCloseTo(90, 3);
      expect(top?.origin[0]).toBeCloseTo(-75 / KX, 6);
      expect(top?.at[0]).toBeCloseTo(0, 9);
    }
    expect(of(r, 'car').maxEnergyKJ).toBeCloseTo(
      (0.5 * 1500 * (of(r, 'car').maxSpeedKmh / 3.6) ** 2) / 1000,
      6,
    );
  });

  it('bend: a 90° corner of a 3 m street with mountable footways (7 m corridor) caps the speed', async () => {
    const s = await site(
      node(1, -150, 0),
      node(2, 0, 0),
      node(3, 0, 70),
      way(10, [1, 2, 3], { highway: 'residential', width: '3' }),
    );
    const r = analyse(s, zone(-20, 50, 20, 90));
    for (const id of ['car', 'artic-40t']) {
      const c = cls(id);
      const cap = bendCap(c, Math.PI / 2, 7);
      const fromCorner = SpeedTable.build(c).after(Math.min(cap, accelerate(c, 0, 150)), 50);
      expect(of(r, id).maxSpeedKmh).toBeCloseTo(fromCorner * 3.6, 0);
      const path = of(r, id).entries[0]?.path ?? [];
      expect(path.length).toBeGreaterThanOrEqual(3);
      expect(path[path.length - 1]?.[1]).toBeCloseTo(50 / KY, 9);
    }
    expect(bendCap(cls('car'), Math.PI / 2, 7) * 3.6).toBeLessThan(accelerate(cls('car'), 0, 150) * 3.6);
  });

  const gapSite = (withBollards: boolean) =>
    site(
      node(1, -200, -60),
      node(2, 0, -60),
      node(3, 200, -60),
      node(4, 0, 30),
      way(10, [1, 2, 3], road),
      way(11, [2, 4], { highway: 'footway' }),
      node(20, -12, -20),
      node(21, -1.2, -20),
      node(22, -1.2, -10),
      node(23, -12, -10),
      way(30, [20, 21, 22, 23, 20], { building: 'yes' }),
      node(24, 1.2, -15),
      node(25, 20, -15),
      withBollards ? way(31, [24, 25], { barrier: 'bollard' }) : '',
    );

  it('a 2.4 m footway gap between a building and a bollard row lets cars and vans through, not trucks', async () => {
    const r = analyse(await gapSite(true), zone(-20, 10, 20, 50));
    for (const id of ['car', 'pickup', 'van']) expect(of(r, id).maxSpeedKmh).toBeGreaterThan(30);
    for (const id of ['rigid-7.5t', 'rigid-18t', 'artic-40t']) {
      expect(of(r, id).maxSpeedKmh).toBe(0);
      expect(of(r, id).entries).toEqual([]);
    }
    const open = analyse(await gapSite(false), zone(-20, 10, 20, 50));
    expect(of(open, 'artic-40t').maxSpeedKmh).toBeGreaterThan(10);
  });

  const kerbSite = (kerb: string) =>
    site(
      node(1, -200, -60),
      node(2, 0, -60),
      node(3, 200, -60),
      node(5, 0, -50, { barrier: 'kerb', kerb }),
      node(4, 0, 30),
      way(10, [1, 2, 3], road),
      way(11, [2, 5, 4], { highway: 'footway' }),
    );

  it('a lowered kerb lets every class onto the footway; a raised one stops them', async () => {
    const lowered = analyse(await kerbSite('lowered'), zone(-20, 10, 20, 50));
    for (const c of lowered) expect(c.maxSpeedKmh).toBeGreaterThan(10);
    const raised = analyse(await kerbSite('raised'), zone(-20, 10, 20, 50));
    // Only the 60 m of footway beyond the kerb remains as run-up.
    for (const c of raised) {
      expect(c.maxSpeedKmh).toBeCloseTo(accelerate(cls(c.class), 0, 60) * 3.6, 0);
      expect(c.maxSpeedKmh).toBeLessThan(of(lowered, c.class).maxSpeedKmh);
    }
  });

  it('a one-way street driven the wrong way is as fast as a two-way one', async () => {
    const oneway = await site(
      node(1, -150, 0),
      node(2, -75, 0),
      node(3, 30, 0),
      way(10, [3, 2, 1], { ...road, oneway: 'yes', access: 'no' }),
    );
    const r = analyse(oneway, zone(0, -20, 60, 20));
    expect(of(r, 'car').maxSpeedKmh).toBeCloseTo(straightWithDeadEnd(cls('car')).speedKmh, 1);
  });

  it('an extract without roads and a zone outside the data are refused with codes', async () => {
    const empty = await site(
      node(1, 0, 0),
      node(2, 10, 0),
      node(3, 10, 10),
      way(30, [1, 2, 3, 1], { building: 'yes' }),
    );
    const a = analyseThreat(empty, [zone(-5, -5, 5, 5)]);
    expect(a.ok ? null : a.error.code).toBe('no-roads');
    const s = await site(node(1, -150, 0), node(3, 30, 0), way(10, [1, 3], road));
    const b = analyseThreat(s, [zone(5000, 5000, 5100, 5100)]);
    expect(b.ok ? null : b.error.code).toBe('zone-outside-data');
  });
});
