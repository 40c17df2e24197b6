import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './report-labels.ts';

const area = { x: 0, y: 0, w: 100, h: 100 };
const at = (text: string, ...corners: [number, number][]): LabelCandidate => ({ text, w: 20, h: 8, corners });

describe('placeLabels', () => {
  it('moves a label to its next corner when the first would overlap a placed one', () => {
    const placed = placeLabels([at('Marienplatz', [10, 10]), at('Rosenstraße', [15, 12], [15, 30])], area);
    expect(placed.map((p) => [p.text, p.x, p.y])).toEqual([
      ['Marienplatz', 10, 10],
      ['Rosenstraße', 15, 30],
    ]);
  });

  it('leaves out a label with no free corner inside the area, and avoids the boxes already taken', () => {
    const placed = placeLabels([at('1', [10, 10]), at('2', [12, 11]), at('3', [90, 95]), at('4', [50, 50], [50, 70])], area, [{ x: 45, y: 45, w: 30, h: 15 }]);
    expect(placed.map((p) => p.text)).toEqual(['1', '4']);
    expect(placed[1]?.y).toBe(70);
  });

  it('never returns two overlapping labels, however many candidates crowd one place', () => {
    const crowd = Array.from({ length: 200 }, (_, i) => at(`L${i}`, [(i * 7) % 80, (i * 13) % 90], [(i * 3) % 80, (i * 11) % 90]));
    const placed = placeLabels(crowd, area);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
    expect(placed.length).toBeGreaterThan(5);
  });
});
