/** Stable codes of the expected failures of the vehicle threat analysis. */
export type VehicleErrorCode =
  | 'class-invalid'
  | 'class-unknown'
  | 'zone-invalid'
  | 'zone-not-closed'
  | 'zone-self-intersecting'
  | 'zone-empty'
  | 'zone-outside-data'
  | 'no-roads';

/** An expected failure: a code and a one-line message naming what is wrong. */
export interface VehicleError {
  readonly code: VehicleErrorCode;
  readonly message: string;
}

/**
 * Builds a {@link VehicleError}.
 *
 * @example
 * vehicleError('no-roads', 'the extract has no traversable ways');
 */
export function vehicleError(code: VehicleErrorCode, message: string): VehicleError {
  return { code, message };
}
