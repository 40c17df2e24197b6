import { gzipSync } from 'node:zlib';
import { europeBasemap } from './countries.ts';
import { createGlyphRanges } from './glyphs.ts';

export { BASEMAP_ATTRIBUTION, BASEMAP_SOURCE, EUROPE_BOX, europeBasemap, type Basemap, type BasemapFeature } from './countries.ts';
export { FONT_SOURCE, FONT_STACKS, createGlyphRanges, parseRange, type GlyphRanges } from './glyphs.ts';

/** A prepared body, plain and gzipped. */
export interface PreparedBody {
  readonly plain: Uint8Array<ArrayBuffer>;
  readonly gzip: Uint8Array<ArrayBuffer>;
}

/**
 * The public map assets the server draws itself: the Europe basemap as GeoJSON and the glyph ranges of
 * its fonts. Each is computed on first request and kept for the life of the process; no database.
 */
export interface BasemapAssets {
  countries(): PreparedBody;
  glyphs(fontstack: string, rangeFile: string): Uint8Array<ArrayBuffer>;
}

export function createBasemapAssets(): BasemapAssets {
  let countries: PreparedBody | null = null;
  const glyphs = createGlyphRanges();
  return {
    countries() {
      if (!countries) {
        const plain = new TextEncoder().encode(JSON.stringify(europeBasemap()));
        countries = { plain, gzip: new Uint8Array(gzipSync(plain)) };
      }
      return countries;
    },
    glyphs: (fontstack, rangeFile) => glyphs.pbf(fontstack, rangeFile),
  };
}
