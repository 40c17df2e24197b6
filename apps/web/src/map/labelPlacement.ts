/** A label on screen: its box in CSS pixels (top-left corner, size) and its priority (lower wins). */
export interface LabelBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly priority: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number): boolean =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * Which labels to show so that none overlaps another: greedy by priority (then by id, so the result is
 * stable), like a symbol layer's collision detection but for HTML labels.
 *
 * @example visibleLabels([{ id: 'a', x: 0, y: 0, width: 50, height: 10, priority: 0 }, { id: 'b', x: 10, y: 2, width: 50, height: 10, priority: 1 }]) // Set { 'a' }
 */
export function visibleLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const placed: LabelBox[] = [];
  const ordered = [...boxes].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    if (placed.every((p) => !overlaps(p, box, gap))) placed.push(box);
  }
  return new Set(placed.map((b) => b.id));
}
