/** Hard limits on what a reader accepts; past them it stops and reports `limit-bytes` / `limit-elements`. */
export interface ReadLimits {
  /** Largest input in bytes (uncompressed for XML, on the wire for PBF). */
  readonly maxBytes: number;
  /** Largest number of nodes + ways + relations. */
  readonly maxElements: number;
  /**
   * Largest number of tags, way node references and relation members, all elements together. Without it
   * a few kB of compressed PBF could inflate into a way of millions of references, block after block.
   */
  readonly maxParts: number;
}

/**
 * Defaults sized for a city district (a whole mid-sized city centre fits, a country does not): 512 MiB,
 * 2 million elements and 16 million parts (real extracts have 3 to 9 per element), which keep the reader
 * under about 300 MB of memory and 5 s of time on real data.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxBytes: 512 * 1024 * 1024,
  maxElements: 2_000_000,
  maxParts: 16_000_000,
});
