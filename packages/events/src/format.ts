const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number as the formulas write it: thousands grouped, at most 2 decimals (`9,402`, `2.4`). */
export function num(x: number): string {
  return NUMBER.format(x);
}

/** At most this many terms of a sum are written out; the rest are counted. */
export const MAX_TERMS = 8;

/** `a + b + c`, or `a + b + … + h + 4 more` past {@link MAX_TERMS} terms. */
export function sumOfTerms(terms: readonly string[]): string {
  if (terms.length <= MAX_TERMS) return terms.join(' + ');
  return `${terms.slice(0, MAX_TERMS).join(' + ')} + ${terms.length - MAX_TERMS} more`;
}

/** A feature as a sentence names it: its name, else its id. */
export function featureLabel(feature: { id: string; name: string }): string {
  return feature.name.trim() === '' ? feature.id : feature.name;
}
