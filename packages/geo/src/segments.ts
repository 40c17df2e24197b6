/**
 * Whether the open segments a–b and c–d properly cross (touching at an end point does not count).
 * Plain numbers, not points, because it runs in hot loops over typed arrays.
 *
 * @example
 * segmentsCross(0, 0, 2, 2, 0, 2, 2, 0); // true
 * segmentsCross(0, 0, 1, 1, 1, 1, 2, 0); // false (they only touch)
 */
export function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = orient(cx, cy, dx, dy, ax, ay);
  const d2 = orient(cx, cy, dx, dy, bx, by);
  const d3 = orient(ax, ay, bx, by, cx, cy);
  const d4 = orient(ax, ay, bx, by, dx, dy);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function orient(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  const v = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  return Math.abs(v) < 1e-12 ? 0 : v;
}
