import type { Tags } from '@pactesur/osm';
import type { LngLat, XY } from '@pactesur/geo';
import { parseMetres } from './tag-values.ts';

/** Barrier kinds the analyses distinguish; anything else tagged `barrier=*` is `other`. */
export type BarrierKind = 'bollard' | 'block' | 'gate' | 'kerb' | 'wall' | 'fence' | 'other';

/** A barrier on a node (a point) or along a way (a line). */
export interface Barrier {
  readonly kind: BarrierKind;
  /** The OSM `barrier=*` value as tagged. */
  readonly value: string;
  readonly source: { readonly type: 'node' | 'way'; readonly id: number };
  /** The point (node) or the line (way), in degrees and in site metres. */
  readonly lngLat: readonly LngLat[];
  readonly xy: readonly XY[];
  /** Passable gap in metres from `maxwidth:physical`, `maxwidth` or `width` (gates); `null` when untagged. */
  readonly gapM: number | null;
  /** For kerbs: `raised`, `lowered`, `flush`, `rolled` … as tagged. */
  readonly kerb: string | null;
}

const KINDS: Readonly<Record<string, BarrierKind>> = {
  bollard: 'bollard',
  block: 'block',
  jersey_barrier: 'block',
  planter: 'block',
  concrete_block: 'block',
  gate: 'gate',
  lift_gate: 'gate',
  swing_gate: 'gate',
  sliding_gate: 'gate',
  wedge: 'gate',
  chain: 'gate',
  kerb: 'kerb',
  wall: 'wall',
  retaining_wall: 'wall',
  city_wall: 'wall',
  fence: 'fence',
  guard_rail: 'fence',
  hedge: 'fence',
  handrail: 'fence',
};

/**
 * The barrier kind of `barrier=*` tags (or `kerb=*` on a node), or `null` when the element is no barrier.
 *
 * @example
 * barrierKind({ barrier: 'bollard' }); // 'bollard'
 * barrierKind({ barrier: 'kerb', kerb: 'lowered' }); // 'kerb'
 * barrierKind({ highway: 'crossing', kerb: 'raised' }); // 'kerb'
 */
export function barrierKind(tags: Tags): BarrierKind | null {
  const b = tags.barrier;
  if (b === undefined) return tags.kerb !== undefined && tags.kerb !== 'no' ? 'kerb' : null;
  if (b === 'no' || b === 'entrance' || b === 'border_control' || b === 'toll_booth') return null;
  return KINDS[b] ?? 'other';
}

/**
 * The passable gap a barrier leaves, in metres, from its tags; `null` when not tagged.
 *
 * @example
 * barrierGap({ barrier: 'bollard', 'maxwidth:physical': '1.5' }); // 1.5
 */
export function barrierGap(tags: Tags): number | null {
  return (
    parseMetres(tags['maxwidth:physical']) ??
    parseMetres(tags.maxwidth) ??
    (tags.barrier?.endsWith('gate') ? parseMetres(tags.width) : null)
  );
}
