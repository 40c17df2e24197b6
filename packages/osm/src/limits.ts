/** Hard limits on what a reader accepts; past them it stops and reports `limit-bytes` / `limit-elements`. */
export interface ReadLimits {
  /** Largest input in bytes (uncompressed for XML, on the wire for PBF). */
  readonly maxBytes: number;
  /** Largest number of nodes + ways + relations. */
  readonly maxElements: number;
}

/**
 * Defaults sized for a city district (a whole mid-sized city centre fits, a country does not): 512 MiB and
 * 2 million elements, which keep the reader under about 300 MB of memory and 5 s of time.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 512 * 1024 * 1024,
  maxElements: 2_000_000,
});
