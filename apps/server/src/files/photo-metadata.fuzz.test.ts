// Uploaded photos (the body of a photo upload, any bytes a client sends): removeLocation answers the photo
// without its location or photo_unreadable, never an exception, within bounded time and memory; what it
// answers is never longer than what came in, places nothing, and is left as it is by a second pass.
// Corpus: fuzz/corpus/photo-metadata/ (seeds built byte by byte and written by Pillow, and hostile files).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, mutatedBytes } from '../../../../fuzz/harness.mjs';
import { hasLocation, photoTypeOf, removeLocation } from './photo-metadata.ts';

const PARSER = 'photo-metadata';
const entries = corpus(PARSER);
const seeds = entries.filter((e) => e.name.startsWith('seed-')).map((e) => e.bytes);

function check(bytes: Uint8Array): void {
  const r = removeLocation(bytes);
  hasLocation(bytes);
  if (!r.ok) {
    expect(r.code).toBe('photo_unreadable');
    expect(r.reason).toMatch(/^[a-z].*[^.]$/);
    return;
  }
  expect(r.bytes.length).toBeLessThanOrEqual(bytes.length);
  expect(r.type).toBe(photoTypeOf(bytes));
  expect(photoTypeOf(r.bytes)).toBe(r.type);
  expect(hasLocation(r.bytes)).toBe(false);
  const again = removeLocation(r.bytes);
  expect(again.ok && again.removed).toBe(0);
  if (again.ok) expect(Buffer.from(again.bytes).equals(r.bytes)).toBe(true);
}

const encode = (bytes: Uint8Array) => bytes;

/** Random bytes after a real start, so that they reach the walk of segments or chunks. */
const behindAStart = fc
  .tuple(fc.constantFrom([0xff, 0xd8], [0xff, 0xd8, 0xff, 0xe1], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), fc.uint8Array({ maxLength: 2_000 }))
  .map(([start, rest]) => Uint8Array.from([...start, ...rest]));

describe('removeLocation on hostile photos', () => {
  it('has seeds that place the photo', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    for (const seed of seeds) expect(hasLocation(seed)).toBe(true);
  });

  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) => bounded(() => check(bytes)));

  it('answers for mutations of real photos', () =>
    fuzz(PARSER, fc.constantFrom(...seeds).chain((s) => mutatedBytes(s, { maxRepeat: 20_000 })), check, { runs: 400, encode, ext: '.bin' }));

  it('answers for random bytes behind a JPEG or PNG start', () => fuzz(PARSER, behindAStart, check, { runs: 300, encode, ext: '.bin' }));

  it('answers for arbitrary bytes', () => fuzz(PARSER, fc.uint8Array({ maxLength: 4_000 }), check, { runs: 200, encode, ext: '.bin' }));
});
