/**
 * Scales and ticks of the crowd charts (the evacuation curve, the flow through each exit): pure helpers
 * turning series into SVG coordinates.
 */

/** A "nice" step (1, 2 or 5 × a power of ten) giving about `count` intervals up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks from 0 to at least `max`, on a nice step; the last tick is the axis' end.
 *
 * @example niceTicks(93) // [0, 20, 40, 60, 80, 100]
 */
export function niceTicks(max: number, count = 5): number[] {
  const step = niceStep(max, count);
  const ticks: number[] = [0];
  while ((ticks.at(-1) ?? 0) < max - 1e-9) ticks.push(Math.round(((ticks.at(-1) ?? 0) + step) * 1e9) / 1e9);
  if (ticks.length === 1) ticks.push(step);
  return ticks;
}

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A linear map of [0, max] onto [from, to]. */
export const scale =
  (max: number, from: number, to: number) =>
  (v: number): number =>
    max > 0 ? from + ((to - from) * v) / max : from;

/** An SVG path through the points (x, y), in data units mapped by the scales; empty for no points. */
export function linePath(
  xs: readonly number[],
  ys: readonly number[],
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  const n = Math.min(xs.length, ys.length);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = sx(xs[i] as number);
    const y = sy(ys[i] as number);
    parts.push(`${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return parts.join(' ');
}

/** The same path closed down to the axis (y = 0), to fill the area under the line. */
export function areaPath(
  xs: readonly number[],
  ys: readonly number[],
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  const n = Math.min(xs.length, ys.length);
  if (n === 0) return '';
  const first = sx(xs[0] as number).toFixed(1);
  const last = sx(xs[n - 1] as number).toFixed(1);
  const base = sy(0).toFixed(1);
  return `M${first},${base} ${linePath(xs, ys, sx, sy).replace(/^M/, 'L')} L${last},${base} Z`;
}
