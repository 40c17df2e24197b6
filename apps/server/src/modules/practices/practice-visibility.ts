import { sql, type RawBuilder } from 'kysely';

/** The network roles whose editors review the practices of their networks' members. */
export const REVIEWING_ROLES = ['lead', 'consortium', 'expert-committee'] as const;

/** Who reads: an organisation (null for the public, without an account), and whether its drafts and reviews are asked for. */
export interface Reader {
  readonly orgId: string | null;
  readonly mine: boolean;
}

/** Whether organisation `org` shares a network with the owner of practice `p` (in one of `roles`, if given). */
const sharesNetwork = (org: string, roles?: readonly string[]): RawBuilder<boolean> =>
  sql<boolean>`exists (
    select 1 from network_members a join network_members b on b.network_id = a.network_id
    where a.org_id = p.owner_org_id and b.org_id = ${org} and b.org_id <> p.owner_org_id
    ${roles ? sql`and b.role in (${sql.join(roles)})` : sql``}
  )`;

/**
 * The one condition of every read of practices (alias `p`), single or in a list, facet counts included:
 * a published practice is read by everyone if public, by the organisations sharing a network with its
 * owner if network, by the named organisations if restricted, and always by its owner. With `mine`, the
 * owner also finds its drafts and practices under review, and the editors of a reviewing organisation of
 * one of its networks those under review.
 */
export function visibleTo(reader: Reader): RawBuilder<boolean> {
  const org = reader.orgId;
  if (org === null) return sql<boolean>`(p.state = 'published' and p.confidentiality = 'public')`;
  const published = sql<boolean>`(p.state = 'published' and (
    p.confidentiality = 'public' or p.owner_org_id = ${org}
    or (p.confidentiality = 'network' and ${sharesNetwork(org)})
    or (p.confidentiality = 'restricted' and ${org}::uuid = any(p.restricted_to))))`;
  if (!reader.mine) return published;
  return sql<boolean>`(${published} or p.owner_org_id = ${org} or (p.state = 'review' and ${sharesNetwork(org, REVIEWING_ROLES)}))`;
}

/** Whether `org` reviews the practice (alias `p`): its editors review and publish it, or unpublish it. */
export const reviews = (org: string): RawBuilder<boolean> => sharesNetwork(org, REVIEWING_ROLES);
