import { ROLE_RANK, type EventCondition, type EventRecord, type Role } from '@pactesur/contracts';

/**
 * What the person looking at a plan may do in its sign-off (EVENTS.md), as the server decides: the owner
 * organisation submits its draft to the agencies, goes live once approved and ends the event; an agency
 * asked to sign decides while its review is pending; a condition is closed by the owner or the agency that
 * set it. Every step needs an editor. The page offers only what the server would allow.
 */
export interface SignOffOffer {
  readonly submit: boolean;
  readonly review: boolean;
  readonly goLive: boolean;
  readonly end: boolean;
  readonly close: (condition: Pick<EventCondition, 'orgId'>) => boolean;
}

export interface SignOffReader {
  readonly role: Role;
  readonly orgId: string;
}

/** What `reader` (null: no organisation chosen) may do in the sign-off of `event`. */
export function signOffOffer(
  event: Pick<EventRecord, 'status' | 'access' | 'ownerOrgId' | 'reviews'>,
  reader: SignOffReader | null,
): SignOffOffer {
  const editor = reader !== null && ROLE_RANK[reader.role] >= ROLE_RANK.editor;
  const owner = editor && event.access === 'owner';
  const underReview = event.status === 'submitted' || event.status === 'under-review';
  const asked = event.reviews.find((r) => r.orgId === reader?.orgId);
  return {
    submit: owner && event.status === 'draft',
    review: editor && underReview && asked?.decision === 'pending',
    goLive: owner && event.status === 'approved',
    end: owner && event.status === 'live',
    close: (condition) => editor && (event.access === 'owner' || condition.orgId === reader?.orgId),
  };
}
