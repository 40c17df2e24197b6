/** A rectangle on the page, in points: top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label to place: its text and size, and the top-left corners it may take, best first. */
export interface LabelCandidate {
  readonly text: string;
  readonly w: number;
  readonly h: number;
  readonly corners: readonly (readonly [number, number])[];
}

/** A label where it was placed; `index` is its place in the candidates. */
export interface PlacedLabel extends Box {
  readonly text: string;
  readonly index: number;
}

const overlaps = (a: Box, b: Box, pad: number) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

const inside = (a: Box, area: Box) => a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h;

/**
 * Greedy label placement: labels in the order given (most important first), each at the first of its
 * corners where it lies inside `area` and overlaps no label placed before it nor any box of `taken`
 * (`pad` points apart); a label with no such corner is left out. Placed labels never overlap.
 *
 * @example
 * placeLabels([{ text: 'A', w: 10, h: 5, corners: [[0, 0]] }, { text: 'B', w: 10, h: 5, corners: [[5, 0], [5, 10]] }], { x: 0, y: 0, w: 50, h: 50 });
 * // A at (0, 0); B moved to (5, 10)
 */
export function placeLabels(candidates: readonly LabelCandidate[], area: Box, taken: readonly Box[] = [], pad = 1): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const obstacles: Box[] = [...taken];
  for (const [index, c] of candidates.entries()) {
    for (const [x, y] of c.corners) {
      const box = { x, y, w: c.w, h: c.h };
      if (!inside(box, area) || obstacles.some((o) => overlaps(box, o, pad))) continue;
      placed.push({ ...box, text: c.text, index });
      obstacles.push(box);
      break;
    }
  }
  return placed;
}
