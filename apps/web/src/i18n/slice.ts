/**
 * A dictionary slice of a language other than English: exactly the keys of its English slice, each a
 * string. A key missing from, or extra in, any language's slice fails the build.
 *
 * @example export const threatFr: Slice<typeof threatEn> = { 'threat.new': 'Nouvelle analyse', … };
 */
export type Slice<T> = Readonly<Record<keyof T, string>>;
