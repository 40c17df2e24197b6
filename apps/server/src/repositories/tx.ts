import type { Db } from '../db/connect.ts';

/**
 * A transaction (or the database itself) as services pass it through: a use case may ask a repository to
 * write within the transaction another repository opened, without touching the database itself.
 */
export type Tx = Db;
