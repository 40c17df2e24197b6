import type { GlyphRecord } from './glyph-pbf.ts';

export interface DecodedStack {
  name: string;
  range: string;
  glyphs: GlyphRecord[];
}

/** A minimal protobuf reader, written from the wire format, to read back what the encoder wrote. */
class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done() {
    return this.at >= this.bytes.length;
  }
  varint(): number {
    let [value, shift] = [0, 0];
    for (;;) {
      const b = this.bytes[this.at++] as number;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }
  field(): { field: number; value: number | Uint8Array } {
    const key = this.varint();
    const wire = key & 7;
    if (wire === 0) return { field: key >> 3, value: this.varint() };
    if (wire !== 2) throw new Error(`wire type ${wire}`);
    const length = this.varint();
    const value = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return { field: key >> 3, value };
  }
}

const zigzag = (n: number) => (n >>> 1) ^ -(n & 1);
const text = (v: number | Uint8Array) => new TextDecoder().decode(v as Uint8Array);

/** The stacks of a glyphs protobuf, read field by field (for tests: MapLibre has its own reader). */
export function decodeGlyphs(bytes: Uint8Array): DecodedStack[] {
  const stacks: DecodedStack[] = [];
  const top = new Reader(bytes);
  while (!top.done) {
    const { field, value } = top.field();
    if (field !== 1) throw new Error(`Unexpected field ${field} at the top level.`);
    const stack: DecodedStack = { name: '', range: '', glyphs: [] };
    const r = new Reader(value as Uint8Array);
    while (!r.done) {
      const f = r.field();
      if (f.field === 1) stack.name = text(f.value);
      else if (f.field === 2) stack.range = text(f.value);
      else if (f.field === 3) {
        const g = { id: 0, bitmap: null as Uint8Array | null, width: 0, height: 0, left: 0, top: 0, advance: 0 };
        const gr = new Reader(f.value as Uint8Array);
        while (!gr.done) {
          const x = gr.field();
          const n = x.value as number;
          if (x.field === 1) g.id = n;
          else if (x.field === 2) g.bitmap = Uint8Array.from(x.value as Uint8Array);
          else if (x.field === 3) g.width = n;
          else if (x.field === 4) g.height = n;
          else if (x.field === 5) g.left = zigzag(n);
          else if (x.field === 6) g.top = zigzag(n);
          else if (x.field === 7) g.advance = n;
        }
        stack.glyphs.push(g);
      }
    }
    stacks.push(stack);
  }
  return stacks;
}

