import { describe, expect, it } from 'vitest';
import { parsePointsText, pointsText, withPoint } from './pointsText.ts';

describe('points typed one a line', () => {
  it('reads "longitude, latitude" lines, skipping blank ones, rounded to about a centimetre', () => {
    expect(parsePointsText('11.5755, 48.1374\n\n  11.576 48.13745  \n11.57601234567;48.1')).toEqual({
      ok: true,
      points: [
        [11.5755, 48.1374],
        [11.576, 48.13745],
        [11.5760123, 48.1],
      ],
    });
    expect(parsePointsText('')).toEqual({ ok: true, points: [] });
  });

  it('names the first line that is not a point', () => {
    expect(parsePointsText('11.5755, 48.1374\n11.5755')).toEqual({ ok: false, line: 2 });
    expect(parsePointsText('\n\n200, 48')).toEqual({ ok: false, line: 3 });
    expect(parsePointsText('a, b')).toEqual({ ok: false, line: 1 });
  });

  it('writes points back as it reads them, and adds a clicked point on a line of its own', () => {
    const text = pointsText([
      [11.5755, 48.1374],
      [11.576, 48.1375],
    ]);
    expect(text).toBe('11.5755, 48.1374\n11.576, 48.1375');
    expect(parsePointsText(text)).toEqual({
      ok: true,
      points: [
        [11.5755, 48.1374],
        [11.576, 48.1375],
      ],
    });
    expect(withPoint('', [1, 2])).toBe('1, 2');
    expect(withPoint('1, 2\n\n', [3, 4])).toBe('1, 2\n3, 4');
  });
});
