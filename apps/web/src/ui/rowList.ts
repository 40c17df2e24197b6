/** The rows with the one at `index` replaced by `row`. */
export function withRow<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

/** The rows without the one at `index`. */
export function withoutRow<T>(rows: readonly T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** Whether a row may be added (fewer than `max`) or removed (more than `min`). */
export function rowLimits(count: number, min: number, max: number): { add: boolean; remove: boolean } {
  return { add: count < max, remove: count > min };
}
