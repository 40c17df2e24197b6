import { describe, expect, it } from 'vitest';
import { decodeGlyphs as decode } from './decode-glyphs.ts';
import { encodeGlyphs, type GlyphRecord } from './glyph-pbf.ts';

describe('the glyphs protobuf', () => {
  it('reads back what it wrote: stack name, range, and each glyph with negative offsets and a bitmap', () => {
    const bitmap = Uint8Array.from({ length: 7 * 8 }, (_, i) => (i * 37) % 256);
    const glyphs: GlyphRecord[] = [
      { id: 32, bitmap: null, width: 0, height: 0, left: 0, top: -26, advance: 6 },
      { id: 65, bitmap, width: 1, height: 2, left: -1, top: -9, advance: 15 },
      { id: 300, bitmap: new Uint8Array(200 * 6), width: 194, height: 0, left: 70000, top: 3, advance: 150 },
    ];
    const stacks = decode(encodeGlyphs('Noto Sans Regular', '0-255', glyphs));
    expect(stacks).toHaveLength(1);
    expect(stacks[0]?.name).toBe('Noto Sans Regular');
    expect(stacks[0]?.range).toBe('0-255');
    expect(stacks[0]?.glyphs).toEqual(glyphs);
  });

  it('writes an empty glyph without a bitmap field', () => {
    const [stack] = decode(encodeGlyphs('Noto Sans Bold', '256-511', [{ id: 288, bitmap: null, width: 0, height: 0, left: 0, top: 0, advance: 7 }]));
    expect(stack?.glyphs[0]?.bitmap).toBeNull();
  });
});
