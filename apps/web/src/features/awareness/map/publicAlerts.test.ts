import { describe, expect, it } from 'vitest';
import { readPublicAlerts } from './publicAlerts.ts';

const RING = [
  [7.26, 43.69],
  [7.27, 43.69],
  [7.27, 43.7],
  [7.26, 43.69],
];

const feature = (
  identifier: string,
  areaDesc: string,
  geometry: unknown = { type: 'Polygon', coordinates: [RING] },
) => ({
  type: 'Feature',
  properties: {
    identifier,
    msgType: 'Alert',
    event: 'Crowd',
    headline: `Headline of ${identifier}`,
    urgency: 'Immediate',
    severity: 'Severe',
    expires: '2030-07-14T23:00:00.000Z',
    areaDesc,
  },
  geometry,
});

describe('the public alerts of a city, read from its GeoJSON', () => {
  it('gives each alert once, with the description of each of its areas, and every area to draw', () => {
    const read = readPublicAlerts({
      type: 'FeatureCollection',
      features: [
        feature('a', 'Promenade'),
        feature('b', 'Port'),
        feature('a', 'Old town'),
        feature('a', 'Promenade'),
      ],
    });
    expect(read.alerts).toEqual([
      {
        identifier: 'a',
        headline: 'Headline of a',
        event: 'Crowd',
        severity: 'Severe',
        expires: '2030-07-14T23:00:00.000Z',
        areas: ['Promenade', 'Old town'],
      },
      expect.objectContaining({ identifier: 'b', areas: ['Port'] }),
    ]);
    expect(read.areas.features.map((f) => f.properties.identifier)).toEqual(['a', 'b', 'a', 'a']);
    expect(read.areas.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [RING] });
  });

  it('keeps an alert whose area cannot be drawn out of the map only', () => {
    const read = readPublicAlerts({
      features: [
        feature('a', 'Port', {
          type: 'Polygon',
          coordinates: [
            [
              [7, 43],
              [8, 'x'],
            ],
          ],
        }),
        feature('b', 'Beach', null),
      ],
    });
    expect(read.alerts.map((a) => a.identifier)).toEqual(['a', 'b']);
    expect(read.areas.features).toEqual([]);
  });

  it('leaves out what is not an alert, and reads anything else as no alert', () => {
    expect(
      readPublicAlerts({ features: [{ properties: { headline: 'no identifier' } }, 3, null] }).alerts,
    ).toEqual([]);
    for (const json of [null, 'text', [], { features: 'none' }])
      expect(readPublicAlerts(json)).toEqual({
        alerts: [],
        areas: { type: 'FeatureCollection', features: [] },
      });
  });
});
