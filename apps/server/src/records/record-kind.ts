import type { JobRecordKind, RecordKind } from '@pactesur/contracts';
import type { Database } from '../db/schema.ts';
import type { Db } from '../db/connect.ts';

/** A table holding one sensitive record kind: every such table has `id` and `owner_org_id`. */
export type RecordTable = {
  [T in keyof Database]: Database[T] extends { id: unknown; owner_org_id: unknown } ? T : never;
}[keyof Database];

/** A record kind whose rows go with a row of another kind (the database cascades the delete). */
export interface ChildKind {
  readonly kind: RecordKind;
  /** The child's column naming its parent. */
  readonly column: string;
}

/**
 * What the platform needs to know of a sensitive record kind: where its rows are (to find a record's owner
 * for {@link AccessService}) and which records go with one of them (to revoke their shares together).
 */
export interface RecordDefinition {
  readonly kind: RecordKind;
  readonly table: RecordTable;
  /** The column naming a record in lists (home page, shares received); none for jobs. */
  readonly nameColumn?: string;
  readonly children?: readonly ChildKind[];
  /**
   * The kind whose rows this one's go with, and the column naming it: how a module's record joins the
   * children of a core kind (an assessment goes with its site) without the core listing it.
   */
  readonly belongsTo?: { readonly kind: RecordKind; readonly column: string };
}

/**
 * A record computed by a background job (an import, an analysis, a simulation, a plan). The job system
 * settles a succeeded job's result into the record in the transaction that marks the job done, so a read
 * never writes.
 */
export interface JobRecordDefinition extends RecordDefinition {
  readonly kind: JobRecordKind & RecordKind;
  readonly table: 'extracts' | 'threat_analyses' | 'crowd_simulations' | 'protection_plans';
  /** The job kind that computes it. */
  readonly jobKind: string;
  /** The column naming the record in lists of jobs. */
  readonly nameColumn: 'name' | 'filename';
  /** The column that stays null until the result settled. */
  readonly settledColumn: 'result' | 'summary';
  /**
   * Writes a succeeded job's result into the record `recordId` and returns what the job row keeps (a short
   * summary, so job lists stay small). Throws {@link ResultMismatch} when the result is not one this kind
   * computes.
   */
  settle(db: Db, recordId: string, result: unknown): Promise<unknown>;
}

/** A job's result that does not fit its record: the job fails with this message instead of succeeding. */
export class ResultMismatch extends Error {
  override readonly name = 'ResultMismatch';
}
