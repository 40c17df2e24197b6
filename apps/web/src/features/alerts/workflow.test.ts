import { describe, expect, it } from 'vitest';
import { AUTHOR_ID, testAlert } from './testAlert.ts';
import { workflowOffer, type Reader } from './workflow.ts';

const NICE = 'b0000000-0000-4000-8000-000000000001';
const PARTNER = 'b0000000-0000-4000-8000-000000000002';
const author: Reader = { role: 'editor', orgId: NICE, userId: AUTHOR_ID };
const approver: Reader = { role: 'admin', orgId: NICE, userId: '6d1b1b9e-8a8e-4c59-9a44-0c6d36c8a002' };
const viewer: Reader = { role: 'viewer', orgId: NICE, userId: '6d1b1b9e-8a8e-4c59-9a44-0c6d36c8a003' };

const offered = (o: ReturnType<typeof workflowOffer>) =>
  Object.entries(o)
    .filter(([, v]) => v === true || v === 'yes')
    .map(([k]) => k);

describe('what a reader may do with an alert', () => {
  it('lets an editor of the owner work on a draft, submit it and delete it; a viewer only reads', () => {
    const draft = testAlert();
    expect(offered(workflowOffer(draft, author))).toEqual(['edit', 'submit', 'delete']);
    expect(offered(workflowOffer(draft, viewer))).toEqual([]);
  });

  it('keeps four eyes: the author of a pending alert is told why, another editor approves or rejects', () => {
    const pending = testAlert({ state: 'pending' });
    const mine = workflowOffer(pending, author);
    expect(mine.approve).toBe('author');
    expect(offered(mine)).toEqual(['delete']);
    expect(offered(workflowOffer(pending, approver))).toEqual(['approve', 'reject', 'delete']);
    expect(workflowOffer(pending, viewer).approve).toBe('no');
  });

  it('offers Update and Cancel of a published alert to the owner’s editors, nothing after a Cancel', () => {
    const published = testAlert({ state: 'published' });
    expect(offered(workflowOffer(published, author))).toEqual(['update', 'cancel']);
    expect(offered(workflowOffer(testAlert({ state: 'published', msgType: 'Cancel' }), author))).toEqual([]);
    expect(offered(workflowOffer(testAlert({ state: 'superseded' }), author))).toEqual([]);
    expect(offered(workflowOffer({ ...published, access: 'edit' }, author))).toEqual([]);
  });

  it('lets a recipient organisation of a Restricted alert acknowledge it once', () => {
    const base = testAlert({ state: 'published', scope: 'Restricted', access: 'read' });
    const restricted = { ...base, content: { ...base.content, scope: 'Restricted' as const, recipientOrgIds: [PARTNER] } };
    const partner: Reader = { role: 'editor', orgId: PARTNER, userId: '6d1b1b9e-8a8e-4c59-9a44-0c6d36c8a004' };
    expect(offered(workflowOffer(restricted, partner))).toEqual(['acknowledge']);
    const acked = { ...restricted, acks: [{ orgId: PARTNER, orgName: 'SDIS 06', byName: 'x', at: '2026-07-14T20:05:00Z', identifier: 'ack' }] };
    expect(workflowOffer(acked, partner).acknowledge).toBe(false);
    expect(workflowOffer({ ...restricted, scope: 'Public' }, partner).acknowledge).toBe(false);
    expect(workflowOffer(restricted, { ...partner, orgId: 'b0000000-0000-4000-8000-000000000003' }).acknowledge).toBe(false);
  });
});
