// Barrier catalogues and ratings from outside (`pactesur protect plan --catalogue`, the API's own
// catalogues): `parseCatalogue` and `parseRating` answer their value or their error, never an exception,
// within bounded time and memory. Corpus: fuzz/corpus/catalogue/ and fuzz/corpus/rating/ (a rating a line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded, corpus, fuzz, hostileJson, hostileNumberText, hostileText, jsonBytes, mutatedJson, mutatedText } from '../../../fuzz/harness.mjs';
import { parseCatalogue } from './parse-catalogue.ts';
import { parseRating } from './parse-rating.ts';

const catalogues = corpus('catalogue');
const seed = JSON.parse(new TextDecoder().decode(catalogues.find((e) => e.name === 'seed-default.json')?.bytes)) as unknown;
const ratings = corpus('rating').flatMap((e) => new TextDecoder().decode(e.bytes).split('\n')).filter((l) => l !== '');

function checkCatalogue(input: unknown): void {
  const r = parseCatalogue(input);
  if (r.ok) expect(r.value.length).toBeGreaterThan(0);
  else {
    expect(['catalogue-invalid', 'product-invalid', 'product-duplicate']).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
  }
}

function checkRating(text: unknown): void {
  const r = parseRating(text);
  if (r.ok) expect(typeof r.value.standard).toBe('string');
  else expect(r.error.code).toMatch(/^rating-/);
}

const values = fc.oneof(hostileJson, fc.constantFrom('V/7200[N3C]/48/90:0.0', 'M50/P1', 'bollard-fixed', 'permeable', 'continuous', 'A', -1, 1e308, 0));
const ratingText = fc.oneof(hostileText, hostileNumberText, fc.constantFrom(...ratings));

describe('parseCatalogue and parseRating on hostile input', () => {
  it.each(catalogues.map((e) => [e.name, e.bytes] as const))('replays the catalogue corpus entry %s', (_name, bytes) =>
    bounded(() => checkCatalogue(new TextDecoder().decode(bytes))));

  it.each(ratings)('replays the rating %s', (text) => bounded(() => checkRating(text)));

  it('accepts the seed catalogue', () => expect(parseCatalogue(seed).ok).toBe(true));

  it('answers products or an error for mutations of a valid catalogue, parsed or as text', () =>
    fuzz('catalogue', fc.tuple(mutatedJson(seed, { values, maxRepeat: 3_000 }), fc.boolean()), ([input, asText]) => checkCatalogue(asText ? JSON.stringify(input) : input), {
      runs: 200,
      encode: ([input]) => jsonBytes(input),
      ext: '.json',
    }));

  it('answers an error for arbitrary text and JSON', () =>
    fuzz('catalogue', fc.oneof(fc.string({ maxLength: 2000 }), hostileJson, mutatedText(JSON.stringify(seed)).map((b) => new TextDecoder().decode(b))), checkCatalogue, {
      runs: 200,
      encode: (input) => (typeof input === 'string' ? input : jsonBytes(input)),
      ext: '.json',
    }));

  it('answers a rating or its error for mutated and arbitrary ratings', () =>
    fuzz(
      'rating',
      fc.oneof(
        fc.constantFrom(...ratings).chain((r) => mutatedText(r, { values: ratingText, fragments: ratingText, maxRepeat: 100 }).map((b) => new TextDecoder().decode(b))),
        ratingText,
        hostileJson,
      ),
      checkRating,
      { runs: 400, encode: (t) => (typeof t === 'string' ? t : jsonBytes(t)), ext: '.txt' },
    ));
});
