import { z } from 'zod';
import { Id } from './common.ts';
import { Organisation } from './organisation.ts';
import { Slug } from './organisation.ts';

/** How an organisation belongs to a network (PACTESUR 2: a lead, consortium partners, associated cities). */
export const NetworkRole = z.enum(['lead', 'consortium', 'associated', 'expert-committee', 'observer']);
export type NetworkRole = z.infer<typeof NetworkRole>;

export const NetworkSummary = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  memberCount: z.number().int(),
});
export type NetworkSummary = z.infer<typeof NetworkSummary>;

export const NetworkMember = z.object({ org: Organisation, role: NetworkRole });
export type NetworkMember = z.infer<typeof NetworkMember>;

export const Network = NetworkSummary.extend({
  description: z.string(),
  members: z.array(NetworkMember),
});
export type Network = z.infer<typeof Network>;

const YearMonth = z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM');

export const CreateNetwork = z.strictObject({
  slug: Slug,
  name: z.string().trim().min(2).max(200),
  description: z.string().max(5000).default(''),
  periodStart: YearMonth.nullable().default(null),
  periodEnd: YearMonth.nullable().default(null),
});
export type CreateNetwork = z.infer<typeof CreateNetwork>;
export type CreateNetworkInput = z.input<typeof CreateNetwork>;

export const AddNetworkMember = z.strictObject({ orgId: Id, role: NetworkRole });
export type AddNetworkMember = z.infer<typeof AddNetworkMember>;
