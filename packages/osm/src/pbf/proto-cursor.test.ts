import { describe, expect, it } from 'vitest';
import { ProtoCursor, ProtoError } from './proto-cursor.ts';

/** Encodes a non-negative integer (< 2^53) as a protobuf varint. */
function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

describe('ProtoCursor', () => {
  it.each([0, 1, 127, 128, 300, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 + 5, 12_345_678_901, 2 ** 53 - 1])(
    'reads the varint %d exactly',
    (n) => {
      expect(new ProtoCursor(Uint8Array.from(varint(n))).varint()).toBe(n);
    },
  );

  it.each([0, -1, 1, -2, 1_234_567_890_123, -9_876_543_210])('reads zigzag %d', (v) => {
    const zig = v >= 0 ? 2 * v : -2 * v - 1;
    expect(new ProtoCursor(Uint8Array.from(varint(zig))).svarint()).toBe(v);
  });

  it.each([
    [[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], -1],
    [[0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], -2],
    [[0x80, 0x80, 0x80, 0x80, 0xf0, 0xff, 0xff, 0xff, 0xff, 0x01], -(2 ** 32)],
    [varint(12_345_678_901), 12_345_678_901],
    [varint(300), 300],
  ])('reads the int64 %j as %d', (bytes, want) => {
    expect(new ProtoCursor(Uint8Array.from(bytes)).int64()).toBe(want);
  });

  it('refuses to run past the end of a message', () => {
    expect(() => new ProtoCursor(Uint8Array.from([0x96]), 0, 1).varint()).toThrow(ProtoError);
    const c = new ProtoCursor(Uint8Array.from([0x05, 1, 2]));
    expect(() => c.bytes()).toThrow(ProtoError);
  });

  it('skips fields of every supported wire type', () => {
    const c = new ProtoCursor(Uint8Array.from([...varint(300), 1, 2, 3, 4, 5, 6, 7, 8, 2, 9, 9, 1, 2, 3, 4]));
    c.skip(0);
    c.skip(1);
    c.skip(2);
    c.skip(5);
    expect(c.done).toBe(true);
    expect(() => c.skip(3)).toThrow(ProtoError);
  });
});
