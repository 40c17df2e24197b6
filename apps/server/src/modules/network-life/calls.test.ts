import type { SaveCallInput } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startNetworkClients, type NetworkClients } from '../../../test/network-clients.ts';

let t: NetworkClients;

beforeAll(async () => {
  t = await startNetworkClients();
  // München joins PACTESUR 2's expert committee: it scores the applications with the lead and consortium.
  const munichId = (await t.munich.me()).memberships[0]!.orgId;
  await t.nice.addNetworkMember('pactesur-2', { orgId: munichId, role: 'expert-committee' });
}, 240_000);
afterAll(() => t?.platform.close());

const CALL: SaveCallInput = {
  title: 'Call for expressions of interest: associated cities',
  description: 'Cities that host mass events in public spaces and will share their practices with the network.',
  criteria: [
    { id: 'events', label: 'Mass events held in public spaces', guidance: 'Which, how many people, how often.', weight: 2 },
    { id: 'commitment', label: 'Commitment to the exchanges and academies' },
  ],
  deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  places: 1,
};
const ANSWER = {
  answers: { events: 'New Year’s Eve on the Thames: 100 000 people.', commitment: 'Two officers at each academy.' },
  motivation: 'Hostile vehicle mitigation on temporary event sites.',
  contact: 'Public-space security team, City of London',
};

describe("a network's call for expressions of interest", () => {
  let id = '';

  it('is written as a draft by the lead, then read by everyone once published', async () => {
    const draft = await t.nice.createCall('pactesur-2', CALL);
    id = draft.id;
    expect(draft).toMatchObject({ stage: 'draft', published: false, joinAs: 'associated', canManage: true, canReview: true, canApply: false, applicationCount: 0 });
    expect((await t.london.listCalls('pactesur-2')).map((c) => c.id)).not.toContain(id);
    expect(await apiError(t.publicReader.getCall('pactesur-2', id))).toMatchObject({ status: 404 });
    expect(await apiError(t.london.createCall('pactesur-2', CALL))).toMatchObject({ status: 403 });
    expect(await apiError(t.nice.createCall('pactesur-2', { ...CALL, criteria: [CALL.criteria[0]!, CALL.criteria[0]!] }))).toMatchObject({ status: 400 });

    await t.nice.updateCall('pactesur-2', id, { ...CALL, published: true });
    const seen = await t.publicReader.getCall('pactesur-2', id);
    expect(seen).toMatchObject({ title: CALL.title, stage: 'open', canApply: false, applicationCount: null, applications: [] });
    expect((await t.london.getCall('pactesur-2', id)).canApply).toBe(true);
  });

  it('takes one application per organisation, each criterion answered, and not from those who run it', async () => {
    expect(await apiError(t.london.applyToCall('pactesur-2', id, { ...ANSWER, answers: { events: 'Many.' } }))).toMatchObject({ status: 400 });
    expect(await apiError(t.london.applyToCall('pactesur-2', id, { ...ANSWER, answers: { ...ANSWER.answers, budget: 'Large' } }))).toMatchObject({ status: 400 });
    expect(await apiError(t.nice.applyToCall('pactesur-2', id, ANSWER))).toMatchObject({ status: 403 });
    const mine = (await t.london.applyToCall('pactesur-2', id, ANSWER)).mine;
    expect(mine).toMatchObject({ motivation: ANSWER.motivation, outcome: 'pending', reviews: [], score: null });
    await t.sdis.applyToCall('pactesur-2', id, { ...ANSWER, contact: 'SDIS 06' });
    expect((await t.sdis.withdrawFromCall('pactesur-2', id)).mine).toBeNull();
    await t.sdis.applyToCall('pactesur-2', id, { ...ANSWER, contact: 'SDIS 06, planning' });
    // Each applicant reads its own application, never another's.
    const asLondon = await t.london.getCall('pactesur-2', id);
    expect(asLondon).toMatchObject({ applications: [], applicationCount: null, mine: { contact: ANSWER.contact } });
  });

  it('is scored by the reviewers on every criterion, the applications ranked by their weighted mean', async () => {
    const { applications } = await t.nice.getCall('pactesur-2', id);
    const ofLondon = applications.find((a) => a.contact === ANSWER.contact)!;
    const ofSdis = applications.find((a) => a.contact.startsWith('SDIS'))!;
    expect(await apiError(t.nice.reviewApplication('pactesur-2', id, ofLondon.id, { scores: { events: 5 } }))).toMatchObject({ status: 400 });
    expect(await apiError(t.london.reviewApplication('pactesur-2', id, ofSdis.id, { scores: { events: 1, commitment: 1 } }))).toMatchObject({ status: 403 });
    await t.nice.reviewApplication('pactesur-2', id, ofLondon.id, { scores: { events: 5, commitment: 2 }, comment: 'Strong event experience.' });
    await t.nice.reviewApplication('pactesur-2', id, ofSdis.id, { scores: { events: 1, commitment: 4 } });
    const asExpert = await t.munich.reviewApplication('pactesur-2', id, ofLondon.id, { scores: { events: 3, commitment: 3 } });
    expect(asExpert).toMatchObject({ canReview: true, canManage: false, applicationCount: 2 });
    // London: (5×2 + 2)/3 = 4 and (3×2 + 3)/3 = 3, a mean of 3.5; SDIS 06: (1×2 + 4)/3 = 2.
    expect(asExpert.applications.map((a) => [a.contact, a.score, a.reviews.length])).toEqual([
      [ANSWER.contact, 3.5, 2],
      ['SDIS 06, planning', 2, 1],
    ]);
    expect((await t.london.getCall('pactesur-2', id)).mine).toMatchObject({ reviews: [], score: null });
  });

  it('selects once closed: the organisations selected join the network, the others read that they were not', async () => {
    const { applications } = await t.nice.getCall('pactesur-2', id);
    const ofLondon = applications.find((a) => a.contact === ANSWER.contact)!;
    expect(await apiError(t.nice.decideCall('pactesur-2', id, { selected: [ofLondon.id] }))).toMatchObject({ status: 409, code: 'call_stage' });
    expect(await apiError(t.munich.closeCall('pactesur-2', id))).toMatchObject({ status: 403 });
    expect((await t.nice.closeCall('pactesur-2', id)).stage).toBe('closed');
    expect(await apiError(t.london.applyToCall('pactesur-2', id, ANSWER))).toMatchObject({ status: 409, code: 'call_stage' });
    expect(await apiError(t.sdis.withdrawFromCall('pactesur-2', id))).toMatchObject({ status: 409, code: 'call_stage' });
    expect(await apiError(t.munich.decideCall('pactesur-2', id, { selected: [ofLondon.id] }))).toMatchObject({ status: 403 });
    expect(await apiError(t.nice.decideCall('pactesur-2', id, { selected: ['00000000-0000-4000-8000-000000000000'] }))).toMatchObject({ status: 400 });

    const decided = await t.nice.decideCall('pactesur-2', id, { selected: [ofLondon.id], note: 'Welcome to PACTESUR 2.' });
    expect(decided).toMatchObject({ stage: 'decided', decisionNote: 'Welcome to PACTESUR 2.' });
    expect((await t.london.getCall('pactesur-2', id)).mine?.outcome).toBe('selected');
    expect((await t.sdis.getCall('pactesur-2', id)).mine?.outcome).toBe('not-selected');
    // Whoever applied for each organisation is told the outcome.
    const told = async (client: typeof t.nice) => (await client.notifications()).items.map((n) => n.subject).find((s) => s.kind === 'call-decided' && s.callId === id);
    expect(await told(t.london)).toEqual({ kind: 'call-decided', networkSlug: 'pactesur-2', callId: id, callTitle: CALL.title, selected: true });
    expect(await told(t.sdis)).toMatchObject({ selected: false });
    expect(await told(t.munich)).toBeUndefined();
    const members = (await t.nice.getNetwork('pactesur-2')).members.map((m) => `${m.org.slug}:${m.role}`);
    expect(members).toContain('london:associated');
    expect(members.some((m) => m.startsWith('sdis-06:'))).toBe(false);

    expect(await apiError(t.nice.decideCall('pactesur-2', id, { selected: [] }))).toMatchObject({ status: 409, code: 'call_stage' });
    expect(await apiError(t.nice.updateCall('pactesur-2', id, { ...CALL, published: true }))).toMatchObject({ status: 409, code: 'call_stage' });
    expect(await apiError(t.nice.deleteCall('pactesur-2', id))).toMatchObject({ status: 409, code: 'call_stage' });
  });

  it('is refused for a deadline that is not a date, and unknown in another network', async () => {
    expect(await apiError(t.nice.createCall('pactesur-2', { ...CALL, deadline: 'next Friday' }))).toMatchObject({ status: 400 });
    expect(await apiError(t.nice.getCall('pactesur', id))).toMatchObject({ status: 404 });
  });
});
