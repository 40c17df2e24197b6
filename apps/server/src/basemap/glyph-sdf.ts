/**
 * Signed distance fields of glyph outlines, the way MapLibre draws text: a glyph is a set of closed
 * outlines, flattened to straight segments; each pixel of its bitmap holds the distance to the nearest
 * segment, inside positive (non-zero winding rule), encoded like TinySDF (radius 8 px, edge at 0.75 of
 * the byte range). Pure: no font library, no I/O.
 */

/** The drawing commands of an outline (opentype.js's `Path.commands`), in pixels. */
export type PathCommand =
  | { readonly type: 'M'; readonly x: number; readonly y: number }
  | { readonly type: 'L'; readonly x: number; readonly y: number }
  | { readonly type: 'Q'; readonly x1: number; readonly y1: number; readonly x: number; readonly y: number }
  | {
      readonly type: 'C';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly x: number;
      readonly y: number;
    }
  | { readonly type: 'Z' };

/** Straight segments packed as x0, y0, x1, y1 per segment. */
export type Segments = Float64Array;

/** Distance in pixels over which the field falls from inside to outside (TinySDF's `radius`). */
export const SDF_RADIUS = 8;
/** Where the edge sits in the byte range: 1 − cutoff (MapLibre's shaders read 0.75 as the edge). */
export const SDF_CUTOFF = 0.25;
/** Pixels of field around a glyph's box (MapLibre's glyph border). */
export const SDF_BUFFER = 3;

/** How many straight pieces replace a curve: enough for a glyph drawn at 24 px. */
const CURVE_STEPS = 8;

/**
 * The outlines as straight segments, every contour closed. `flipY` turns opentype.js's y-down drawing
 * into y-up (font) coordinates.
 *
 * @example flattenPath([{type:'M',x:0,y:0},{type:'L',x:1,y:0},{type:'L',x:0,y:1},{type:'Z'}]).length // 12
 */
export function flattenPath(commands: readonly PathCommand[], flipY = false): Segments {
  const out: number[] = [];
  const sign = flipY ? -1 : 1;
  let [sx, sy, x, y] = [0, 0, 0, 0];
  let open = false;
  const lineTo = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push(x, y, nx, ny);
    [x, y] = [nx, ny];
  };
  const close = () => {
    if (open) lineTo(sx, sy);
    open = false;
  };
  for (const c of commands) {
    if (c.type === 'Z') {
      close();
    } else if (c.type === 'M') {
      close();
      [sx, sy, x, y] = [c.x, c.y * sign, c.x, c.y * sign];
      open = true;
    } else if (c.type === 'L') {
      lineTo(c.x, c.y * sign);
    } else if (c.type === 'Q') {
      const [x0, y0] = [x, y];
      const [y1, ye] = [c.y1 * sign, c.y * sign];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        lineTo(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * y1 + t * t * ye);
      }
    } else {
      const [x0, y0] = [x, y];
      const [y1, y2, ye] = [c.y1 * sign, c.y2 * sign, c.y * sign];
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        const [a, b, d, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        lineTo(a * x0 + b * c.x1 + d * c.x2 + e * c.x, a * y0 + b * y1 + d * y2 + e * ye);
      }
    }
  }
  close();
  return Float64Array.from(out);
}

/**
 * The distance from a point to the nearest segment, positive inside the outlines (non-zero winding
 * number), negative outside; −Infinity when there are no segments.
 */
export function signedDistance(segments: Segments, px: number, py: number): number {
  let best = Infinity;
  let winding = 0;
  for (let i = 0; i < segments.length; i += 4) {
    const x0 = segments[i] as number;
    const y0 = segments[i + 1] as number;
    const x1 = segments[i + 2] as number;
    const y1 = segments[i + 3] as number;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length2));
    const ex = x0 + t * dx - px;
    const ey = y0 + t * dy - py;
    const d2 = ex * ex + ey * ey;
    if (d2 < best) best = d2;
    // Winding number of a ray to the right of the point.
    const cross = dx * (py - y0) - (px - x0) * dy;
    if (y0 <= py) {
      if (y1 > py && cross > 0) winding++;
    } else if (y1 <= py && cross < 0) winding--;
  }
  const distance = Math.sqrt(best);
  return winding !== 0 ? distance : -distance;
}

/** A signed distance (inside positive) as the byte MapLibre reads: 191 on the edge, 255 well inside. */
export function sdfByte(distance: number): number {
  const value = Math.round(255 - 255 * (-distance / SDF_RADIUS + SDF_CUTOFF));
  return Math.max(0, Math.min(255, value));
}

/** A glyph's box in whole pixels, y up: left edge, top edge, width and height. */
export interface GlyphBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The whole-pixel box around the segments (y up), or null when there are none. */
export function boxOf(segments: Segments): GlyphBox | null {
  if (segments.length === 0) return null;
  let [xMin, yMin, xMax, yMax] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < segments.length; i += 2) {
    const x = segments[i] as number;
    const y = segments[i + 1] as number;
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  const left = Math.floor(xMin);
  const top = Math.ceil(yMax);
  return { left, top, width: Math.ceil(xMax) - left, height: top - Math.floor(yMin) };
}

/**
 * The distance field of segments (y up) over a box and `buffer` pixels around it: (width + 2·buffer) ×
 * (height + 2·buffer) bytes, rows from the top, each pixel sampled at its centre.
 */
export function renderSdf(segments: Segments, box: GlyphBox, buffer = SDF_BUFFER): Uint8Array {
  const w = box.width + 2 * buffer;
  const h = box.height + 2 * buffer;
  const out = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) {
    const y = box.top + buffer - row - 0.5;
    for (let col = 0; col < w; col++) {
      const x = box.left - buffer + col + 0.5;
      out[row * w + col] = sdfByte(signedDistance(segments, x, y));
    }
  }
  return out;
}
