import { EventPlan, type EventPlanInput, type LngLat, type Polygon } from '@pactesur/contracts';
import { createLocalProjection, lngLat, xy } from '@pactesur/geo';

/** A plan as the API would store it: the input with the contract's defaults filled in. */
export function plan(input: EventPlanInput): EventPlan {
  return EventPlan.parse(input);
}

/** The Promenade des Anglais in Nice, where the test plans are drawn. */
export const NICE: LngLat = [7.265, 43.695];

/** A closed ring of `w` × `h` metres around a point (east–west × north–south). */
export function rectRing(centre: LngLat, w: number, h: number): [number, number][] {
  const p = createLocalProjection(lngLat(centre[0], centre[1]));
  const corner = (x: number, y: number): [number, number] => {
    const [lon, lat] = p.toLngLat(xy(x, y));
    return [lon, lat];
  };
  return [
    corner(-w / 2, -h / 2),
    corner(w / 2, -h / 2),
    corner(w / 2, h / 2),
    corner(-w / 2, h / 2),
    corner(-w / 2, -h / 2),
  ];
}

/** A rectangle of `w` × `h` metres around a point, with rectangular holes around the same point. */
export function rect(centre: LngLat, w: number, h: number, holes: readonly [number, number][] = []): Polygon {
  return {
    type: 'Polygon',
    coordinates: [rectRing(centre, w, h), ...holes.map(([hw, hh]) => rectRing(centre, hw, hh))],
  };
}

/** A point `east` and `north` metres from another. */
export function offset(from: LngLat, east: number, north: number): [number, number] {
  const [lon, lat] = createLocalProjection(lngLat(from[0], from[1])).toLngLat(xy(east, north));
  return [lon, lat];
}

/**
 * The worked example of the tests, on the Promenade:
 * - audience zones: the beach 100 m × 60 m with a 10 m × 10 m lifeguard post cut out (5 900 m²) and the
 *   gardens 34 m × 103 m (3 502 m²): 9 402 m²;
 * - structures: a stage 20 m × 12 m (240 m²) and a tent 10 m × 7 m (70 m²): 310 m²;
 * - exits: North gate 3 m level, East stairs 2.4 m, South ramp 2 m (exit only), Side door 0.9 m (under the
 *   minimum width);
 * - screening: 6 lanes and 4 lanes; routes: the Promenade 10 m wide carrying 700 /min and the Rue de
 *   France 15 m wide carrying 300 /min; expected peak 12 000.
 */
export function promenadePlan(overrides: Partial<EventPlanInput> = {}): EventPlan {
  const beach = offset(NICE, 0, -100);
  const gardens = offset(NICE, 0, 100);
  const line = (east: number, north: number): [LngLat, LngLat] => [
    offset(NICE, east, north),
    offset(NICE, east + 3, north),
  ];
  return plan({
    expectedPeak: 12_000,
    features: [
      {
        id: 'beach',
        name: 'Beach',
        type: 'zone',
        use: 'audience',
        polygon: rect(beach, 100, 60, [[10, 10]]),
      },
      { id: 'gardens', name: 'Gardens', type: 'zone', use: 'audience', polygon: rect(gardens, 34, 103) },
      { id: 'stage', name: 'Stage', type: 'structure', polygon: rect(offset(beach, 0, 20), 20, 12) },
      { id: 'tent', name: '', type: 'structure', polygon: rect(offset(gardens, 0, 30), 10, 7) },
      { id: 'north', name: 'North gate', type: 'exit', line: line(0, 150), widthM: 3, kind: 'level' },
      { id: 'east', name: 'East stairs', type: 'exit', line: line(50, -100), widthM: 2.4, kind: 'stairs' },
      {
        id: 'south',
        name: 'South ramp',
        type: 'exit',
        line: line(0, -130),
        widthM: 2,
        kind: 'ramp',
        entry: false,
      },
      { id: 'side', name: 'Side door', type: 'exit', line: line(-50, -100), widthM: 0.9 },
      { id: 'scr-1', name: 'Gate screening', type: 'screening', at: offset(NICE, 0, 150), lanes: 6 },
      { id: 'scr-2', name: 'Beach screening', type: 'screening', at: offset(NICE, 0, -130), lanes: 4 },
      {
        id: 'prom',
        name: 'Promenade',
        type: 'route',
        path: [offset(NICE, -200, 0), offset(NICE, 200, 0)],
        widthM: 10,
        flowPerMin: 700,
      },
      {
        id: 'rue',
        name: 'Rue de France',
        type: 'route',
        path: [offset(NICE, -200, 50), offset(NICE, 200, 50)],
        widthM: 15,
        flowPerMin: 300,
      },
      { id: 'medic', name: 'First aid', type: 'point', kind: 'medical', at: NICE, staff: 4 },
    ],
    ...overrides,
  });
}
