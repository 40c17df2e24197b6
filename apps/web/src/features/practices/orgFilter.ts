/** A name folded for matching: lower case, without accents. */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether an organisation's name matches what the reader typed, ignoring case and accents.
 *
 * @example orgMatches('Ville de Liège', 'liege') // true
 */
export function orgMatches(name: string, typed: string): boolean {
  return folded(name).includes(folded(typed.trim()));
}
