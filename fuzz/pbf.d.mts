type Int = number | bigint;
type TagRefs = readonly (readonly [number, number])[];

export function concat(parts: readonly Uint8Array[]): Uint8Array;
export function varint(n: Int): Uint8Array;
export function svarint(n: Int): Uint8Array;
export function vfield(field: number, n: Int): Uint8Array;
export function lfield(field: number, bytes: Uint8Array | string): Uint8Array;
export function packed(field: number, values: readonly Int[], signed?: boolean): Uint8Array;
export function headerBlock(options?: { bbox?: readonly [Int, Int, Int, Int] | null; required?: readonly string[] }): Uint8Array;

export interface PbfNode {
  readonly id: Int;
  readonly lat: Int;
  readonly lon: Int;
  readonly tags?: TagRefs;
}
export interface PbfWay {
  readonly id: Int;
  readonly refs: readonly Int[];
  readonly tags?: TagRefs;
}
export interface PbfRelation {
  readonly id: Int;
  readonly members: readonly { readonly type: 'node' | 'way' | 'relation' | number; readonly ref: Int; readonly role: number }[];
  readonly tags?: TagRefs;
}
export function primitiveBlock(block: {
  strings?: readonly (string | Uint8Array)[];
  granularity?: Int;
  latOffset?: Int;
  lonOffset?: Int;
  dense?: readonly PbfNode[];
  nodes?: readonly PbfNode[];
  ways?: readonly PbfWay[];
  relations?: readonly PbfRelation[];
}): Uint8Array;
export function fileBlock(
  type: string | Uint8Array,
  data: Uint8Array,
  options?: { compression?: string; rawSize?: Int; dataSize?: Int; headerLength?: number },
): Uint8Array;
