/** Streaming OpenStreetMap readers (XML and PBF) and multipolygon assembly, with no I/O of their own. */
export * from './diagnostics.ts';
export * from './limits.ts';
export * from './osm-data.ts';
export * from './osm-builder.ts';
export * from './chunks.ts';
export * from './sniff-format.ts';
export * from './read-osm.ts';
export { readOsmXml } from './xml/read-osm-xml.ts';
export { readOsmPbf } from './pbf/read-osm-pbf.ts';
export { XmlTokenizer, type XmlHandler } from './xml/xml-tokenizer.ts';
export { decodeEntities } from './xml/entities.ts';
export * from './area-tags.ts';
export * from './join-rings.ts';
export * from './assemble-areas.ts';
