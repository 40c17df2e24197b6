import type { EventRecord, EventReview } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { signOffOffer } from './SignOffOffer.ts';

const NICE = '10000000-0000-4000-8000-000000000001';
const POLICE = '10000000-0000-4000-8000-000000000002';
const FIRE = '10000000-0000-4000-8000-000000000003';

const review = (orgId: string, decision: EventReview['decision']): EventReview => ({
  orgId,
  orgName: orgId === POLICE ? 'Police municipale' : 'SDIS 06',
  decision,
  comment: '',
  decidedByName: null,
  decidedAt: null,
});

type Plan = Pick<EventRecord, 'status' | 'access' | 'ownerOrgId' | 'reviews'>;
const plan = (fields: Partial<Plan>): Plan => ({
  status: 'draft',
  access: 'owner',
  ownerOrgId: NICE,
  reviews: [],
  ...fields,
});
const nice = { role: 'editor' as const, orgId: NICE };
const police = { role: 'admin' as const, orgId: POLICE };

describe('signOffOffer', () => {
  it('lets the owner’s editors submit a draft, go live once approved and end the live event', () => {
    expect(signOffOffer(plan({}), nice)).toMatchObject({
      submit: true,
      review: false,
      goLive: false,
      end: false,
    });
    expect(signOffOffer(plan({ status: 'approved' }), nice)).toMatchObject({
      submit: false,
      goLive: true,
      end: false,
    });
    expect(signOffOffer(plan({ status: 'live' }), nice)).toMatchObject({ goLive: false, end: true });
    expect(signOffOffer(plan({ status: 'debriefed' }), nice)).toMatchObject({
      submit: false,
      goLive: false,
      end: false,
    });
  });

  it('offers nothing to a viewer or analyst of the owner, nor to a reader with no organisation', () => {
    for (const reader of [
      { role: 'viewer' as const, orgId: NICE },
      { role: 'analyst' as const, orgId: NICE },
      null,
    ]) {
      const offer = signOffOffer(plan({ status: 'approved' }), reader);
      expect([offer.submit, offer.goLive, offer.close({ orgId: NICE })]).toEqual([false, false, false]);
    }
  });

  it('lets an agency decide while its own review is pending and the plan is under review', () => {
    const reviews = [review(POLICE, 'pending'), review(FIRE, 'approved')];
    const shared = { access: 'read' as const, reviews };
    expect(signOffOffer(plan({ ...shared, status: 'submitted' }), police).review).toBe(true);
    expect(signOffOffer(plan({ ...shared, status: 'under-review' }), police).review).toBe(true);
    expect(
      signOffOffer(plan({ ...shared, status: 'under-review' }), { role: 'editor', orgId: FIRE }).review,
    ).toBe(false);
    expect(signOffOffer(plan({ ...shared, status: 'draft' }), police).review).toBe(false);
    expect(
      signOffOffer(plan({ ...shared, status: 'submitted' }), { role: 'viewer', orgId: POLICE }).review,
    ).toBe(false);
    // An agency is never the owner: no submitting nor going live.
    expect(signOffOffer(plan({ ...shared, status: 'approved' }), police)).toMatchObject({
      submit: false,
      goLive: false,
    });
  });

  it('lets the owner and the agency that set a condition close it, no other agency', () => {
    const shared = plan({ access: 'read', status: 'approved' });
    expect(signOffOffer(shared, police).close({ orgId: POLICE })).toBe(true);
    expect(signOffOffer(shared, police).close({ orgId: FIRE })).toBe(false);
    expect(signOffOffer(plan({ status: 'approved' }), nice).close({ orgId: FIRE })).toBe(true);
  });
});
