/**
 * Clipping of rings and lines to a longitude/latitude box, for cutting a world basemap down to Europe.
 * Pure.
 */

export type Position = readonly [number, number] | number[];
export type Box = readonly [west: number, south: number, east: number, north: number];

type Edge = { readonly inside: (p: Position) => boolean; readonly cut: (a: Position, b: Position) => number[] };

const at = (a: Position, b: Position, t: number): number[] => [
  (a[0]) + t * ((b[0]) - (a[0])),
  (a[1]) + t * ((b[1]) - (a[1])),
];

function edges([w, s, e, n]: Box): readonly Edge[] {
  const x = (p: Position) => p[0];
  const y = (p: Position) => p[1];
  return [
    { inside: (p) => x(p) >= w, cut: (a, b) => at(a, b, (w - x(a)) / (x(b) - x(a))) },
    { inside: (p) => x(p) <= e, cut: (a, b) => at(a, b, (e - x(a)) / (x(b) - x(a))) },
    { inside: (p) => y(p) >= s, cut: (a, b) => at(a, b, (s - y(a)) / (y(b) - y(a))) },
    { inside: (p) => y(p) <= n, cut: (a, b) => at(a, b, (n - y(a)) / (y(b) - y(a))) },
  ];
}

/**
 * A closed ring clipped to the box (Sutherland–Hodgman): closed again, or null when less than a triangle
 * is left. Where a ring leaves the box the result runs along the box's edge, which is right for a fill.
 */
export function clipRing(ring: readonly Position[], box: Box): number[][] | null {
  let points: Position[] = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const next: number[][] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i] as Position;
      const previous = points[(i + points.length - 1) % points.length] as Position;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) next.push(edge.cut(previous, current));
        next.push([current[0], current[1]]);
      } else if (edge.inside(previous)) {
        next.push(edge.cut(previous, current));
      }
    }
    points = next;
    if (points.length < 3) return null;
  }
  const out = points.map((p) => [p[0], p[1]]);
  out.push([...(out[0] as number[])]);
  return out;
}

/** A line clipped to the box (Liang–Barsky per segment): the pieces inside, each of two points or more. */
export function clipLine(line: readonly Position[], [w, s, e, n]: Box): number[][][] {
  const pieces: number[][][] = [];
  let piece: number[][] = [];
  const end = () => {
    if (piece.length >= 2) pieces.push(piece);
    piece = [];
  };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const [ax, ay, bx, by] = [a[0], a[1], b[0], b[1]];
    const [dx, dy] = [bx - ax, by - ay];
    let [t0, t1] = [0, 1];
    let visible = true;
    for (const [p, q] of [
      [-dx, ax - w],
      [dx, e - ax],
      [-dy, ay - s],
      [dy, n - ay],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else if (p < 0) t0 = Math.max(t0, q / p);
      else t1 = Math.min(t1, q / p);
    }
    if (!visible || t0 > t1) {
      end();
      continue;
    }
    const from = at(a, b, t0);
    const to = at(a, b, t1);
    const last = piece.at(-1);
    if (!last || t0 > 0 || last[0] !== from[0] || last[1] !== from[1]) {
      end();
      piece.push(from);
    }
    piece.push(to);
    if (t1 < 1) end();
  }
  end();
  return pieces;
}
