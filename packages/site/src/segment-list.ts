/** Undirected segments gathered before compiling the graph: columns of plain arrays, one row per segment. */
export class SegmentList {
  /** OSM node indices (into `OsmData` columns) of the two ends. */
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly cls: number[] = [];
  /** Carriageway width in metres, NaN when not tagged. */
  readonly width: number[] = [];
  /** Tagged sidewalk width on both sides together, NaN when not tagged. */
  readonly sidewalk: number[] = [];
  /** Flags valid for the a→b direction; `ONEWAY`/`AGAINST_ONEWAY` are swapped for b→a. */
  readonly flags: number[] = [];
  readonly wayId: number[] = [];

  get length(): number {
    return this.a.length;
  }

  /**
   * @example
   * const s = new SegmentList();
   * s.push(0, 1, codeOf('footway'), NaN, NaN, EdgeFlag.PEDESTRIAN, 42);
   */
  push(
    a: number,
    b: number,
    cls: number,
    width: number,
    sidewalk: number,
    flags: number,
    wayId: number,
  ): void {
    this.a.push(a);
    this.b.push(b);
    this.cls.push(cls);
    this.width.push(width);
    this.sidewalk.push(sidewalk);
    this.flags.push(flags);
    this.wayId.push(wayId);
  }
}
