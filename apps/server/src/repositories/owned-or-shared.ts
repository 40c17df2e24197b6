import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * The condition every list of a sensitive record kind applies: rows of table `alias` that the organisation
 * owns, or whose ids are among those shared with it.
 */
export function ownedOrShared(alias: string, orgId: string, sharedIds: readonly string[]): Expression<SqlBool> {
  const owned = sql<SqlBool>`${sql.ref(`${alias}.owner_org_id`)} = ${orgId}`;
  if (sharedIds.length === 0) return owned;
  return sql<SqlBool>`(${owned} or ${sql.ref(`${alias}.id`)} in (${sql.join([...sharedIds])}))`;
}
