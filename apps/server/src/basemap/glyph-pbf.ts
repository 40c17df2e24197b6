/**
 * The glyphs protobuf MapLibre fetches from its `glyphs` URL (`{fontstack}/{range}.pbf`):
 *
 * ```proto
 * message glyph { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *   required uint32 height = 4; required sint32 left = 5; required sint32 top = 6; required uint32 advance = 7; }
 * message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 * message glyphs { repeated fontstack stacks = 1; }
 * ```
 *
 * Pure: a small writer of varints and length-delimited fields.
 */

/** One glyph: its SDF bitmap ((width + 6) × (height + 6) bytes; absent for an empty glyph) and metrics. */
export interface GlyphRecord {
  readonly id: number;
  readonly bitmap: Uint8Array | null;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly advance: number;
}

const VARINT = 0;
const BYTES = 2;

class Writer {
  readonly #bytes: number[] = [];
  readonly #parts: Uint8Array[] = [];

  varint(value: number): this {
    let v = value >>> 0;
    while (v > 0x7f) {
      this.#bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.#bytes.push(v);
    return this;
  }

  tag(field: number, wire: number): this {
    return this.varint((field << 3) | wire);
  }

  uint(field: number, value: number): this {
    return this.tag(field, VARINT).varint(value);
  }

  /** Zig-zag encoded (`sint32`). */
  sint(field: number, value: number): this {
    return this.tag(field, VARINT).varint((value << 1) ^ (value >> 31));
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, BYTES).varint(value.length);
    this.#flush();
    this.#parts.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  #flush(): void {
    if (this.#bytes.length === 0) return;
    this.#parts.push(Uint8Array.from(this.#bytes));
    this.#bytes.length = 0;
  }

  finish(): Uint8Array<ArrayBuffer> {
    this.#flush();
    const out = new Uint8Array(this.#parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const part of this.#parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

function encodeGlyph(glyph: GlyphRecord): Uint8Array {
  const w = new Writer().uint(1, glyph.id);
  if (glyph.bitmap && glyph.bitmap.length > 0) w.bytes(2, glyph.bitmap);
  return w
    .uint(3, glyph.width)
    .uint(4, glyph.height)
    .sint(5, glyph.left)
    .sint(6, glyph.top)
    .uint(7, glyph.advance)
    .finish();
}

/**
 * One font stack's glyphs of one range as the glyphs protobuf.
 *
 * @example encodeGlyphs('Noto Sans Regular', '0-255', glyphs) // Uint8Array for `0-255.pbf`
 */
export function encodeGlyphs(name: string, range: string, glyphs: readonly GlyphRecord[]): Uint8Array<ArrayBuffer> {
  const stack = new Writer().string(1, name).string(2, range);
  for (const glyph of glyphs) stack.bytes(3, encodeGlyph(glyph));
  return new Writer().bytes(1, stack.finish()).finish();
}
