import type { BBox, Polygon, PolygonXY, Ring } from './polygon.ts';
import { xy, type XY } from './xy.ts';

type Inside = (p: XY) => boolean;
type Cut = (a: XY, b: XY) => XY;

function clipAgainst(ring: readonly XY[], inside: Inside, cut: Cut): XY[] {
  const out: XY[] = [];
  const n = ring.length;
  if (n === 0) return out;
  let prev = ring[n - 1] as XY;
  let prevIn = inside(prev);
  for (const cur of ring) {
    const curIn = inside(cur);
    if (curIn) {
      if (!prevIn) out.push(cut(prev, cur));
      out.push(cur);
    } else if (prevIn) {
      out.push(cut(prev, cur));
    }
    prev = cur;
    prevIn = curIn;
  }
  return out;
}

const atX = (a: XY, b: XY, x: number): XY => xy(x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]));
const atY = (a: XY, b: XY, y: number): XY => xy(a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y);

/**
 * Clips an open ring to an axis-aligned box (Sutherland–Hodgman). The result is a single ring that may
 * run along the box edge where the input left and re-entered it; it is empty when nothing is inside.
 *
 * @example
 * clipRing([xy(-1, -1), xy(1, -1), xy(1, 1), xy(-1, 1)], [0, 0, 5, 5]); // the unit square [0,0]–[1,1]
 */
export function clipRing(ring: Ring<XY>, box: BBox): XY[] {
  const [x0, y0, x1, y1] = box;
  let r = clipAgainst(
    ring,
    (p) => p[0] >= x0,
    (a, b) => atX(a, b, x0),
  );
  r = clipAgainst(
    r,
    (p) => p[0] <= x1,
    (a, b) => atX(a, b, x1),
  );
  r = clipAgainst(
    r,
    (p) => p[1] >= y0,
    (a, b) => atY(a, b, y0),
  );
  r = clipAgainst(
    r,
    (p) => p[1] <= y1,
    (a, b) => atY(a, b, y1),
  );
  return r.length >= 3 ? r : [];
}

/**
 * Clips a polygon (outer ring and holes) to an axis-aligned box; `null` when nothing of it is inside.
 *
 * @example
 * clipPolygon({ outer: bigSquare, holes: [] }, [0, 0, 10, 10]);
 */
export function clipPolygon(polygon: PolygonXY, box: BBox): Polygon<XY> | null {
  const outer = clipRing(polygon.outer, box);
  if (outer.length === 0) return null;
  const holes = polygon.holes.map((h) => clipRing(h, box)).filter((h) => h.length > 0);
  return { outer, holes };
}
