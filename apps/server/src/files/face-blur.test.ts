import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { blurFaces, blurRegions, FACE_MARGIN } from './face-blur.ts';
import type { FaceBox } from './face-boxes.ts';
import { detectFaces, stopFaceDetector } from './face-detector.ts';
import { decodePhoto, downscaled, encodeJpeg, resampled } from './photo-codec.ts';
import { hasLocation, photoTypeOf } from './photo-metadata.ts';
import { paste, type PixelBox, type RgbImage } from './pixel-blur.ts';

// The photograph of the astronaut Eileen Collins (NASA, public domain; see test/fixtures/face/README.md), and
// the 16 × 16 photo with a GPS position the other photo tests use.
const FACE = readFileSync(new URL('../../test/fixtures/face/astronaut.jpg', import.meta.url));
const GPS_PHOTO = readFileSync(new URL('../../test/fixtures/photo-gps.jpg', import.meta.url));

/** The markers of a JPEG's segments before its scan data, and what follows its end-of-image marker. */
function jpegSegments(bytes: Uint8Array): { markers: number[]; trailing: number } {
  expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
  const markers: number[] = [];
  let at = 2;
  for (;;) {
    expect(bytes[at]).toBe(0xff);
    const marker = bytes[at + 1] as number;
    markers.push(marker);
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    at += 2 + length;
    if (marker === 0xda) break;
  }
  const end = Buffer.from(bytes).lastIndexOf(Buffer.from([0xff, 0xd9]));
  return { markers, trailing: bytes.length - (end + 2) };
}

/**
 * Asserts a JPEG carries no metadata: no application segment but JFIF's (APP0) — no Exif or XMP (APP1),
 * ICC profile (APP2), IPTC (APP13) — no comment, nothing after its end.
 */
function expectNoMetadata(bytes: Uint8Array): void {
  expect(photoTypeOf(bytes)).toBe('image/jpeg');
  const { markers, trailing } = jpegSegments(bytes);
  const APP1 = 0xe1;
  const APP2 = 0xe2;
  const APP13 = 0xed;
  const COM = 0xfe;
  for (const forbidden of [APP1, APP2, APP13, COM]) expect(markers).not.toContain(forbidden);
  expect(markers.filter((m) => m > 0xe0 && m <= 0xef)).toEqual([]);
  expect(markers).toContain(0xda);
  expect(trailing).toBe(0);
  expect(hasLocation(bytes)).toBe(false);
}

/** The luminance (0–255) of each pixel of a box, row by row. */
function luminance(image: RgbImage, box: PixelBox): number[] {
  const out: number[] = [];
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = 3 * (y * image.width + x);
      out.push(0.299 * (image.data[i] as number) + 0.587 * (image.data[i + 1] as number) + 0.114 * (image.data[i + 2] as number));
    }
  }
  return out;
}

function variance(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
}

/** The mean squared difference between horizontal neighbours in a box: what is left of edges and detail. */
function detail(image: RgbImage, box: PixelBox): number {
  const row = box.x1 - box.x0;
  const l = luminance(image, box);
  let sum = 0;
  let n = 0;
  for (let k = 0; k < l.length; k++) {
    if ((k + 1) % row === 0) continue;
    sum += ((l[k + 1] as number) - (l[k] as number)) ** 2;
    n++;
  }
  return sum / n;
}

const boxOf = (face: FaceBox): PixelBox => ({
  x0: Math.round(face.x),
  y0: Math.round(face.y),
  x1: Math.round(face.x + face.width),
  y1: Math.round(face.y + face.height),
});

/** Per-pixel absolute differences of two images of the same size, kept where `keep(x, y)` says. */
function differences(a: RgbImage, b: RgbImage, keep: (x: number, y: number) => boolean): number[] {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  const out: number[] = [];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (!keep(x, y)) continue;
      const i = 3 * (y * a.width + x);
      out.push(Math.max(...[0, 1, 2].map((c) => Math.abs((a.data[i + c] as number) - (b.data[i + c] as number)))));
    }
  }
  return out;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
const largest = (values: readonly number[]) => values.reduce((m, v) => Math.max(m, v), 0);
const inBox = (box: PixelBox, x: number, y: number) => x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1;
const grown = (box: PixelBox, by: number): PixelBox => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });

/** A refusal with validation_failed, within `ms`. */
async function expectRefusedQuickly(work: () => Promise<unknown>, ms = 1_000): Promise<AppError> {
  const started = performance.now();
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(performance.now() - started).toBeLessThan(ms);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation_failed');
  expect((error as AppError).message).toMatch(/^The photo could not be read: .+\.$|^A region/);
  return error as AppError;
}

/** A PNG chunk with its CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** A PNG whose header claims `width` × `height` RGB pixels, with `rows` rows of image data. */
function png(width: number, height: number, rows: number, pixel: (x: number, y: number) => [number, number, number, number?] = () => [200, 120, 40]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(rows * (1 + 4 * width));
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = pixel(x, y);
      raw.set([r, g, b, a], y * (1 + 4 * width) + 1 + 4 * x);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** A smooth photo without a face: a sky-to-ground gradient with a few soft bands. */
function landscape(width: number, height: number): RgbImage {
  const data = new Uint8Array(3 * width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 3 * (y * width + x);
      const t = y / height;
      data[i] = Math.round(90 + 80 * t + 20 * Math.sin(x / 40));
      data[i + 1] = Math.round(140 + 40 * t);
      data[i + 2] = Math.round(230 - 150 * t);
    }
  }
  return { data, width, height };
}

let original: RgbImage;
let face: FaceBox;

beforeAll(async () => {
  original = await decodePhoto(FACE);
  const faces = await detectFaces(original);
  expect(faces).toHaveLength(1);
  face = faces[0] as FaceBox;
}, 60_000);

describe('blurFaces', () => {
  it('finds the face of the fixture where it is, and blurs it beyond recognition', async () => {
    // Where the photo shows her face (measured by eye on the 512 × 512 photo): around (225, 125).
    expect(face.score).toBeGreaterThan(0.8);
    expect(face.x).toBeGreaterThan(160);
    expect(face.x + face.width).toBeLessThan(290);
    expect(face.y).toBeGreaterThan(50);
    expect(face.y + face.height).toBeLessThan(200);

    const blurred = await blurFaces(FACE);
    expect(blurred).toMatchObject({ width: 512, height: 512, faces: 1 });
    const after = await decodePhoto(blurred.bytes);
    const box = boxOf(face);
    // The face: its variance (contrast) falls by more than 80 %, its detail (neighbour differences) by more than 95 %.
    expect(variance(luminance(after, box))).toBeLessThan(0.2 * variance(luminance(original, box)));
    expect(detail(after, box)).toBeLessThan(0.05 * detail(original, box));
    // Read again, the blurred photo shows no face to the detector.
    expect(await detectFaces(after)).toEqual([]);
    // Away from the face and its margin, the photo is as it was, up to the JPEG's re-encoding.
    const margin = Math.ceil(FACE_MARGIN * Math.max(face.width, face.height));
    const far = differences(original, after, (x, y) => !inBox(grown(box, margin + 16), x, y));
    expect(mean(far)).toBeLessThan(2);
    expect(far.filter((d) => d > 24).length / far.length).toBeLessThan(0.001);
  });

  it('writes a JPEG without any metadata', async () => {
    expectNoMetadata((await blurFaces(FACE)).bytes);
  });

  it('finds no face in a photo without one, and drops its GPS position', async () => {
    expect(hasLocation(GPS_PHOTO)).toBe(true);
    const blurred = await blurFaces(GPS_PHOTO);
    expect(blurred).toMatchObject({ width: 16, height: 16, faces: 0 });
    expectNoMetadata(blurred.bytes);

    const scene = await blurFaces(await encodeJpeg(landscape(1600, 1200)));
    expect(scene).toMatchObject({ width: 1600, height: 1200, faces: 0 });
  });

  it('reads a PNG, laying its transparency on white', async () => {
    const blurred = await blurFaces(png(40, 30, 30, (x) => (x < 20 ? [0, 0, 0, 0] : [0, 0, 255])));
    expect(blurred).toMatchObject({ width: 40, height: 30, faces: 0 });
    expectNoMetadata(blurred.bytes);
    const pixels = await decodePhoto(blurred.bytes);
    const at = (x: number, y: number) => Array.from(pixels.data.subarray(3 * (y * 40 + x), 3 * (y * 40 + x) + 3));
    for (const c of at(5, 15)) expect(c).toBeGreaterThan(245);
    expect(at(35, 15)[2]).toBeGreaterThan(230);
    expect(at(35, 15)[0]).toBeLessThan(25);
  });

  it('finds the face of a 12-megapixel photo on its scaled-down copy and blurs it in the full photo', async () => {
    // The fixture in the middle of a 4000 × 3000 photo, scaled 4 times: the face is where it was, times 4, plus the offset.
    const big = landscape(4000, 3000);
    const scaled = { data: new Uint8Array(3 * 2048 * 2048), width: 2048, height: 2048 };
    for (let y = 0; y < 2048; y++) {
      for (let x = 0; x < 2048; x++) scaled.data.set(original.data.subarray(3 * ((y >> 2) * 512 + (x >> 2)), 3 * ((y >> 2) * 512 + (x >> 2)) + 3), 3 * (y * 2048 + x));
    }
    const [ox, oy] = [976, 476];
    for (let y = 0; y < 2048; y++) big.data.set(scaled.data.subarray(3 * y * 2048, 3 * (y + 1) * 2048), 3 * ((y + oy) * 4000 + ox));
    const jpeg = await encodeJpeg(big);
    // Decoding, detecting (in the detector's thread), blurring and encoding leave the event loop free.
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const blurred = await blurFaces(jpeg);
    clearInterval(ticker);
    expect(longest).toBeLessThan(250);
    expect(blurred).toMatchObject({ width: 4000, height: 3000, faces: 1 });
    const after = await decodePhoto(blurred.bytes);
    const box = { x0: ox + 4 * Math.round(face.x), y0: oy + 4 * Math.round(face.y), x1: ox + 4 * Math.round(face.x + face.width), y1: oy + 4 * Math.round(face.y + face.height) };
    const before = await decodePhoto(await encodeJpeg(big));
    expect(variance(luminance(after, box))).toBeLessThan(0.2 * variance(luminance(before, box)));
  });

  it('finds faces of passers-by, about 1 % of the photo wide, by looking at its quarters too', async () => {
    // Two copies of the fixture 300 pixels wide in a 4000 × 3000 photo: faces of about 50 pixels, 12 in the
    // 1024-pixel copy, which the detector does not find when it looks at the whole copy at 512.
    const frame = landscape(4000, 3000);
    const small = await resampled(original, null, 300, 300);
    const places = [
      [2900, 300],
      [500, 2000],
    ] as const;
    for (const [x, y] of places) paste(frame, small, { x0: x, y0: y, x1: x + 300, y1: y + 300 });
    const jpeg = await encodeJpeg(frame);
    const blurred = await blurFaces(jpeg);
    expect(blurred).toMatchObject({ width: 4000, height: 3000, faces: 2 });
    const [before, after] = [await decodePhoto(jpeg), await decodePhoto(blurred.bytes)];
    // The whole photo seen at 512 pixels, as the detector sees it in its first look: no face there.
    expect(await detectFaces(await downscaled(before, 512))).toEqual([]);
    for (const [x, y] of places) {
      const scale = 300 / 512;
      const box = boxOf({ x: x + scale * face.x, y: y + scale * face.y, width: scale * face.width, height: scale * face.height, score: 1 });
      expect(variance(luminance(after, box))).toBeLessThan(0.2 * variance(luminance(before, box)));
    }
  });

  it('turns the photo upright by its Exif orientation before looking for faces', async () => {
    // The fixture stored lying on its side (rotated a quarter turn anticlockwise) with Orientation 6 (turn
    // it clockwise to view): the face is found and the photo comes out upright, without its Exif block.
    const { default: sharp } = await import('sharp');
    const lying = await sharp(FACE).rotate(270).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const blurred = await blurFaces(lying);
    expect(blurred).toMatchObject({ width: 512, height: 512, faces: 1 });
    expectNoMetadata(blurred.bytes);
    const after = await decodePhoto(blurred.bytes);
    const box = boxOf(face);
    expect(variance(luminance(after, box))).toBeLessThan(0.2 * variance(luminance(original, box)));
  });

  it('takes photos one after the other when they come together, a bad one refused on its own', async () => {
    const results = await Promise.allSettled([blurFaces(FACE), blurFaces(new Uint8Array([1, 2, 3])), blurFaces(GPS_PHOTO)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]?.status === 'fulfilled' && results[0].value.faces).toBe(1);
  });
});

describe('the detector thread', () => {
  it('stops when told to while idle, giving its thread back, and starts again for the next photo', async () => {
    const threads = () => readdirSync('/proc/self/task').length;
    await blurFaces(FACE);
    const running = threads();
    await stopFaceDetector();
    const stopped = threads();
    expect(stopped).toBeLessThan(running);
    expect((await blurFaces(FACE)).faces).toBe(1);
    expect(threads()).toBeGreaterThan(stopped);
  });
});

describe('blurFaces refuses what is not a photo, quickly', () => {
  it('refuses a cut-off JPEG', async () => {
    await expectRefusedQuickly(() => blurFaces(FACE.subarray(0, Math.floor(FACE.length / 2))));
    await expectRefusedQuickly(() => blurFaces(FACE.subarray(0, 200)));
  });

  it('refuses a PNG claiming 100 000 × 100 000 pixels from its header, before decoding any', async () => {
    const bomb = png(100_000, 100_000, 0);
    expect(bomb.length).toBeLessThan(100);
    const error = await expectRefusedQuickly(() => blurFaces(bomb), 500);
    expect(error.message).toContain('100000 × 100000 pixels, more than the 40 million accepted');
  });

  it('refuses a JPEG over 40 megapixels from its header', async () => {
    // The fixture with its frame header saying 10 000 × 5 000.
    const big = Buffer.from(FACE);
    const sof = big.indexOf(Buffer.from([0xff, 0xc0]));
    expect(sof).toBeGreaterThan(0);
    big.writeUInt16BE(5_000, sof + 5);
    big.writeUInt16BE(10_000, sof + 7);
    const error = await expectRefusedQuickly(() => blurFaces(big), 500);
    expect(error.message).toContain('10000 × 5000 pixels');
  });

  it('refuses a PNG or a JPEG made of tens of thousands of empty parts, without handing it to the decoder', async () => {
    const photo = png(4, 4, 4);
    const chunks = Buffer.concat(Array.from({ length: 60_000 }, () => chunk('tEXt', Buffer.from('a\0', 'latin1'))));
    const manyChunks = Buffer.concat([photo.subarray(0, 33), chunks, photo.subarray(33)]);
    expect((await expectRefusedQuickly(() => blurFaces(manyChunks), 500)).message).toContain('more than 50000 chunks');
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x03, 0x61]);
    const manySegments = Buffer.concat([FACE.subarray(0, 2), ...Array.from({ length: 60_000 }, () => comment), FACE.subarray(2)]);
    expect((await expectRefusedQuickly(() => blurFaces(manySegments), 500)).message).toContain('more than 50000 segments');
  });

  it('refuses random bytes, empty bytes, a GIF and random bytes behind a JPEG or PNG start', async () => {
    let seed = 7;
    const random = (n: number) =>
      Uint8Array.from({ length: n }, () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed >> 16;
      });
    await expectRefusedQuickly(() => blurFaces(random(50_000)));
    await expectRefusedQuickly(() => blurFaces(new Uint8Array()));
    await expectRefusedQuickly(() => blurFaces(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')));
    await expectRefusedQuickly(() => blurFaces(Uint8Array.from([0xff, 0xd8, 0xff, ...random(10_000)])));
    await expectRefusedQuickly(() => blurFaces(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...random(10_000)])));
  });
});

describe('blurRegions', () => {
  it('blurs exactly the given rectangle', async () => {
    // A quarter of the width and height from the middle: pixels 256 to 383 across and down, on the 16-pixel
    // grid of the JPEG's blocks, so that the rest of the photo is encoded exactly as without the region.
    const region = { x: 0.5, y: 0.5, width: 0.25, height: 0.25 };
    const rect = { x0: 256, y0: 256, x1: 384, y1: 384 };
    const [blurred, plain] = await Promise.all([blurRegions(FACE, [region]), blurRegions(FACE, [])]);
    expectNoMetadata(blurred);
    const after = await decodePhoto(blurred);
    const reference = await decodePhoto(plain);
    // Outside the rectangle (but for the one-pixel ring that the decoder's chroma upsampling mixes), nothing changed.
    expect(largest(differences(reference, after, (x, y) => !inBox(grown(rect, 1), x, y)))).toBe(0);
    // Inside it, the contrast is gone, up to its edges: each edge row and column changed.
    expect(variance(luminance(after, rect))).toBeLessThan(0.2 * variance(luminance(reference, rect)));
    const edges = [
      { ...rect, y1: rect.y0 + 1 },
      { ...rect, y0: rect.y1 - 1 },
      { ...rect, x1: rect.x0 + 1 },
      { ...rect, x0: rect.x1 - 1 },
    ];
    for (const edge of edges) expect(mean(differences(reference, after, (x, y) => inBox(edge, x, y)))).toBeGreaterThan(8);
  });

  it('cuts a region at the edges of the photo and takes several', async () => {
    // The flag in the top left corner, and the helmet's edge in the bottom right one (a region running past
    // the photo's right and bottom edges, cut there).
    const regions = [
      { x: 0, y: 0, width: 0.1, height: 0.1 },
      { x: 0.8, y: 0.9, width: 1, height: 1 },
    ];
    const blurred = await decodePhoto(await blurRegions(FACE, regions));
    expect([blurred.width, blurred.height]).toEqual([512, 512]);
    const reference = await decodePhoto(await blurRegions(FACE, []));
    for (const box of [
      { x0: 0, y0: 0, x1: 51, y1: 51 },
      { x0: 410, y0: 461, x1: 512, y1: 512 },
    ]) {
      expect(detail(blurred, box)).toBeLessThan(0.2 * detail(reference, box));
    }
  });

  it('refuses regions outside the photo, and bytes that are not a photo', async () => {
    await expectRefusedQuickly(() => blurRegions(FACE, [{ x: 1.5, y: 0, width: 0.1, height: 0.1 }]));
    await expectRefusedQuickly(() => blurRegions(FACE, [{ x: 0, y: 0, width: Number.NaN, height: 0.1 }]));
    await expectRefusedQuickly(() => blurRegions(FACE.subarray(0, 1_000), [{ x: 0, y: 0, width: 0.5, height: 0.5 }]));
  });
});
