import { describe, expect, it } from 'vitest';
import { DEFAULT_VEHICLE_CLASSES, parseVehicleClass, selectClasses } from './vehicle-class.ts';
import { parseZones } from './zone.ts';

const square = [
  [7.42, 43.73],
  [7.421, 43.73],
  [7.421, 43.731],
  [7.42, 43.731],
  [7.42, 43.73],
];
const code = (r: { ok: boolean; error?: { code: string } }): string | null =>
  r.ok ? null : (r.error?.code ?? null);

describe('bad input is refused with codes', () => {
  it('accepts a Polygon, a Feature and a FeatureCollection', () => {
    const polygon = { type: 'Polygon', coordinates: [square] };
    for (const input of [
      polygon,
      { type: 'Feature', properties: { name: 'palace' }, geometry: polygon },
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: polygon }] },
    ]) {
      const r = parseZones(input);
      expect(r.ok && r.value[0]?.ring.length).toBe(4);
    }
  });

  it('refuses zones that are not closed, self-intersecting, empty or not polygons', () => {
    expect(code(parseZones({ type: 'Polygon', coordinates: [square.slice(0, 4)] }))).toBe('zone-not-closed');
    const bowtie = [square[0], square[2], square[1], square[3], square[0]];
    expect(code(parseZones({ type: 'Polygon', coordinates: [bowtie] }))).toBe('zone-self-intersecting');
    expect(code(parseZones({ type: 'FeatureCollection', features: [] }))).toBe('zone-empty');
    expect(code(parseZones({ type: 'Polygon', coordinates: [] }))).toBe('zone-empty');
    expect(code(parseZones({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }))).toBe(
      'zone-empty',
    );
    const line = [square[0], square[1], [7.422, 43.73], square[0]];
    expect(code(parseZones({ type: 'Polygon', coordinates: [line] }))).toBe('zone-empty');
    expect(code(parseZones({ type: 'Point', coordinates: [7.42, 43.73] }))).toBe('zone-invalid');
    expect(code(parseZones({ type: 'Polygon', coordinates: [[[7.42, 95], ...square]] }))).toBe(
      'zone-invalid',
    );
    expect(code(parseZones('Monaco'))).toBe('zone-invalid');
  });

  it('refuses a class with impossible numbers, naming the field', () => {
    const car = DEFAULT_VEHICLE_CLASSES[0];
    const r = parseVehicleClass({ ...car, massKg: -1500 });
    expect(code(r)).toBe('class-invalid');
    expect(r.ok ? '' : r.error.message).toContain('massKg');
    expect(code(parseVehicleClass({ ...car, efficiency: 1.4 }))).toBe('class-invalid');
    expect(code(parseVehicleClass({ ...car, vMaxKmh: Number.NaN }))).toBe('class-invalid');
    const suv = parseVehicleClass({ ...car, id: 'suv', massKg: 2300, powerKw: 150 });
    expect(suv.ok && suv.value.massKg).toBe(2300);
    expect(code(selectClasses(DEFAULT_VEHICLE_CLASSES, ['tank']))).toBe('class-unknown');
  });
});
