/** An id for a new objective (`o4`) or capability (`c2`): the prefix and the first number after those taken. */
export function nextItemId(prefix: string, taken: readonly string[]): string {
  const ids = new Set(taken);
  let n = taken.length + 1;
  while (ids.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}
