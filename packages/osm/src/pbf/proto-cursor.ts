/** Raised inside the decoder when a message runs past its end; turned into a `pbf-corrupt` diagnostic. */
export class ProtoError extends Error {
  override readonly name = 'ProtoError';
}

/**
 * A reader over one protobuf message (`buf[pos..end)`): varints into plain numbers (exact up to 2^53,
 * enough for OSM ids and nanodegree coordinates), zigzag, length-delimited slices, skipping.
 */
export class ProtoCursor {
  buf: Uint8Array;
  pos: number;
  end: number;

  /**
   * @example
   * const c = new ProtoCursor(new Uint8Array([0x08, 0x96, 0x01]));
   * c.varint(); // 8 (field 1, varint)
   * c.varint(); // 150
   */
  constructor(buf: Uint8Array, pos = 0, end = buf.length) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  /** Points the cursor at another range (reuse instead of allocating). */
  reset(buf: Uint8Array, pos: number, end: number): this {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
    return this;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    const b = this.buf;
    let p = this.pos;
    let byte = b[p++] as number;
    let val = byte & 0x7f;
    if (byte >= 0x80) {
      byte = b[p++] as number;
      val |= (byte & 0x7f) << 7;
      if (byte >= 0x80) {
        byte = b[p++] as number;
        val |= (byte & 0x7f) << 14;
        if (byte >= 0x80) {
          byte = b[p++] as number;
          val = (val | ((byte & 0x7f) << 21)) >>> 0;
          if (byte >= 0x80) {
            let mul = 268435456; // 2^28
            do {
              byte = b[p++] as number;
              val += (byte & 0x7f) * mul;
              mul *= 128;
            } while (byte >= 0x80 && mul < 2 ** 70);
          }
        }
      }
    }
    if (p > this.end) throw new ProtoError('varint runs past the end of its message');
    this.pos = p;
    return val;
  }

  /** A zigzag-encoded signed varint (`sint32`/`sint64`). */
  svarint(): number {
    const n = this.varint();
    return n & 1 ? -(n + 1) / 2 : n / 2;
  }

  /** A varint read as a two's-complement int32/int64 (negative numbers take ten bytes). */
  int64(): number {
    const b = this.buf;
    let p = this.pos;
    let lo = 0;
    let hi = 0;
    let byte = 0x80;
    for (let shift = 0; shift < 28 && byte >= 0x80; shift += 7) {
      byte = b[p++] as number;
      lo |= (byte & 0x7f) << shift;
    }
    if (byte >= 0x80) {
      byte = b[p++] as number;
      lo |= (byte & 0x0f) << 28;
      hi = (byte & 0x7f) >> 4;
      for (let shift = 3; shift < 32 && byte >= 0x80; shift += 7) {
        byte = b[p++] as number;
        hi |= (byte & 0x7f) << shift;
      }
    }
    if (p > this.end) throw new ProtoError('varint runs past the end of its message');
    this.pos = p;
    if (hi & 0x80000000) return -((~hi >>> 0) * 4294967296 + (~lo >>> 0) + 1);
    return (hi >>> 0) * 4294967296 + (lo >>> 0);
  }

  /** Length of a length-delimited field; leaves the cursor at its first byte. Returns its end. */
  lengthEnd(): number {
    const len = this.varint();
    const e = this.pos + len;
    if (e > this.end) throw new ProtoError('length-delimited field runs past the end of its message');
    return e;
  }

  /** The bytes of a length-delimited field (a view, not a copy). */
  bytes(): Uint8Array {
    const e = this.lengthEnd();
    const out = this.buf.subarray(this.pos, e);
    this.pos = e;
    return out;
  }

  /**
   * How many varints a packed field `buf[start..end)` holds (its bytes without the continuation bit): what
   * a decoder checks against the limits before it allocates for them.
   */
  static countVarints(buf: Uint8Array, start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if ((buf[i] as number) < 0x80) n++;
    return n;
  }

  /** Skips a field's value given the wire type of its key. */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.pos = this.lengthEnd();
        return;
      case 5:
        this.pos += 4;
        break;
      default:
        throw new ProtoError(`unsupported wire type ${wireType}`);
    }
    if (this.pos > this.end) throw new ProtoError('fixed field runs past the end of its message');
  }
}
