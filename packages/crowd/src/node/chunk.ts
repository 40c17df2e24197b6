/**
 * The slice [from, to) of `n` items that part `part` of `parts` handles (contiguous, as even as can be).
 * @example
 * chunk(10, 1, 2); // [5, 10]
 */
export function chunk(n: number, part: number, parts: number): readonly [number, number] {
  return [Math.floor((n * part) / parts), Math.floor((n * (part + 1)) / parts)];
}
