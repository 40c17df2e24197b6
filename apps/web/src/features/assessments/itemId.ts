const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new id for an item of an assessment (a team member, a measure): 16 characters of the letters and
 * digits `ItemId` accepts. `crypto.getRandomValues` works on plain http too, where `randomUUID` does not.
 *
 * @example newItemId() // 'k3v9q0x2m1c8b7zd'
 */
export function newItemId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(16));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}
