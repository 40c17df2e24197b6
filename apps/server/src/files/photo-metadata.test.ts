import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasLocation, photoTypeOf, removeLocation } from './photo-metadata.ts';

// Small real images, built byte by byte: a baseline JPEG of one 8×8 grey block and a 1×1 grey PNG, with the
// metadata blocks cameras and editors write.

const bytes = (...parts: (ArrayLike<number> | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : Array.from(p))));
const u16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

/** A JPEG segment: marker, length, body. */
const segment = (marker: number, ...body: (ArrayLike<number> | string)[]) => {
  const b = bytes(...body);
  return bytes([0xff, marker], u16(b.length + 2), b);
};

/** The tables, frame, scan and end of an 8×8 one-component baseline JPEG whose one block is flat grey. */
const JPEG_IMAGE = bytes(
  segment(0xdb, [0], new Array<number>(64).fill(1)), // quantisation table 0, all ones
  segment(0xc0, [8], u16(8), u16(8), [1, 1, 0x11, 0]), // 8-bit, 8×8, one component
  segment(0xc4, [0x00], [1, ...new Array<number>(15).fill(0)], [0]), // DC table: one 1-bit code, category 0
  segment(0xc4, [0x10], [1, ...new Array<number>(15).fill(0)], [0]), // AC table: one 1-bit code, end of block
  segment(0xda, [1, 1, 0x00, 0, 63, 0]),
  [0x3f], // DC difference 0, end of block, padded with ones
  [0xff, 0xd9],
);
const JFIF = segment(0xe0, 'JFIF\0', [1, 1, 0], u16(1), u16(1), [0, 0]);
const ICC = segment(0xe2, 'ICC_PROFILE\0', [1, 1], 'not really a profile');
const COMMENT = segment(0xfe, 'made for a test');

function jpeg(...segments: Uint8Array[]): Uint8Array {
  return bytes([0xff, 0xd8], JFIF, ...segments, JPEG_IMAGE);
}

/**
 * A big- or little-endian TIFF structure as Exif holds it: IFD0 with the orientation and, when `gps`, the
 * pointer to a GPS IFD giving 43° 44′ N, 7° 25′ E.
 */
function tiff(gps: boolean, little = false): Uint8Array {
  const w16 = (v: number) => (little ? u16(v).reverse() : u16(v));
  const w32 = (v: number) => (little ? u32(v).reverse() : u32(v));
  const entry = (tag: number, type: number, count: number, value: number[]) => [...w16(tag), ...w16(type), ...w32(count), ...value];
  const ifd0Entries = [entry(0x0112, 3, 1, [...w16(1), 0, 0])];
  const gpsAt = 8 + 2 + 12 * 2 + 4;
  if (gps) ifd0Entries.push(entry(0x8825, 4, 1, w32(gpsAt)));
  const ifd0 = [...w16(ifd0Entries.length), ...ifd0Entries.flat(), ...w32(0)];
  const head = [...(little ? [0x49, 0x49, 0x2a, 0] : [0x4d, 0x4d, 0, 0x2a]), ...w32(8)];
  if (!gps) return bytes(head, ifd0);
  const dataAt = gpsAt + 2 + 12 * 4 + 4;
  const rational = (n: number[]) => n.flatMap((v) => [...w32(v), ...w32(1)]);
  const gpsIfd = [
    ...w16(4),
    ...entry(1, 2, 2, [0x4e, 0, 0, 0]),
    ...entry(2, 5, 3, w32(dataAt)),
    ...entry(3, 2, 2, [0x45, 0, 0, 0]),
    ...entry(4, 5, 3, w32(dataAt + 24)),
    ...w32(0),
  ];
  return bytes(head, ifd0, gpsIfd, rational([43, 44, 0]), rational([7, 25, 0]));
}

const exif = (gps: boolean, little = false) => segment(0xe1, 'Exif\0\0', tiff(gps, little));
const XMP_PACKET = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,44.0N" exif:GPSLongitude="7,25.0E"/></rdf:RDF></x:xmpmeta>';
const XMP_PLAIN = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:Rating="3"/></rdf:RDF></x:xmpmeta>';
const xmp = (packet = XMP_PACKET) => segment(0xe1, 'http://ns.adobe.com/xap/1.0/\0', packet);
const photoshop = segment(0xed, 'Photoshop 3.0\0', '8BIM', [0x04, 0x04, 0, 0], u32(12), [0x1c, 0x02, 0x5a], u16(7), 'Monaco\0', [0]);

/** A PNG chunk with its CRC. */
const chunk = (type: string, ...data: (ArrayLike<number> | string)[]) => {
  const d = bytes(...data);
  const typed = bytes(type, d);
  return bytes(u32(d.length), typed, u32(crc32(typed)));
};
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = chunk('IHDR', u32(1), u32(1), [8, 0, 0, 0, 0]);
const IDAT = chunk('IDAT', deflateSync(Buffer.from([0, 0x80])));
const IEND = chunk('IEND');

function png(...chunks: Uint8Array[]): Uint8Array {
  return bytes(PNG_SIGNATURE, IHDR, ...chunks, IDAT, IEND);
}

/** ImageMagick's raw profile text: a newline, the profile's name, its length, then its bytes in hexadecimal. */
function rawProfile(name: string, profile: Uint8Array): string {
  const hex = Buffer.from(profile).toString('hex').replace(/(.{72})/g, '$1\n');
  return `\n${name}\n${String(profile.length).padStart(8)}\n${hex}\n`;
}

/** The chunks of a PNG, each checked against its CRC; throws when the walk leaves the file. */
function pngChunks(file: Uint8Array): { type: string; crcOk: boolean }[] {
  expect([...file.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < file.length; ) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > file.length) throw new Error(`chunk at ${at} runs past the end`);
    out.push({ type: Buffer.from(file.subarray(at + 4, at + 8)).toString('latin1'), crcOk: view.getUint32(end - 4) === crc32(file.subarray(at + 4, end - 4)) });
    at = end;
  }
  return out;
}

/** The markers of a JPEG's segments up to its first scan, in order. */
function jpegMarkers(file: Uint8Array): number[] {
  expect([file[0], file[1]]).toEqual([0xff, 0xd8]);
  const out: number[] = [];
  for (let at = 2; at + 4 <= file.length; ) {
    const marker = file[at + 1] as number;
    out.push(marker);
    if (marker === 0xda) break;
    at += 2 + (((file[at + 2] as number) << 8) | (file[at + 3] as number));
  }
  return out;
}

function removed(file: Uint8Array): { bytes: Uint8Array; removed: number } {
  const r = removeLocation(file);
  if (!r.ok) throw new Error(r.reason);
  return r;
}

describe('photoTypeOf', () => {
  it('tells JPEG and PNG by their first bytes, and nothing else', () => {
    expect(photoTypeOf(jpeg())).toBe('image/jpeg');
    expect(photoTypeOf(png())).toBe('image/png');
    for (const other of [new Uint8Array(0), bytes([0xff, 0xd8]), bytes('GIF89a'), bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), bytes(PNG_SIGNATURE.slice(0, 7))])
      expect(photoTypeOf(other)).toBeNull();
  });
});

describe('removeLocation on JPEG', () => {
  it('drops Exif with its GPS position, and copies every other byte as it was', () => {
    const original = jpeg(exif(true), ICC, COMMENT);
    expect(hasLocation(original)).toBe(true);
    const r = removed(original);
    expect(r.removed).toBe(1);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(r.bytes).toEqual(jpeg(ICC, COMMENT));
    expect(r.bytes.length).toBe(original.length - exif(true).length);
    expect(jpegMarkers(r.bytes)).toEqual([0xe0, 0xe2, 0xfe, 0xdb, 0xc0, 0xc4, 0xc4, 0xda]);
    expect([...r.bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('drops XMP, extended XMP and Photoshop resources (IPTC), wherever they stand before the scan', () => {
    const extended = segment(0xe1, 'http://ns.adobe.com/xmp/extension/\0', '0123456789ABCDEF0123456789ABCDEF', u32(10), u32(0), 'exif:GPSA');
    const original = jpeg(xmp(), ICC, photoshop, extended, exif(false, true), COMMENT);
    expect(hasLocation(original)).toBe(true);
    const r = removed(original);
    expect(r.removed).toBe(4);
    expect(r.bytes).toEqual(jpeg(ICC, COMMENT));
    expect(Buffer.from(r.bytes).includes('GPS')).toBe(false);
  });

  it('finds the GPS pointer in little-endian Exif, and no location in Exif without it', () => {
    expect(hasLocation(jpeg(exif(true, true)))).toBe(true);
    expect(hasLocation(jpeg(exif(false)))).toBe(false);
    expect(hasLocation(jpeg(xmp(XMP_PLAIN)))).toBe(false);
    expect(hasLocation(jpeg(ICC))).toBe(false);
    // Exif without a location still goes: it names the camera, its serial number and the time.
    expect(removed(jpeg(exif(false))).removed).toBe(1);
  });

  it('leaves a JPEG without location metadata as it was', () => {
    const original = jpeg(ICC, COMMENT);
    const r = removed(original);
    expect(r.removed).toBe(0);
    expect(r.bytes).toEqual(original);
  });

  it('keeps the scan data whole, stuffed bytes and restart markers included, and reads the segments after it', () => {
    const scanStart = JPEG_IMAGE.length - 3;
    const scan = bytes([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0xd7, 0x78]);
    // A progressive file: a second scan after more tables, with metadata between them.
    const second = bytes(exif(true), segment(0xc4, [0x11], [1, ...new Array<number>(15).fill(0)], [0]), segment(0xda, [1, 1, 0x00, 0, 63, 0]), [0x3f]);
    const original = bytes([0xff, 0xd8], JFIF, JPEG_IMAGE.subarray(0, scanStart), scan, second, [0xff, 0xd9]);
    const r = removed(original);
    expect(r.removed).toBe(1);
    expect(hasLocation(original)).toBe(true);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(r.bytes).toEqual(bytes([0xff, 0xd8], JFIF, JPEG_IMAGE.subarray(0, scanStart), scan, second.subarray(exif(true).length), [0xff, 0xd9]));
  });

  it('drops what follows the end of the image: a second picture or a video, each with its own location', () => {
    const first = jpeg(ICC);
    const withSecond = bytes(first, jpeg(exif(true)));
    expect(hasLocation(withSecond)).toBe(true);
    const r = removed(withSecond);
    expect(r.bytes).toEqual(first);
    expect(r.removed).toBe(1);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(removed(bytes(first, 'ftypmp42 … a motion photo')).bytes).toEqual(first);
  });

  it('keeps a file cut inside its scan data as it is, its metadata gone', () => {
    const whole = jpeg(exif(true));
    const cut = whole.subarray(0, whole.length - 2);
    const r = removed(cut);
    expect(r.bytes).toEqual(jpeg().subarray(0, jpeg().length - 2));
    expect(hasLocation(r.bytes)).toBe(false);
  });

  it('refuses damaged files with photo_unreadable and a reason, never an exception', () => {
    const good = jpeg(exif(true));
    const exifAt = 2 + JFIF.length;
    const withLength = (at: number, length: number) => {
      const copy = Uint8Array.from(good);
      copy.set(u16(length), at + 2);
      return copy;
    };
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty', new Uint8Array(0), /neither a JPEG nor a PNG/],
      ['no start of image', good.subarray(2), /neither a JPEG nor a PNG/],
      ['start of image alone', bytes([0xff, 0xd8, 0xff]), /ends inside a marker/],
      ['cut inside a segment', good.subarray(0, exifAt + 20), /runs past the end/],
      ['cut before a length', good.subarray(0, exifAt + 3), /cut off before its length/],
      ['length past the end', withLength(exifAt, 0xffff), /runs past the end/],
      ['length 0', withLength(exifAt, 0), /impossible length \(0\)/],
      ['length 1', withLength(exifAt, 1), /impossible length \(1\)/],
      ['no scan', bytes([0xff, 0xd8], JFIF, exif(true), [0xff, 0xd9]), /no image data/],
      ['no scan, no end', bytes([0xff, 0xd8], JFIF, exif(true)), /no image data/],
      ['junk between segments', bytes([0xff, 0xd8], JFIF, 'junk', JPEG_IMAGE), /unexpected bytes between segments at offset 20/],
      ['a second start of image', bytes([0xff, 0xd8], JFIF, [0xff, 0xd8], JPEG_IMAGE), /misplaced marker/],
    ];
    for (const [name, file, reason] of cases) {
      const r = removeLocation(file);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('photo_unreadable');
        expect(r.reason, name).toMatch(reason);
        // A clause the service puts in its sentence: lower case, no final stop.
        expect(r.reason, name).toMatch(/^[a-z].*[^.]$/);
      }
      expect(() => hasLocation(file), name).not.toThrow();
    }
  });

  it('still sees the location of a damaged file in the part before the damage', () => {
    const good = jpeg(exif(true));
    expect(hasLocation(good.subarray(0, 2 + JFIF.length + exif(true).length + 10))).toBe(true);
  });

  it('takes linear time on a million tiny segments', () => {
    const comments = 1_000_000;
    const one = [0xff, 0xfe, 0x00, 0x02];
    const file = new Uint8Array(2 + comments * 4 + JPEG_IMAGE.length);
    file.set([0xff, 0xd8]);
    for (let i = 0; i < comments; i++) file.set(one, 2 + i * 4);
    file.set(JPEG_IMAGE, 2 + comments * 4);
    const started = performance.now();
    const r = removed(file);
    expect(r.bytes.length).toBe(file.length);
    expect(hasLocation(file)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('removeLocation on PNG', () => {
  it('drops eXIf and copies every other chunk byte for byte, the image data untouched', () => {
    const text = chunk('tEXt', 'Comment\0', 'a square in the old town');
    const original = png(chunk('eXIf', tiff(true)), text);
    expect(hasLocation(original)).toBe(true);
    const r = removed(original);
    expect(r.removed).toBe(1);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(r.bytes).toEqual(png(text));
    expect(pngChunks(r.bytes)).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND'].map((type) => ({ type, crcOk: true })));
  });

  it('drops XMP in iTXt and tEXt, and raw Exif, APP1 and IPTC profiles, compressed or not', () => {
    const exifProfile = bytes('Exif\0\0', tiff(true));
    const chunks = [
      chunk('iTXt', 'XML:com.adobe.xmp\0', [0, 0], 'en\0', '\0', XMP_PACKET),
      chunk('tEXt', 'XML:com.adobe.xmp\0', XMP_PLAIN),
      chunk('zTXt', 'Raw profile type exif\0', [0], deflateSync(rawProfile('exif', exifProfile))),
      chunk('tEXt', 'Raw profile type APP1\0', rawProfile('APP1', exifProfile)),
      chunk('zTXt', 'Raw profile type iptc\0', [0], deflateSync(rawProfile('iptc', bytes([0x1c, 0x02, 0x5a], u16(6), 'Monaco')))),
    ];
    const kept = chunk('iTXt', 'Title\0', [0, 0], '\0', '\0', 'Place du Palais');
    const r = removed(png(...chunks, kept));
    expect(r.removed).toBe(chunks.length);
    expect(r.bytes).toEqual(png(kept));
    // XMP with GPS fields, and the Exif and APP1 profiles with a GPS pointer, place the photo; the rest do not.
    expect(chunks.map((one) => hasLocation(png(one)))).toEqual([true, false, true, true, false]);
    expect(hasLocation(png(chunk('iTXt', 'XML:com.adobe.xmp\0', [1, 0], '\0', '\0', deflateSync(XMP_PACKET))))).toBe(true);
  });

  it('keeps a chunk whose CRC is wrong (CRCs of kept chunks are not checked), and drops one that holds a location', () => {
    const wrongCrc = (c: Uint8Array) => bytes(c.subarray(0, -1), [(c.at(-1) ?? 0) ^ 0xff]);
    const bad = wrongCrc(chunk('tEXt', 'Comment\0', 'hello'));
    const badExif = wrongCrc(chunk('eXIf', tiff(true)));
    const r = removed(png(bad, badExif));
    expect(r.bytes).toEqual(png(bad));
    expect(pngChunks(r.bytes).map((c) => c.crcOk)).toEqual([true, false, true, true]);
  });

  it('drops what follows IEND, and keeps a file cut at a chunk boundary', () => {
    const original = png();
    expect(removed(bytes(original, chunk('eXIf', tiff(true)))).bytes).toEqual(original);
    const cut = bytes(PNG_SIGNATURE, IHDR, chunk('eXIf', tiff(true)), IDAT);
    expect(removed(cut).bytes).toEqual(bytes(PNG_SIGNATURE, IHDR, IDAT));
  });

  it('refuses damaged files with photo_unreadable, never reading past the end', () => {
    const good = png(chunk('eXIf', tiff(true)));
    const lengthAt = 8 + IHDR.length;
    const withLength = (length: number) => {
      const copy = Uint8Array.from(good);
      new DataView(copy.buffer).setUint32(lengthAt, length);
      return copy;
    };
    const cases: [string, Uint8Array, RegExp][] = [
      ['signature alone', bytes(PNG_SIGNATURE), /no image data/],
      ['cut inside a chunk', good.subarray(0, lengthAt + 20), /runs past the end/],
      ['cut inside a chunk header', good.subarray(0, lengthAt + 5), /cut off before its type/],
      ['length past the end', withLength(1_000_000), /runs past the end/],
      ['length over 2^31', withLength(0x80000000), /impossible length/],
      ['length 2^32 − 1', withLength(0xffffffff), /impossible length/],
      ['type not letters', bytes(PNG_SIGNATURE, IHDR, [0, 0, 0, 0], 'IDA\0', [0, 0, 0, 0]), /no valid type/],
      ['no image data', bytes(PNG_SIGNATURE, IHDR, IEND), /no image data/],
    ];
    for (const [name, file, reason] of cases) {
      const r = removeLocation(file);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.reason, name).toMatch(reason);
      expect(() => hasLocation(file), name).not.toThrow();
    }
  });

  it('answers no location for a compressed XMP chunk that inflates past its bound, without inflating it all', () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    const file = png(chunk('iTXt', 'XML:com.adobe.xmp\0', [1, 0], '\0', '\0', bomb));
    expect(hasLocation(file)).toBe(false);
    expect(removed(file).bytes).toEqual(png());
  });

  it('takes linear time on half a million tiny chunks', () => {
    const count = 500_000;
    const tiny = chunk('tIME', [7, 0xe9, 1, 1, 0, 0, 0]);
    const file = new Uint8Array(8 + IHDR.length + count * tiny.length + IDAT.length + IEND.length);
    let at = 0;
    for (const part of [bytes(PNG_SIGNATURE), IHDR, ...new Array<Uint8Array>(count).fill(tiny), IDAT, IEND]) {
      file.set(part, at);
      at += part.length;
    }
    const started = performance.now();
    expect(removed(file).bytes.length).toBe(file.length);
    expect(hasLocation(file)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

// Written by another encoder (Pillow 12: a 16×16 colour JPEG with Exif GPS and XMP, a PNG with eXIf), so
// that the walk is checked on files this test did not build.
describe('photos from another encoder', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));

  it('removes the JPEG’s Exif and XMP and leaves its tables and image data as they were', () => {
    const original = fixture('photo-gps.jpg');
    expect(hasLocation(original)).toBe(true);
    const r = removed(original);
    expect(r.removed).toBe(2);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(jpegMarkers(r.bytes)).toEqual(jpegMarkers(original).filter((m) => m !== 0xe1));
    const tables = (file: Uint8Array) => file.subarray(Buffer.from(file).indexOf(Buffer.from([0xff, 0xdb])));
    expect(tables(r.bytes).length).toBeGreaterThan(500);
    expect(tables(r.bytes)).toEqual(tables(original));
  });

  it('removes the PNG’s eXIf and keeps its other chunks byte for byte', () => {
    const original = fixture('photo-gps.png');
    expect(hasLocation(original)).toBe(true);
    const r = removed(original);
    expect(r.removed).toBe(1);
    expect(hasLocation(r.bytes)).toBe(false);
    expect(pngChunks(original).map((c) => c.type)).toContain('eXIf');
    expect(pngChunks(r.bytes)).toEqual(pngChunks(original).filter((c) => c.type !== 'eXIf'));
    const idat = (file: Uint8Array) => file.subarray(Buffer.from(file).indexOf('IDAT') - 4);
    expect(idat(r.bytes)).toEqual(idat(original));
  });
});
