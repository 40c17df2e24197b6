/** The outcome of an operation that can fail in an expected way: a value, or an error value. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * const r = ok(3); // { ok: true, value: 3 }
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps an error value as a failed {@link Result}.
 *
 * @example
 * const r = err({ code: 'out-of-range' }); // { ok: false, error: { code: 'out-of-range' } }
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
