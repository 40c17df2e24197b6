import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';
import { AppError } from '../errors/app-error.ts';
import { encodeGlyphs, type GlyphRecord } from './glyph-pbf.ts';
import { boxOf, flattenPath, renderSdf } from './glyph-sdf.ts';

/** The size MapLibre's glyph ranges are drawn at, in pixels per em. */
const FONT_SIZE = 24;

/** The scripts of the font package a stack draws from, first match wins: Latin, Greek and Cyrillic names. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'] as const;

/** The font stacks the server draws, by the name a map style gives in `text-font`, with the weight. */
export const FONT_STACKS = { 'Noto Sans Regular': 400, 'Noto Sans Bold': 700 } as const;

export type FontStackName = keyof typeof FONT_STACKS;

/** Where the fonts come from (for the documentation of the route). */
export const FONT_SOURCE = 'Noto Sans (SIL Open Font License 1.1), from the npm package @fontsource/noto-sans';

const require = createRequire(import.meta.url);

const isStack = (name: string): name is FontStackName => Object.hasOwn(FONT_STACKS, name);

function loadFont(subset: string, weight: number): Font {
  const path = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
  const bytes = readFileSync(path);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A range of 256 code points from its file name (`0-255.pbf`), or null when it is not one. */
export function parseRange(file: string): { readonly start: number; readonly name: string } | null {
  const match = /^(\d{1,5})-(\d{1,5})\.pbf$/.exec(file);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start % 256 !== 0 || end !== start + 255 || end > 0xffff) return null;
  return { start, name: `${start}-${end}` };
}

function glyphOf(font: Font, codePoint: number): GlyphRecord | null {
  const glyph = font.charToGlyph(String.fromCodePoint(codePoint));
  if (glyph.index === 0) return null;
  const scale = FONT_SIZE / font.unitsPerEm;
  const ascender = Math.round(font.ascender * scale);
  const advance = Math.round((glyph.advanceWidth ?? 0) * scale);
  const segments = flattenPath(glyph.getPath(0, 0, FONT_SIZE).commands, true);
  const box = boxOf(segments);
  if (!box || box.width === 0 || box.height === 0) {
    return { id: codePoint, bitmap: null, width: 0, height: 0, left: 0, top: -ascender, advance };
  }
  return {
    id: codePoint,
    bitmap: renderSdf(segments, box),
    width: box.width,
    height: box.height,
    left: box.left,
    // MapLibre places glyphs from the line's top: the top of the box below the ascender.
    top: box.top - ascender,
    advance,
  };
}

/** Draws and caches glyph ranges of the font stacks; fonts are read when first needed. */
export interface GlyphRanges {
  /**
   * The glyphs protobuf of a stack (names joined by commas, as MapLibre asks) and range file
   * (`0-255.pbf`); `not_found` for an unknown stack or a malformed range.
   */
  pbf(fontstack: string, rangeFile: string): Uint8Array<ArrayBuffer>;
}

export function createGlyphRanges(): GlyphRanges {
  const fonts = new Map<string, Font>();
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const fontOf = (subset: string, weight: number) => {
    const key = `${subset}-${weight}`;
    let font = fonts.get(key);
    if (!font) {
      font = loadFont(subset, weight);
      fonts.set(key, font);
    }
    return font;
  };

  return {
    pbf(fontstack, rangeFile) {
      const names = fontstack.split(',').map((n) => n.trim());
      const first = names.find(isStack);
      if (!first) {
        throw new AppError(
          'not_found',
          `No font stack "${fontstack}": the server draws ${Object.keys(FONT_STACKS).join(' and ')}.`,
        );
      }
      const range = parseRange(rangeFile);
      if (!range) throw new AppError('not_found', `"${rangeFile}" is not a glyph range such as 0-255.pbf.`);
      const key = `${first}|${range.name}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const weight = FONT_STACKS[first];
      const glyphs: GlyphRecord[] = [];
      for (let cp = range.start; cp < range.start + 256; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue; // surrogates are no characters
        for (const subset of SUBSETS) {
          const glyph = glyphOf(fontOf(subset, weight), cp);
          if (glyph) {
            glyphs.push(glyph);
            break;
          }
        }
      }
      const pbf = encodeGlyphs(first, range.name, glyphs);
      cache.set(key, pbf);
      return pbf;
    },
  };
}
