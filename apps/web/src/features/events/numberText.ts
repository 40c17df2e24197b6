/**
 * A number as typed in a field of an editor (`12,5`, `12.5`), passed on only when it is one within its
 * limits (and whole when it must be); null while it is not (`12.` is not yet, `` neither).
 *
 * @example numberOfText('12,5', 0, 100, false) // 12.5
 * @example numberOfText('3.5', 0, 100, true) // null
 */
export function numberOfText(text: string, min: number, max: number, integer: boolean): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/^-?\d*(?:[.,]\d*)?(?:e-?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
    return null;
  return value;
}
