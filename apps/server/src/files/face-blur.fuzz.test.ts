// Photos whose faces are blurred (the photo of a citizen's report, any bytes a client sends): blurFaces and
// blurRegions answer a fresh JPEG without metadata or refuse with validation_failed — never another
// exception — within bounded time and memory, whatever the bytes and the regions.
// Corpus: fuzz/corpus/photo-metadata/ (its photo seeds and hostile files), and the face fixture scaled down.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlurRegion } from '@pactesur/contracts';
import { bounded, corpus, fuzz, mutatedBytes } from '../../../../fuzz/harness.mjs';
import { AppError } from '../errors/app-error.ts';
import { blurFaces, blurRegions } from './face-blur.ts';
import { MAX_PHOTO_PIXELS, decodePhoto, downscaled, encodeJpeg } from './photo-codec.ts';
import { hasLocation, photoTypeOf, removeLocation } from './photo-metadata.ts';

const PARSER = 'face-blur';
const entries = corpus('photo-metadata');
const photoSeeds = entries.filter((e) => e.name.startsWith('seed-')).map((e) => e.bytes);
const FACE = readFileSync(new URL('../../test/fixtures/face/astronaut.jpg', import.meta.url));
/** The face fixture at 96 × 96: small enough to mutate quickly, large enough to hold a face. */
let faceSeed: Uint8Array;

/** A JPEG written anew: nothing a location or metadata block could hide in, nothing after its end. */
function expectClean(jpeg: Uint8Array): void {
  expect(photoTypeOf(jpeg)).toBe('image/jpeg');
  const cleaned = removeLocation(jpeg);
  expect(cleaned.ok && cleaned.removed).toBe(0);
  expect(hasLocation(jpeg)).toBe(false);
}

function expectRefusal(error: unknown): void {
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('validation_failed');
}

async function checkFaces(bytes: Uint8Array): Promise<void> {
  let blurred;
  try {
    blurred = await blurFaces(bytes);
  } catch (error) {
    expectRefusal(error);
    return;
  }
  expect(Number.isInteger(blurred.faces) && blurred.faces >= 0).toBe(true);
  expect(blurred.width * blurred.height).toBeLessThanOrEqual(MAX_PHOTO_PIXELS);
  expect(blurred.width * blurred.height).toBeGreaterThan(0);
  expectClean(blurred.bytes);
}

async function checkRegions([bytes, regions]: readonly [Uint8Array, BlurRegion[]]): Promise<void> {
  let blurred;
  try {
    blurred = await blurRegions(bytes, regions);
  } catch (error) {
    expectRefusal(error);
    return;
  }
  expectClean(blurred);
}

const encode = (bytes: Uint8Array) => bytes;
/** A region input as a file: the regions as JSON on the first line, then the photo in base64. */
const encodeRegions = ([bytes, regions]: readonly [Uint8Array, BlurRegion[]]) => `${JSON.stringify(regions)}\n${Buffer.from(bytes).toString('base64')}\n`;

/** Random bytes after a real start, so that they reach the decoders. */
const behindAStart = fc
  .tuple(fc.constantFrom([0xff, 0xd8, 0xff], [0xff, 0xd8, 0xff, 0xe1], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), fc.uint8Array({ maxLength: 2_000 }))
  .map(([start, rest]) => Uint8Array.from([...start, ...rest]));

/** Any numbers, in range or not: NaN, infinities, negative, beyond 1. */
const anyNumber = fc.oneof(fc.double(), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, -0, 1e-300, 0.999_999_999));
const region = fc.record({ x: anyNumber, y: anyNumber, width: anyNumber, height: anyNumber });

beforeAll(async () => {
  faceSeed = await encodeJpeg(await downscaled(await decodePhoto(FACE), 96));
  // The detector loads once, before the inputs are timed.
  expect((await blurFaces(FACE)).faces).toBe(1);
}, 60_000);

describe('blurFaces on hostile photos', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) => bounded(() => checkFaces(bytes)));

  it('answers for mutations of real photos', () =>
    fuzz(PARSER, fc.constantFrom(faceSeed, ...photoSeeds).chain((s) => mutatedBytes(s, { maxRepeat: 5_000 })), checkFaces, { runs: 100, encode, ext: '.bin', budgetMs: 60_000 }));

  it('answers for random bytes behind a JPEG or PNG start', () => fuzz(PARSER, behindAStart, checkFaces, { runs: 100, encode, ext: '.bin', budgetMs: 30_000 }));

  it('answers for arbitrary bytes', () => fuzz(PARSER, fc.uint8Array({ maxLength: 4_000 }), checkFaces, { runs: 100, encode, ext: '.bin', budgetMs: 30_000 }));
});

describe('blurRegions on hostile regions and photos', () => {
  it('answers for any regions of real photos, and of their mutations', () =>
    fuzz(
      PARSER,
      fc.tuple(
        fc.oneof(fc.constantFrom(faceSeed, ...photoSeeds), fc.constantFrom(faceSeed, ...photoSeeds).chain((s) => mutatedBytes(s, { maxRepeat: 5_000 }))),
        fc.array(region, { maxLength: 25 }),
      ),
      checkRegions,
      { runs: 100, encode: encodeRegions, ext: '.txt', budgetMs: 60_000 },
    ));
});
