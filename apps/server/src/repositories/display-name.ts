import type { Db } from '../db/connect.ts';

/** How a user is named to others (comments, history, export watermarks): their display name, else their e-mail. */
export async function displayNameOf(db: Db, userId: string): Promise<string> {
  const r = await db.selectFrom('users').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirst();
  return r ? r.display_name || r.email : '';
}
