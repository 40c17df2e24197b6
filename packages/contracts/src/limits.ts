/**
 * The numeric limits the API enforces, named once: the schemas here, the server and the web's forms all
 * read them, so a form never offers what the server refuses.
 */

/**
 * The largest crowd one simulation takes: 20 000 people run about as fast as real time on two cores, so a
 * ten-minute evacuation stays a ten-minute job.
 */
export const MAX_PEOPLE = 20_000;

/** The highest starting density of a crowd simulation (people per m²): beyond it people cannot stand. */
export const MAX_CROWD_DENSITY = 6;

/** The longest simulated time of a crowd simulation (s). */
export const MAX_CROWD_DURATION_S = 3600;

/** The longest name of a drawn exit. */
export const MAX_EXIT_ID_LENGTH = 40;

/**
 * Side of the square cells over which the peak density of a crowd is measured (m): the result's
 * `peakDensity` and the web's heat map count people in the same cells.
 */
export const DENSITY_CELL_M = 2;

/** How many vehicle classes one threat analysis or protection plan assesses. */
export const MAX_VEHICLE_CLASSES = 12;

/** Spacing of the perimeter points of a threat analysis (m): closer is slower, wider misses narrow ways in. */
export const MIN_SPACING_M = 2;
export const MAX_SPACING_M = 5;

/** Vertices of one ring of a drawn zone. */
export const MAX_ZONE_VERTICES = 20_000;

/** Emergency stations given by hand to one protection plan. */
export const MAX_STATIONS = 50;

/** How many plans one comparison takes. */
export const MAX_COMPARED_PLANS = 6;

/** The longest name of a record (site, analysis, simulation, plan, station). */
export const MAX_NAME_LENGTH = 200;

/** The longest notes of a site. */
export const MAX_NOTES_LENGTH = 20_000;

/** The largest expected occupancy of a site (people). */
export const MAX_OCCUPANCY = 10_000_000;

/**
 * The most OpenStreetMap elements (nodes, ways, relations) an imported extract may hold: a site's map is a
 * few streets around a square (tens of thousands); a million is a whole town, and is what an import fits in
 * well under a gigabyte. The reader stops at the limit, so a larger file fails its import early, with the reason.
 */
export const MAX_EXTRACT_ELEMENTS = 1_000_000;

/**
 * The largest uploaded extract the server takes by default (bytes; `UPLOAD_LIMIT_BYTES` changes it), also
 * the default of `pactesur sites import --max-bytes`.
 */
export const DEFAULT_UPLOAD_LIMIT_BYTES = 256 * 1024 * 1024;

/** The largest photo an assessment (or a report) takes, in bytes: a phone's full-resolution JPEG fits. */
export const MAX_PHOTO_BYTES = 12 * 1024 * 1024;
