import type { ElementType } from './diagnostics.ts';

/** OSM tags of one element. */
export type Tags = Readonly<Record<string, string>>;

/** A way: its id, the ids of its nodes in order, its tags. */
export interface OsmWay {
  readonly id: number;
  readonly refs: Float64Array;
  readonly tags: Tags;
}

/** One member of a relation. */
export interface OsmMember {
  readonly type: ElementType;
  readonly ref: number;
  readonly role: string;
}

/** A relation: its id, members and tags. */
export interface OsmRelation {
  readonly id: number;
  readonly members: readonly OsmMember[];
  readonly tags: Tags;
}

/** The requested area of an extract (XML `<bounds>`, PBF header bbox) in degrees: minlon, minlat, maxlon, maxlat. */
export type Bounds = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

/**
 * Everything read from one extract. Nodes are columns (index `i` is the same node in every column);
 * ways and relations are plain objects. Duplicates are already dropped (first kept) and reported.
 */
export interface OsmData {
  readonly bounds: Bounds | null;
  readonly nodeCount: number;
  readonly nodeIds: Float64Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Tags of the tagged nodes, by node index. */
  readonly nodeTags: ReadonlyMap<number, Tags>;
  readonly ways: readonly OsmWay[];
  readonly relations: readonly OsmRelation[];
  /** Number of way node references whose node is not in the extract. */
  readonly missingNodeRefs: number;
  /** Index of the node with this id, or -1. */
  nodeIndex(id: number): number;
  /** Index of the way with this id in {@link OsmData.ways}, or -1. */
  wayIndex(id: number): number;
}
