/** The kinds of element a diagnostic can point at. */
export type ElementType = 'node' | 'way' | 'relation';

/** Stable codes of everything the readers and the assembly report. */
export type DiagnosticCode =
  | 'empty-input'
  | 'unknown-format'
  | 'compressed-input'
  | 'limit-bytes'
  | 'limit-elements'
  | 'xml-malformed'
  | 'xml-truncated'
  | 'xml-not-osm'
  | 'pbf-truncated'
  | 'pbf-corrupt'
  | 'pbf-unsupported'
  | 'bad-element'
  | 'coordinate-out-of-range'
  | 'duplicate-id'
  | 'missing-node-ref'
  | 'missing-member'
  | 'ring-unclosed'
  | 'ring-invalid';

/** One finding about the input: an error makes the file unreadable, a warning does not. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly element?: { readonly type: ElementType; readonly id: number };
}

/** How many diagnostics of one code are kept verbatim; the rest are only counted. */
export const DIAGNOSTICS_KEPT_PER_CODE = 50;

/**
 * Collects diagnostics, keeping the first {@link DIAGNOSTICS_KEPT_PER_CODE} of each code and counting all.
 *
 * @example
 * const d = new Diagnostics();
 * d.add({ severity: 'warning', code: 'duplicate-id', message: 'node 7 appears twice', element: { type: 'node', id: 7 } });
 * d.count('duplicate-id'); // 1
 */
export class Diagnostics {
  readonly #list: Diagnostic[] = [];
  readonly #counts = new Map<DiagnosticCode, number>();
  #errors = 0;

  add(d: Diagnostic): void {
    const n = (this.#counts.get(d.code) ?? 0) + 1;
    this.#counts.set(d.code, n);
    if (d.severity === 'error') this.#errors++;
    if (n <= DIAGNOSTICS_KEPT_PER_CODE) this.#list.push(d);
  }

  count(code: DiagnosticCode): number {
    return this.#counts.get(code) ?? 0;
  }

  get errorCount(): number {
    return this.#errors;
  }

  /** The kept diagnostics, in the order they were found. */
  list(): readonly Diagnostic[] {
    return this.#list;
  }

  /** Count of every code seen, including those not kept. */
  counts(): Readonly<Partial<Record<DiagnosticCode, number>>> {
    return Object.fromEntries(this.#counts);
  }
}
