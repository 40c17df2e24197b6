/** OASIS CAP 1.2 (ALERTS.md): the model, its XML reader and writer, the semantic validator, the helpers of the composer. */
export * from './model.ts';
export * from './read.ts';
export * from './write.ts';
export * from './geojson.ts';
export * from './pages.ts';
export * from './validate/index.ts';
