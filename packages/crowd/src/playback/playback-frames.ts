import type { CrowdFrames } from '@pactesur/contracts';
import { createLocalProjection, lngLat, xy, type LocalProjection } from '@pactesur/geo';
import type { TrajectoryFrame } from '../sim/simulation-config.ts';
import { base64 } from './base64.ts';

/** Playback frames hold at most about this many positions in all (8 bytes each). */
export const MAX_FRAME_POSITIONS = 2_000_000;

/**
 * The frame interval (s) that keeps a run's playback within {@link MAX_FRAME_POSITIONS}: 1 s, or longer.
 *
 * @example
 * frameInterval(20_000, 600); // 6
 */
export function frameInterval(agents: number, durationS: number): number {
  return Math.max(1, Math.ceil((agents * durationS) / MAX_FRAME_POSITIONS));
}

/**
 * Highest people per m² over the square cells of side `cellM` of a frame (local metres).
 *
 * @example
 * framePeak({ t: 0, ids: [0, 1], xy: [0.5, 0.5, 1.5, 1.5] }, 2); // 0.5
 */
export function framePeak(frame: TrajectoryFrame, cellM: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  for (let i = 0; i + 1 < frame.xy.length; i += 2) {
    const cx = Math.floor((frame.xy[i] as number) / cellM);
    const cy = Math.floor((frame.xy[i + 1] as number) / cellM);
    const key = cx * 1_000_003 + cy;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > best) best = n;
  }
  return best / (cellM * cellM);
}

/**
 * Frames in local metres back to WGS84 through the scenario's projection (a local scenario is placed at
 * 0°, 0°), packed as CrowdFrames: per frame a little-endian Int32Array of [lon·1e7, lat·1e7], base64.
 *
 * @example
 * const playback = packFrames(sim.frames, compiled.projection, 1);
 */
export function packFrames(frames: readonly TrajectoryFrame[], projection: LocalProjection | null, everyS: number): CrowdFrames {
  const p = projection ?? createLocalProjection(lngLat(0, 0));
  return {
    everyS,
    frames: frames.map((f) => {
      const bytes = new Uint8Array(f.xy.length * 4);
      const view = new DataView(bytes.buffer);
      for (let i = 0; i + 1 < f.xy.length; i += 2) {
        const [lon, lat] = p.toLngLat(xy(f.xy[i] as number, f.xy[i + 1] as number));
        view.setInt32(i * 4, Math.round(lon * 1e7), true);
        view.setInt32(i * 4 + 4, Math.round(lat * 1e7), true);
      }
      return { t: f.t, n: f.xy.length / 2, lonLatE7: base64(bytes) };
    }),
  };
}
