// An organisation's own barrier catalogue as the API takes it (`CreateProtectionPlan.catalogue`, then
// `checkCatalogue`): refused with `catalogue_invalid` or accepted, never another exception, within bounded
// time and memory. Corpus: fuzz/corpus/catalogue/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreateProtectionPlan } from '@pactesur/contracts';
import { bounded, corpus, fuzz, hostileJson, jsonBytes, mutatedJson } from '../../../../fuzz/harness.mjs';
import { AppError } from '../errors/app-error.ts';
import { checkCatalogue, lockableIds } from './catalogue-input.ts';

const entries = corpus('catalogue');
const seed = (JSON.parse(new TextDecoder().decode(entries.find((e) => e.name === 'seed-default.json')?.bytes)) as { products: unknown[] }).products;

function check(catalogue: unknown): void {
  const parsed = CreateProtectionPlan.safeParse({ catalogue });
  if (!parsed.success) return; // the route answers validation_failed
  try {
    const products = checkCatalogue(parsed.data.catalogue);
    expect(products.length).toBeGreaterThan(0);
    expect(lockableIds(products)).toBeInstanceOf(Set);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('catalogue_invalid');
  }
}

describe('checkCatalogue on hostile catalogues that pass the contract', () => {
  it.each(entries.map((e) => [e.name, e.bytes] as const))('replays the corpus entry %s', (_name, bytes) =>
    bounded(() => {
      const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      check(value);
      if (value !== null && typeof value === 'object' && 'products' in value) check(value.products);
    }));

  it('accepts or refuses with catalogue_invalid, for mutations of a valid catalogue and arbitrary JSON', () =>
    fuzz('catalogue', fc.oneof(mutatedJson(seed, { maxRepeat: 300 }), hostileJson), check, { runs: 300, encode: jsonBytes, ext: '.json' }));
});
