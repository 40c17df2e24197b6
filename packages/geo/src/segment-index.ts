import { PackedRTree } from './packed-rtree.ts';
import { segmentsCross } from './segments.ts';

/**
 * A static index of line segments, each with an owner number, answering "which owner does segment a–b
 * properly cross?" Used to keep run-in edges out of buildings and to find graph edges crossing walls.
 */
export class SegmentIndex {
  readonly #coords: Float64Array;
  readonly #owners: Int32Array;
  readonly #tree: PackedRTree;

  /**
   * @example
   * const idx = SegmentIndex.build([[0, -1, 0, 1, 7]]); // x1, y1, x2, y2, owner
   * idx.firstCrossing(-1, 0, 1, 0); // 7
   */
  static build(segments: readonly (readonly [number, number, number, number, number])[]): SegmentIndex {
    return new SegmentIndex(segments);
  }

  private constructor(segments: readonly (readonly [number, number, number, number, number])[]) {
    this.#coords = new Float64Array(segments.length * 4);
    this.#owners = new Int32Array(segments.length);
    this.#tree = new PackedRTree(segments.length);
    segments.forEach(([x1, y1, x2, y2, owner], i) => {
      this.#coords.set([x1, y1, x2, y2], i * 4);
      this.#owners[i] = owner;
      this.#tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    });
    this.#tree.finish();
  }

  get size(): number {
    return this.#owners.length;
  }

  /** The owner of a segment that a–b properly crosses, or -1 when it crosses none. */
  firstCrossing(ax: number, ay: number, bx: number, by: number): number {
    const c = this.#coords;
    for (const i of this.#tree.search([
      Math.min(ax, bx),
      Math.min(ay, by),
      Math.max(ax, bx),
      Math.max(ay, by),
    ])) {
      if (
        segmentsCross(
          ax,
          ay,
          bx,
          by,
          c[4 * i] as number,
          c[4 * i + 1] as number,
          c[4 * i + 2] as number,
          c[4 * i + 3] as number,
        )
      ) {
        return this.#owners[i] as number;
      }
    }
    return -1;
  }
}
