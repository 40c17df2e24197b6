import type { Tx } from './tx.ts';

/** What a message an organisation sends says of it: its name, its slug (the sender) and its languages. */
export interface OrgCard {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly languages: string[];
}

/** An organisation's card, read in `db` (a transaction under way, on an embedded database, must be the one to read). */
export async function orgCardOf(db: Tx, id: string): Promise<OrgCard | undefined> {
  return db.selectFrom('organisations').select(['id', 'name', 'slug', 'languages']).where('id', '=', id).executeTakeFirst();
}
