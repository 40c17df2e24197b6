/** Rings joined from way pieces, and the pieces that would not close. */
export interface JoinedRings {
  readonly closed: number[][];
  readonly unclosed: number[][];
}

/**
 * Joins sequences of node ids end to end (reversing pieces as needed) into closed rings, as multipolygon
 * members are split into several ways. Rings are returned closed (first id repeated at the end).
 *
 * @example
 * joinRings([[1, 2, 3], [1, 4, 3]]); // { closed: [[1, 2, 3, 4, 1]], unclosed: [] }
 */
export function joinRings(pieces: readonly (readonly number[])[]): JoinedRings {
  const left = pieces.filter((p) => p.length >= 2).map((p) => [...p]);
  const closed: number[][] = [];
  const unclosed: number[][] = [];
  while (left.length > 0) {
    const ring = left.pop() as number[];
    for (;;) {
      if (ring.length >= 4 && ring[0] === ring[ring.length - 1]) {
        closed.push(ring);
        break;
      }
      const end = ring[ring.length - 1];
      const k = left.findIndex((p) => p[0] === end || p[p.length - 1] === end);
      if (k < 0) {
        unclosed.push(ring);
        break;
      }
      const piece = left.splice(k, 1)[0] as number[];
      if (piece[0] !== end) piece.reverse();
      for (let i = 1; i < piece.length; i++) ring.push(piece[i] as number);
    }
  }
  return { closed, unclosed };
}
