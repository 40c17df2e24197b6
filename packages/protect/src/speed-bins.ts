/**
 * Speed bands of the state graph (km/h): 5 km/h wide, a state standing for every speed up to its band's
 * top. Speeds are rounded up to a band top (never down: HVM.md §6), and clamped by the exact worst speed of
 * the unprotected analysis so that rounding cannot compound along a chain of short edges.
 */
export const BAND_KMH = 5;

/** The band holding `kmh` (its top is ≥ kmh). */
export const bandOf = (kmh: number): number => Math.max(0, Math.ceil(kmh / BAND_KMH - 1e-9));

/** The top speed of band `b` (km/h). */
export const bandTop = (b: number): number => b * BAND_KMH;
