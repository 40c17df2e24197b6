import { ApiError } from '@pactesur/api-client';

/** What the server found wrong in an MSEL: the row (of the CSV file, 1 being its header), the column, why. */
export interface MselFindingShown {
  readonly row: number;
  /** The column's English header name; '' for the row or the file as a whole. */
  readonly column: string;
  readonly message: string;
}

const PATH = /^msel\.(\d+)(?:\.(.+))?$/;

/**
 * The findings of an MSEL the server refused (`validation_failed`, each detail at `msel.<row>.<column>`),
 * in the order given; an empty list for any other error.
 */
export function mselFindings(error: unknown): MselFindingShown[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details)) return [];
  const out: MselFindingShown[] = [];
  for (const detail of error.details as unknown[]) {
    if (typeof detail !== 'object' || detail === null) continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const m = PATH.exec(path);
    if (m) out.push({ row: Number(m[1]), column: m[2] ?? '', message });
  }
  return out;
}
