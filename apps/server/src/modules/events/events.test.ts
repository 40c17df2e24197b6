import type { PactesurClient } from '@pactesur/api-client';
import type { CreateEventInput, PlanFeatureInput, Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { doorOnOutline } from '../../../test/door-on-outline.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';
import { ANALYSIS_WAIT_MS, waitFor } from '../../../test/wait-for.ts';
import { recordChannel } from '../../realtime/channels.ts';
import type { StoredMessage } from '../../realtime/message-repository.ts';

let platform: TestPlatform;
let nice: PactesurClient;
let police: PactesurClient;
let fire: PactesurClient;
let liege: PactesurClient;
let viewer: PactesurClient;
let site: Site;
let orgId: (slug: string) => string;

beforeAll(async () => {
  platform = await startTestPlatform();
  [nice, police, fire, liege, viewer] = await Promise.all([
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('commander@police.nice.example.org'),
    platform.signedIn('officer@sdis06.example.org'),
    platform.signedIn('admin@liege.example.org'),
    platform.signedIn('viewer@nice.example.org'),
  ]);
  site = await registerSite(nice, 'breda-grote-markt.osm', 'Grote Markt');
  const orgs = await nice.listOrgs();
  orgId = (slug) => orgs.find((o) => o.slug === slug)!.id;
}, 240_000);
afterAll(() => platform.close());

/** The square as one audience zone with a 4 m gate and a 2 m gate, a stage, and a walkway. */
function plan(): CreateEventInput['plan'] {
  const features: PlanFeatureInput[] = [
    { id: 'square', type: 'zone', name: 'Square', polygon: { type: 'Polygon', coordinates: site.outline.coordinates[0]! } },
    { id: 'north', type: 'exit', name: 'North gate', line: doorOnOutline(site.outline, 4, 'north').line, widthM: 4 },
    { id: 'side', type: 'exit', name: 'Side gate', line: doorOnOutline(site.outline, 2, 'side').line, widthM: 2, kind: 'stairs' },
    { id: 'walk', type: 'route', name: 'Approach', path: site.outline.coordinates[0]![0]!.slice(0, 2), widthM: 5, flowPerMin: 300 },
    { id: 'screen', type: 'screening', name: 'Bag check', at: site.outline.coordinates[0]![0]![0]!, lanes: 4 },
  ];
  return { expectedPeak: 1000, features, triggers: [{ id: 'dense', name: 'Crowd too dense', metric: 'density', threshold: 3, action: 'Close the gates' }] };
}

const newEvent = (name = 'Fête de la musique', over: Partial<CreateEventInput> = {}) =>
  nice.createEvent({ siteId: site.id, name, kind: 'concert', startsAt: '2027-06-21T18:00:00+02:00', endsAt: '2027-06-21T23:59:00+02:00', plan: plan(), ...over });

describe('event plans', () => {
  it('computes the figures of the plan with formula and source, and keeps them to the owner', async () => {
    const e = await newEvent();
    expect(e).toMatchObject({ status: 'draft', access: 'owner', siteId: site.id, expectedPeak: 1000, profile: { id: null, name: 'UK Green Guide' } });
    const fig = Object.fromEntries(e.calculations.figures.map((f) => [f.key, f]));
    // Exits: 4 m level at 82 and 2 m stairs at 66 persons/m/min → 460 persons/min; 8 minutes → 3,680.
    expect(fig.exitCapacity?.value).toBe(3680);
    // Without the largest (the 4 m gate): 2 × 66 × 8 = 1,056.
    expect(fig.exitCapacityWithoutLargest?.value).toBe(1056);
    expect(fig.holdingCapacity?.value).toBe(Math.floor(fig.usableAreaM2!.value! * 2));
    expect(fig.safeCapacity?.value).toBe(Math.min(fig.holdingCapacity!.value!, 1056));
    // Ingress: 1,000 people through 4 lanes.
    expect(fig.ingressMinutes?.value).toBeGreaterThan(0);
    for (const f of e.calculations.figures) if (f.value !== null) expect(f.formula, f.key).not.toBe('');
    expect(e.calculations.routes).toEqual([expect.objectContaining({ id: 'walk', flowPerMPerMin: 60, level: 'D' })]);
    expect(e.calculations.warnings.map((w) => w.code)).not.toContain('peak-above-safe-capacity');
    const crowded = await nice.updateEvent(e.id, { plan: { expectedPeak: 1200 } });
    expect(crowded.calculations.warnings).toContainEqual(expect.objectContaining({ code: 'peak-above-safe-capacity' }));

    expect((await nice.listEvents()).map((x) => x.id)).toContain(e.id);
    expect((await liege.listEvents()).map((x) => x.id)).not.toContain(e.id);
    expect(await apiError(liege.getEvent(e.id))).toMatchObject({ status: 404, code: 'not_found' });
    expect(await apiError(viewer.updateEvent(e.id, { name: 'x' }))).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await viewer.getEvent(e.id)).name).toBe(e.name);
    const reads = await platform.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', e.id)
      .where('action', '=', 'read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it('saves a part of the plan without resetting the others, and refuses a save on an older revision', async () => {
    const e = await newEvent('Saved as you go');
    const saved = await nice.updateEvent(e.id, { revision: e.revision, plan: { expectedPeak: 500 } });
    expect(saved.plan.expectedPeak).toBe(500);
    expect(saved.plan.features.map((f) => f.id)).toEqual(['square', 'north', 'side', 'walk', 'screen']);
    expect(saved.plan.triggers).toHaveLength(1);
    expect(await apiError(nice.updateEvent(e.id, { revision: e.revision, plan: { expectedPeak: 1 } }))).toMatchObject({ status: 409, code: 'conflict' });
    const twice = plan()!.features!.slice(0, 2).concat(plan()!.features!.slice(1, 2));
    expect(await apiError(nice.updateEvent(e.id, { plan: { features: twice } }))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await apiError(nice.updateEvent(e.id, { endsAt: '2027-06-20T00:00:00+02:00' }))).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('keeps the figures of a profile version until the plan moves to a newer one', async () => {
    const base = { name: 'France — préfecture 06', country: 'fr', sources: { planningDensity: 'Préfecture des Alpes-Maritimes' } };
    const constants = { planningDensity: 2, unstableDensity: 4, criticalDensity: 5, flowLevel: 82, flowRamp: 82, flowStairs: 66, screeningPerLanePerMin: 10, egressMinutes: 8, minExitWidthM: 1.05 };
    const v1 = await nice.createEventProfile({ ...base, constants });
    expect(v1).toMatchObject({ version: 1, country: 'FR', superseded: false });
    const e = await newEvent('With a profile', { profileId: v1.id! });
    const v2 = await nice.updateEventProfile(v1.id!, { ...base, constants: { ...constants, flowLevel: 60 } });
    expect(v2).toMatchObject({ version: 2, familyId: v1.id });
    expect(await apiError(nice.updateEventProfile(v1.id!, { ...base, constants }))).toMatchObject({ status: 409, code: 'conflict' });
    expect((await nice.eventProfileVersions(v2.id!)).map((p) => p.version)).toEqual([2, 1]);
    const profiles = await nice.listEventProfiles();
    expect(profiles[0]).toMatchObject({ id: null, name: 'UK Green Guide' });
    expect(profiles.map((p) => p.id)).toContain(v2.id);
    expect(profiles.map((p) => p.id)).not.toContain(v1.id);

    const exitCapacity = (x: { calculations: { figures: { key: string; value: number | null }[] } }) => x.calculations.figures.find((f) => f.key === 'exitCapacity')?.value;
    expect(exitCapacity(await nice.getEvent(e.id))).toBe(3680);
    const moved = await nice.updateEvent(e.id, { profileId: v2.id });
    expect(moved.profile.version).toBe(2);
    // 4 × 60 + 2 × 66 = 372 persons/min, × 8.
    expect(exitCapacity(moved)).toBe(2976);
    expect(await apiError(liege.eventProfileVersions(v1.id!))).toMatchObject({ status: 404 });
    expect(await apiError(liege.createEvent({ siteId: site.id, name: 'x', startsAt: '2027-01-01T00:00:00Z', endsAt: '2027-01-02T00:00:00Z' }))).toMatchObject({ status: 404 });
  });

  it('goes through sign-off: submitted to agencies, reviewed, approved with conditions tracked to closure, live, debriefed', async () => {
    const e = await newEvent('Carnaval — corso');
    expect(await apiError(police.getEvent(e.id))).toMatchObject({ status: 404 });
    expect(await apiError(nice.submitEvent(e.id, { reviewers: [orgId('nice')], message: '' }))).toMatchObject({ status: 400 });
    const heard: StoredMessage[] = [];
    const subscription = await platform.realtime.subscribe(recordChannel('event', e.id), null, (m) => void heard.push(m));

    const submitted = await nice.submitEvent(e.id, { reviewers: [orgId('nice-police'), orgId('sdis-06')], message: 'For the safety advisory group' });
    expect(submitted.status).toBe('submitted');
    expect(submitted.reviews.map((r) => [r.orgName, r.decision])).toEqual([
      [expect.any(String), 'pending'],
      [expect.any(String), 'pending'],
    ]);
    expect(await apiError(nice.updateEvent(e.id, { plan: { expectedPeak: 2 } }))).toMatchObject({ status: 409, code: 'event_wrong_stage' });
    expect(await apiError(liege.reviewEvent(e.id, { decision: 'approved' }))).toMatchObject({ status: 404 });
    expect(await apiError(nice.startEventLive(e.id))).toMatchObject({ status: 409, code: 'event_wrong_stage' });

    const seen = await police.getEvent(e.id);
    expect(seen.access).toBe('read');
    expect(await apiError(police.updateEvent(e.id, { name: 'x' }))).toMatchObject({ status: 403 });
    expect(await apiError(police.reviewEvent(e.id, { decision: 'approved-with-conditions' }))).toMatchObject({ status: 400 });
    const underReview = await police.reviewEvent(e.id, { decision: 'approved-with-conditions', comment: 'Subject to stewards', conditions: ['Two stewards at the side gate', 'Radio check at 17:00'] });
    expect(underReview.status).toBe('under-review');
    const approved = await fire.reviewEvent(e.id, { decision: 'approved', comment: 'Fire lanes clear' });
    expect(approved.status).toBe('approved');
    expect(approved.conditions.map((c) => [c.text, c.status])).toEqual([
      ['Two stewards at the side gate', 'open'],
      ['Radio check at 17:00', 'open'],
    ]);
    expect(await apiError(fire.closeEventCondition(e.id, approved.conditions[0]!.id, { status: 'met', note: '' }))).toMatchObject({ status: 403 });
    const met = await nice.closeEventCondition(e.id, approved.conditions[0]!.id, { status: 'met', note: 'Stewards briefed' });
    expect(met).toMatchObject({ status: 'met', note: 'Stewards briefed' });
    expect(met.closedByName).toBeTruthy();
    const waived = await police.closeEventCondition(e.id, approved.conditions[1]!.id, { status: 'waived', note: 'Radios tested the day before' });
    expect(waived.status).toBe('waived');

    expect((await nice.startEventLive(e.id)).status).toBe('live');
    const logged = await police.postIncident(e.id, { text: 'Pickpocket arrested at the side gate', feature: 'side', methane: { major: false, exactLocation: 'Side gate', type: 'Theft' } });
    expect(logged.entries.at(-1)).toMatchObject({ kind: 'incident', feature: 'side', methane: { exactLocation: 'Side gate', type: 'Theft', major: false } });
    expect(await apiError(police.postGateCount(e.id, { gate: 'north', in: 5 }))).toMatchObject({ status: 403 });
    expect(await apiError(nice.postGateCount(e.id, { gate: 'nowhere', in: 5 }))).toMatchObject({ status: 400 });
    expect((await nice.endEventLive(e.id, 'The side gate queued for 12 minutes.')).status).toBe('debriefed');
    const log = await nice.eventLive(e.id);
    expect(log.entries.map((x) => x.kind)).toEqual(['status', 'incident', 'status']);
    subscription.close();
    expect(heard.map((m) => (m.payload as { change: string }).change)).toContain('updated');
    expect(JSON.stringify(heard.map((m) => m.payload))).not.toContain('stewards');
  });

  it('sends a plan back to a draft when an agency asks for changes; a new submission asks every agency again', async () => {
    const e = await newEvent('Pride march');
    await nice.submitEvent(e.id, { reviewers: [orgId('nice-police'), orgId('sdis-06')], message: '' });
    await fire.reviewEvent(e.id, { decision: 'approved' });
    const back = await police.reviewEvent(e.id, { decision: 'changes-requested', comment: 'Add a second medical post' });
    expect(back.status).toBe('draft');
    expect((await nice.updateEvent(e.id, { plan: { expectedPeak: 800 } })).plan.expectedPeak).toBe(800);
    const again = await nice.submitEvent(e.id, { reviewers: [orgId('nice-police'), orgId('sdis-06')], message: 'Second medical post added' });
    expect(again.reviews.map((r) => r.decision)).toEqual(['pending', 'pending']);
  });

  it("starts next year's edition from this one and shows what changed", async () => {
    const e = await newEvent('Carnaval 2027');
    const next = await nice.nextEvent(e.id, { name: 'Carnaval 2028', startsAt: '2028-02-12T14:00:00+01:00', endsAt: '2028-02-12T18:00:00+01:00' });
    expect(next).toMatchObject({ status: 'draft', previousId: e.id, name: 'Carnaval 2028', reviews: [] });
    const features = next.plan.features.filter((f) => f.id !== 'side').map((f) => (f.id === 'north' ? { ...f, widthM: 6 } : f));
    await nice.updateEvent(next.id, { plan: { expectedPeak: 1200, features } });
    const changes = await nice.eventChanges(next.id);
    expect(changes.previousId).toBe(e.id);
    expect(changes.expectedPeak).toEqual({ before: 1000, after: 1200 });
    expect(changes.features).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'side', change: 'removed' }),
        expect.objectContaining({ id: 'north', change: 'changed', fields: ['widthM'] }),
      ]),
    );
    expect(changes.figures.map((f) => f.key)).toContain('exitCapacity');
    expect(await apiError(nice.eventChanges(e.id))).toMatchObject({ status: 404 });
    expect(await apiError(police.nextEvent(e.id, { startsAt: '2028-01-01T00:00:00Z', endsAt: '2028-01-02T00:00:00Z' }))).toMatchObject({ status: 404 });
  });

  it("lists the network's events in its calendar without their plans", async () => {
    const listed = await newEvent('Listed in the calendar');
    const hidden = await newEvent('Not listed', { listed: false });
    const calendar = await liege.networkEvents('pactesur-2');
    const ids = calendar.map((c) => c.id);
    expect(ids).toContain(listed.id);
    expect(ids).not.toContain(hidden.id);
    const entry = calendar.find((c) => c.id === listed.id)!;
    expect(Object.keys(entry).sort()).toEqual(['at', 'country', 'endsAt', 'id', 'kind', 'name', 'orgId', 'orgName', 'siteName', 'startsAt']);
    expect(await apiError(liege.networkEvents('no-such-network'))).toMatchObject({ status: 404 });
  });

  it("checks the plan's vehicle-barrier lines against the site's newest vehicle threat analysis", async () => {
    const e = await newEvent('Barriers');
    expect(await nice.eventBarrierChecks(e.id)).toEqual({ analysis: null, lines: [] });
    const started = await nice.startThreatAnalysis(site.id, { classes: ['car'], sensitivity: false });
    const analysis = await waitFor(() => nice.getThreatAnalysis(started.id), (a) => a.status !== 'processing', ANALYSIS_WAIT_MS);
    expect(analysis.status).toBe('ready');
    const result = await nice.threatResult(analysis.id);
    const entry = result.classes[0]!.entries[0]!;
    // A 6 m line across the approach, halfway along its last stretch.
    const [a, b] = entry.path.slice(-2) as [[number, number], [number, number]];
    const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const len = Math.hypot((b[0] - a[0]) * Math.cos((mid[1] * Math.PI) / 180), b[1] - a[1]);
    const k = 3 / 111_320 / len;
    const across: [number, number][] = [
      [mid[0] - (b[1] - a[1]) * k / Math.cos((mid[1] * Math.PI) / 180), mid[1] + (b[0] - a[0]) * k * Math.cos((mid[1] * Math.PI) / 180)],
      [mid[0] + (b[1] - a[1]) * k / Math.cos((mid[1] * Math.PI) / 180), mid[1] - (b[0] - a[0]) * k * Math.cos((mid[1] * Math.PI) / 180)],
    ];
    const features = [...e.plan.features, { id: 'line', type: 'vehicle-barrier' as const, name: 'Bollards', path: across, productId: 'bollard-fixed-n3c-80', standoffM: 1 }];
    await nice.updateEvent(e.id, { plan: { features } });
    const checks = await nice.eventBarrierChecks(e.id);
    expect(checks.analysis?.id).toBe(analysis.id);
    const line = checks.lines.find((l) => l.featureId === 'line')!;
    expect(line.crossings.length).toBeGreaterThan(0);
    expect(line.crossings[0]!.speedKmh).toBeGreaterThanOrEqual(entry.speedKmh);
    expect(line.crossings[0]!.angleDeg).toBeGreaterThanOrEqual(75);
    // A car below 80 km/h head-on is stopped by the 7.2 t, 80 km/h bollards.
    expect(line.verdict).toBe(line.crossings.every((c) => c.speedKmh <= 80) ? 'stops' : 'fails');
    expect(await apiError(liege.eventBarrierChecks(e.id))).toMatchObject({ status: 404 });
  }, 240_000);

  it('exports the plan as a watermarked PDF and the calculations as CSV, each audited', async () => {
    const e = await newEvent('Exported');
    const pdf = await nice.eventExport(e.id, 'pdf', 'fr');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const csv = await nice.eventExport(e.id, 'csv', 'en');
    expect(csv.split('\n')[0]).toMatch(/,/);
    expect(csv).toContain('3680');
    const exports = await platform.database.db.selectFrom('audit_log').select('detail').where('record_id', '=', e.id).where('action', '=', 'export').execute();
    expect(exports.map((x) => x.detail).sort()).toEqual(['csv', 'pdf']);
  });
});
