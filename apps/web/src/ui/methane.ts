import type { Methane } from '@pactesur/contracts';

/**
 * The JESIP M/ETHANE report as forms fill it in: its written fields, in the order it is given (after
 * "Major incident declared?"), an empty report, and the report as posted.
 */
export const METHANE_FIELDS = [
  'exactLocation',
  'type',
  'hazards',
  'access',
  'casualties',
  'services',
] as const satisfies readonly (keyof Methane)[];

export const EMPTY_METHANE: Methane = {
  major: false,
  exactLocation: '',
  type: '',
  hazards: '',
  access: '',
  casualties: '',
  services: '',
};

/** The report as posted: null when nothing of it is filled in, else every field trimmed. */
export function methaneOrNull(m: Methane): Methane | null {
  const trimmed: Methane = { ...m };
  for (const f of METHANE_FIELDS) trimmed[f] = m[f].trim();
  return trimmed.major || METHANE_FIELDS.some((f) => trimmed[f] !== '') ? trimmed : null;
}
