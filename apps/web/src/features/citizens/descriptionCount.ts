import { MAX_REPORT_DESCRIPTION } from '@pactesur/contracts';

/** Where a description stands against its limit, counting what is sent (the text without its outer spaces). */
export interface DescriptionCount {
  /** Characters sent. */
  readonly used: number;
  /** Characters still allowed (negative when over). */
  readonly left: number;
  readonly max: number;
  readonly empty: boolean;
  readonly tooLong: boolean;
}

/**
 * The counter of a report's description: characters as the API counts them (UTF-16 units of the trimmed
 * text), against the GeoReport v2 limit of 4,000.
 *
 * @example descriptionCount('  A bag under a bench ') // { used: 19, left: 3981, max: 4000, empty: false, tooLong: false }
 */
export function descriptionCount(text: string, max: number = MAX_REPORT_DESCRIPTION): DescriptionCount {
  const used = text.trim().length;
  return { used, left: max - used, max, empty: used === 0, tooLong: used > max };
}
