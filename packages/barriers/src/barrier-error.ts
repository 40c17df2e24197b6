/** Stable codes of the expected failures of rating strings and barrier catalogues. */
export type BarrierErrorCode =
  | 'rating-empty'
  | 'rating-too-long'
  | 'rating-malformed'
  | 'rating-out-of-range'
  | 'rating-unknown-designation'
  | 'catalogue-invalid'
  | 'product-invalid'
  | 'product-duplicate';

/** An expected failure: a code and a one-line message naming what is wrong. */
export interface BarrierError {
  readonly code: BarrierErrorCode;
  readonly message: string;
}

/**
 * Builds a {@link BarrierError}.
 *
 * @example
 * barrierError('rating-empty', 'the rating is empty');
 */
export function barrierError(code: BarrierErrorCode, message: string): BarrierError {
  return { code, message };
}
