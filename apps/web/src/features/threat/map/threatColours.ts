/**
 * The colour ramp of impact speeds. The steps are the speeds vehicle barriers are tested at (IWA 14-1,
 * ISO 22343-1: 16, 32, 48, 64, 80 km/h), so a colour says which rating a barrier needs there.
 */

/** Upper bounds (km/h, exclusive) of the coloured bands; the last band is open-ended. */
export const SPEED_STEPS_KMH = [16, 32, 48, 64, 80] as const;

/** One colour per band, slowest first: yellow to dark red. */
export const SPEED_COLOURS = ['#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026', '#67001f'] as const;

/** Points the class does not reach. */
export const NOT_REACHED_COLOUR = '#9aa3ad';

/** A band of the legend: `[fromKmh, toKmh)`, null meaning open. */
export interface SpeedBandColour {
  readonly fromKmh: number | null;
  readonly toKmh: number | null;
  readonly colour: string;
}

/**
 * The colour of an impact speed; zero, negative or missing speeds (not reached) are grey.
 *
 * @example speedColour(50) // '#f03b20' (the 48–64 km/h band)
 */
export function speedColour(kmh: number | null | undefined): string {
  if (kmh === null || kmh === undefined || !(kmh > 0)) return NOT_REACHED_COLOUR;
  const band = SPEED_STEPS_KMH.findIndex((step) => kmh < step);
  return SPEED_COLOURS[band === -1 ? SPEED_COLOURS.length - 1 : band] ?? NOT_REACHED_COLOUR;
}

/** The bands of the ramp, slowest first, for the legend. */
export function speedRamp(): readonly SpeedBandColour[] {
  return SPEED_COLOURS.map((colour, i) => ({
    fromKmh: i === 0 ? null : (SPEED_STEPS_KMH[i - 1] ?? null),
    toKmh: SPEED_STEPS_KMH[i] ?? null,
    colour,
  }));
}
