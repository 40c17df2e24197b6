/** What the server's thread asks the embedded database's thread (`pglite-thread.ts`), and what it answers. */
export type ToPglite =
  | { readonly type: 'query'; readonly id: number; readonly sql: string; readonly params: readonly unknown[] | null }
  | { readonly type: 'close'; readonly id: number };

/** A database error's fields the code reads (`code`, `constraint`, …), carried across threads. */
export interface PgliteErrorFields {
  readonly message: string;
  readonly code?: string;
  readonly detail?: string;
  readonly constraint?: string;
  readonly table?: string;
  readonly column?: string;
  readonly severity?: string;
}

export type FromPglite =
  | { readonly type: 'ready' }
  | { readonly type: 'failed-to-open'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly rows: unknown[]; readonly affectedRows: number | null }
  | { readonly type: 'error'; readonly id: number; readonly error: PgliteErrorFields };

/** What the thread is started with. */
export interface PgliteThreadData {
  /** The database directory, or null for a database in memory. */
  readonly dataDir: string | null;
  readonly startParams: readonly string[];
}
