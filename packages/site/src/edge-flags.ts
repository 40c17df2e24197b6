/** Bit flags of a graph edge (`Uint16Array` column). Legal restrictions are recorded, never enforced. */
export const EdgeFlag = Object.freeze({
  /** The way is one-way and this edge runs with it. */
  ONEWAY: 1,
  /** The way is one-way and this edge runs against it. */
  AGAINST_ONEWAY: 2,
  /** `access` or `motor_vehicle` (or `vehicle`) is no/private/destination. */
  ACCESS_RESTRICTED: 4,
  /** Paved tram track (`railway=tram`). */
  TRAM: 8,
  /** Runs along the boundary of an open drivable area. */
  AREA_BOUNDARY: 16,
  /** A straight run-in across an open area between two of its entries. */
  AREA_RUN_IN: 32,
  BRIDGE: 64,
  TUNNEL: 128,
  /** Footway, path, pedestrian, cycleway, bridleway: meant for people, not cars. */
  PEDESTRIAN: 256,
  /** `surface` says unpaved (gravel, grass, dirt …). */
  UNPAVED: 512,
  /** Crosses a barrier line (wall, fence, bollard row …); see `edgeBarrier`. */
  CROSSES_BARRIER: 1024,
});
