import type { CrowdExit, Site } from '@pactesur/contracts';

const M_PER_DEG = 111_320;
/** A door of `widthM` in the middle of the longest edge of the site's outline. */
export function doorOnOutline(outline: Site['outline'], widthM: number, id: string): CrowdExit {
  const ring = outline.coordinates[0]![0]!;
  const cos = Math.cos((ring[0]![1] * Math.PI) / 180);
  let best = { i: 0, len: 0 };
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[i + 1]!];
    const len = Math.hypot((b[0] - a[0]) * M_PER_DEG * cos, (b[1] - a[1]) * M_PER_DEG);
    if (len > best.len) best = { i, len };
  }
  const [a, b] = [ring[best.i]!, ring[best.i + 1]!];
  const f = widthM / 2 / best.len;
  const at = (t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return { id, line: [at(0.5 - f), at(0.5 + f)] };
}


/**
 * An exit drawn along the outline's first ring, from `fromM` metres after its first corner over `lengthM`
 * metres of boundary, as a person clicks it: its two ends, with the corners between them left out.
 */
export function exitAlongOutline(outline: Site['outline'], fromM: number, lengthM: number, id: string): CrowdExit {
  const ring = outline.coordinates[0]![0]!;
  const cos = Math.cos((ring[0]![1] * Math.PI) / 180);
  const at = (s: number): [number, number] => {
    let rest = s;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i]!, ring[i + 1]!];
      const len = Math.hypot((b[0] - a[0]) * M_PER_DEG * cos, (b[1] - a[1]) * M_PER_DEG);
      if (rest <= len) return [a[0] + ((b[0] - a[0]) * rest) / len, a[1] + ((b[1] - a[1]) * rest) / len];
      rest -= len;
    }
    throw new Error(`the outline is shorter than ${s} m`);
  };
  return { id, line: [at(fromM), at(fromM + lengthM)] };
}
