/** Pure geometry for Pactesur: branded coordinates, a local projection, polygon operations, a spatial index. */
export * from './result.ts';
export * from './progress.ts';
export * from './lnglat.ts';
export * from './xy.ts';
export * from './projection.ts';
export * from './polygon.ts';
export * from './area.ts';
export * from './contains.ts';
export * from './clip.ts';
export * from './segments.ts';
export * from './buffer.ts';
export * from './coverage-area.ts';
export * from './packed-rtree.ts';
export * from './segment-index.ts';
export * from './min-heap.ts';
