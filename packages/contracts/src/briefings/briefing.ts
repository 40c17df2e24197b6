import { z } from 'zod';
import { Id, Timestamp } from '../common.ts';
import { Access } from '../sharing.ts';

/**
 * A confidential briefing: free text an organisation writes about a place or an operation (e.g. the
 * security arrangements of an event) and shares on purpose with named partner agencies. The first
 * sensitive record kind; it exercises ownership, sharing and audit end to end.
 */
export const Briefing = z.object({
  id: Id,
  ownerOrgId: Id,
  ownerOrgName: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  access: Access,
});
export type Briefing = z.infer<typeof Briefing>;

export const CreateBriefing = z.strictObject({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(100_000).default(''),
});
export type CreateBriefing = z.infer<typeof CreateBriefing>;
export type CreateBriefingInput = z.input<typeof CreateBriefing>;

export const UpdateBriefing = CreateBriefing.partial().strict();
export type UpdateBriefing = z.infer<typeof UpdateBriefing>;
