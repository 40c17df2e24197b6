import { en } from '../i18n/en.ts';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * The dictionary key of the sentence that explains an API error code (`errors.code.<code>`), or null for a
 * code the dictionaries do not know (then a general sentence is shown).
 *
 * @example errorKey('invalid_credentials') // 'errors.code.invalid_credentials'
 */
export function errorKey(code: string): MessageKey | null {
  const key = `errors.code.${code}`;
  return Object.hasOwn(en, key) ? (key as MessageKey) : null;
}

/**
 * Codes whose answer names what exactly is wrong (a field, a product, an exit): the server's own words are
 * shown under the sentence, as the detail.
 */
const SPECIFIC = new Set([
  'validation_failed',
  'catalogue_invalid',
  'scenario_invalid',
  'exit_unusable',
  'zone_invalid',
  'class_invalid',
]);

/** Whether the server's message of an error with this code says more than its sentence. */
export const hasSpecificMessage = (code: string): boolean => SPECIFIC.has(code);

/** The field problems of a `validation_failed` answer (`details`), as `path: message` lines. */
export function detailLines(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { path, message } = d as { path?: unknown; message?: unknown };
    if (typeof message !== 'string') return [];
    return [typeof path === 'string' && path !== '' ? `${path}: ${message}` : message];
  });
}
