/**
 * The tenant-isolation matrix. Every API route is listed here with how it treats other organisations'
 * data; the first test fails when a route is added without joining the matrix. For each route that reads
 * or changes an organisation's or a sensitive record's data, an outsider (Liège's admin) tries it against
 * Nice's data: the answer must be 403 or 404 and Nice's data must be unchanged.
 *
 * The realtime socket (`GET /api/realtime`) is upgraded beside the Hono routes, so it is not listed here:
 * an outsider subscribing to Nice's records is refused `not_found` in `realtime/realtime.test.ts` and, on
 * two instances, in `realtime/realtime-instances.test.ts` (revoked shares included).
 */
import { readFileSync } from 'node:fs';
import type { PactesurClient } from '@pactesur/api-client';
import type { AlertDraftContentInput, PracticeContentInput, SaveCallInput, SaveCourseInput } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { apiError } from '../../test/api-error.ts';
import { doorOnOutline } from '../../test/door-on-outline.ts';

interface Fixture {
  jobId: string;
  extractId: string;
  siteId: string;
  threatId: string;
  crowdId: string;
  planId: string;
  niceId: string;
  liegeId: string;
  briefingId: string;
  niceEditorId: string;
  invitationId: string;
  webhookId: string;
  assessmentId: string;
  assessmentV2Id: string;
  commentId: string;
  photoId: string;
  alertDraftId: string;
  alertPendingId: string;
  alertPublishedId: string;
  eventId: string;
  eventDraftId: string;
  conditionId: string;
  profileId: string;
  exerciseId: string;
  participantId: string;
  actionId: string;
  observationId: string;
  practiceId: string;
  restrictedPracticeId: string;
  activityId: string;
  exchangeGuestId: string;
  callDraftId: string;
  callId: string;
  applicationId: string;
  courseId: string;
  courseParticipantId: string;
  practiceAttachmentId: string;
  savedSearchId: string;
  notificationId: string;
  coverageId: string;
  apiKeyId: string;
  reportId: string;
}

/** A minimal PDF, attached to a practice. */
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
/** A photo with a GPS position (removed on upload). */
const PHOTO = readFileSync(new URL('../../test/fixtures/photo-gps.jpg', import.meta.url));

type Attempt = (outsider: PactesurClient, fx: Fixture) => Promise<unknown>;
type State = (owner: PactesurClient, fx: Fixture) => Promise<unknown>;

/** How a route treats data that belongs to others. */
type Entry =
  | { readonly kind: 'public'; readonly why: string }
  | { readonly kind: 'self'; readonly why: string }
  | { readonly kind: 'directory'; readonly why: string }
  | { readonly kind: 'guarded'; readonly attempt: Attempt; readonly state: State }
  | { readonly kind: 'filtered'; readonly check: (outsider: PactesurClient, fx: Fixture) => Promise<void> };

const briefing: State = (owner, fx) => owner.getBriefing(fx.briefingId).then((b) => ({ title: b.title, body: b.body }));
const shares: State = (owner, fx) => owner.listShares('briefing', fx.briefingId);
const members: State = (owner, fx) => owner.listMembers(fx.niceId);
const invitations: State = (owner, fx) => owner.listInvitations(fx.niceId);
const niceOrg: State = (owner, fx) => owner.getOrg(fx.niceId);
const extract: State = (owner, fx) => owner.getExtract(fx.extractId).then((e) => ({ status: e.status, filename: e.filename }));
const site: State = (owner, fx) => owner.getSite(fx.siteId).then((s) => ({ name: s.name, notes: s.notes, outline: s.outline }));
const threat: State = (owner, fx) => owner.getThreatAnalysis(fx.threatId).then((t) => ({ name: t.name, status: t.status, summary: t.summary }));
const crowd: State = (owner, fx) => owner.getCrowdSimulation(fx.crowdId).then((c) => ({ name: c.name, status: c.status, summary: c.summary }));
const plan: State = (owner, fx) => owner.getProtectionPlan(fx.planId).then((p) => ({ name: p.name, status: p.status, summary: p.summary, parentId: p.parentId }));
const plans: State = (owner, fx) => owner.listProtectionPlans(fx.siteId).then((list) => list.map((p) => p.id));
const job: State = (owner, fx) => owner.getJob(fx.jobId).then((j) => ({ status: j.status, result: j.result }));
const webhook: State = async (owner, fx) => ({
  webhook: await owner.getWebhook(fx.webhookId),
  deliveries: (await owner.webhookDeliveries(fx.webhookId)).deliveries.map((d) => d.id),
  secret: (await platform.database.db.selectFrom('webhooks').select('secret').where('id', '=', fx.webhookId).executeTakeFirst())?.secret,
});
const assessment: State = (owner, fx) =>
  owner.getAssessment(fx.assessmentId).then((a) => ({
    title: a.title, revision: a.revision, content: a.content, overrides: a.indicators.map((i) => i.override),
    computed: a.indicators.map((i) => i.computedAt), comments: a.comments.map((c) => c.id), photos: a.photos.map((p) => p.id),
  }));
const assessments: State = (owner, fx) => owner.listAssessments(fx.siteId).then((list) => list.map((a) => `${a.id}:${a.updatedAt}`).sort());
/** A message not yet published is written at each read with that moment as `sent`: only a published one is compared. */
const alert =
  (key: 'alertDraftId' | 'alertPendingId' | 'alertPublishedId'): State =>
  (owner, fx) =>
    owner.getAlert(fx[key]).then((a) => ({ state: a.state, revision: a.revision, content: a.content, acks: a.acks, xml: a.state === 'published' ? a.xml : null }));
const alerts: State = (owner) => owner.listAlerts().then((list) => list.map((a) => `${a.id}:${a.state}:${a.updatedAt}`).sort());
const event =
  (key: 'eventId' | 'eventDraftId'): State =>
  (owner, fx) =>
    owner.getEvent(fx[key]).then((e) => ({ status: e.status, revision: e.revision, plan: e.plan, simulations: e.simulations, reviews: e.reviews, conditions: e.conditions }));
const events: State = (owner) => owner.listEvents().then((list) => list.map((e) => `${e.id}:${e.status}:${e.updatedAt}`).sort());
const eventLive: State = (owner, fx) => owner.eventLive(fx.eventId).then((l) => ({ seq: l.seq, occupancy: l.occupancy }));
const profileVersions: State = (owner, fx) => owner.eventProfileVersions(fx.profileId).then((list) => list.map((p) => `${p.id}:${p.version}`));
const exercise: State = (owner, fx) =>
  owner.getExercise(fx.exerciseId).then((x) => ({ revision: x.revision, status: x.status, design: x.design, participants: x.participants, clock: x.clock }));
const exercises: State = (owner) => owner.listExercises().then((list) => list.map((x) => `${x.id}:${x.updatedAt}`).sort());
const exerciseRun: State = async (owner, fx) => ({ timeline: await owner.exerciseTimeline(fx.exerciseId), responses: await owner.exerciseResponses(fx.exerciseId) });
const exerciseEvaluation: State = async (owner, fx) => ({
  observations: await owner.exerciseObservations(fx.exerciseId),
  feedback: await owner.exerciseFeedback(fx.exerciseId),
  actions: await owner.exerciseActions(fx.exerciseId),
});
const network: State = (owner) => owner.getNetwork('pactesur-2').then((n) => n.members.map((m) => `${m.org.slug}:${m.role}`));

const activities: State = (owner) => owner.listActivities('alpes-maritimes');
const exchange: State = (owner, fx) => owner.getExchange('alpes-maritimes', fx.activityId);
const call =
  (key: 'callDraftId' | 'callId'): State =>
  (owner, fx) =>
    owner.getCall('alpes-maritimes', fx[key]);
const calls: State = (owner) => owner.listCalls('alpes-maritimes');
const course: State = (owner, fx) => owner.getCourse(fx.courseId);
const COURSE: SaveCourseInput = {
  title: 'Control room training',
  theme: 'crisis-communication',
  languages: ['fr'],
  sessions: [{ id: 'day-1', title: 'Day 1', startsAt: '2026-01-10T08:00:00Z', endsAt: '2026-01-10T16:00:00Z' }],
  places: 4,
  enrolmentCloses: '2030-01-01T00:00:00Z',
  public: false,
};
const CALL: SaveCallInput = { title: 'Hijacked', criteria: [{ id: 'x', label: 'X' }], deadline: '2030-01-01T00:00:00Z', places: 1, published: true };
const citizenReport: State = (owner, fx) => owner.getReport(fx.reportId);
const CENTRAL_NICE = { type: 'Polygon' as const, coordinates: [[[7.25, 43.69], [7.29, 43.69], [7.29, 43.71], [7.25, 43.71], [7.25, 43.69]] as [number, number][]] };
const practice =
  (key: 'practiceId' | 'restrictedPracticeId'): State =>
  (owner, fx) =>
    owner.getPractice(fx[key]).then((p) => ({ revision: p.revision, state: p.state, content: p.content, history: p.history.length }));

export const MATRIX: Readonly<Record<string, Entry>> = {
  'GET /api/health': { kind: 'public', why: 'reports only whether the database answers' },
  'GET /api/basemap/countries.geojson': { kind: 'public', why: 'Natural Earth country outlines, public data' },
  'GET /api/basemap/glyphs/:fontstack/:range': { kind: 'public', why: 'font glyphs for map labels, public data' },
  'POST /api/auth/sign-in': { kind: 'public', why: 'the credentials are the input' },
  'GET /api/auth/session': { kind: 'self', why: "the caller's own session" },
  'PUT /api/auth/session/org': {
    kind: 'guarded',
    attempt: (o, fx) => o.switchOrg(fx.niceId),
    state: (_owner, fx) => Promise.resolve(fx.niceId),
  },
  'POST /api/auth/sign-out': { kind: 'self', why: "ends the caller's own session" },
  'POST /api/auth/sign-out-everywhere': { kind: 'self', why: "ends the caller's own sessions" },
  'GET /api/me': { kind: 'self', why: "the caller's own profile" },
  'GET /api/home': {
    kind: 'filtered',
    check: async (o, fx) => {
      const home = await o.home();
      const seen = JSON.stringify(home);
      for (const id of [fx.siteId, fx.threatId, fx.planId, fx.crowdId, fx.briefingId]) expect(seen).not.toContain(id);
      expect(home.activity.filter((e) => e.actorOrgName === 'Ville de Nice')).toEqual([]);
    },
  },
  'PATCH /api/me': { kind: 'self', why: "the caller's own profile" },
  'GET /api/orgs': { kind: 'directory', why: 'the organisation directory is shared by all signed-in users' },
  'POST /api/orgs': { kind: 'directory', why: 'creates a new organisation owned by the caller' },
  'GET /api/orgs/:orgId': { kind: 'directory', why: 'one directory entry' },
  'PATCH /api/orgs/:orgId': { kind: 'guarded', attempt: (o, fx) => o.updateOrg(fx.niceId, { name: 'Hijacked' }), state: niceOrg },
  'GET /api/orgs/:orgId/members': { kind: 'guarded', attempt: (o, fx) => o.listMembers(fx.niceId), state: members },
  'PATCH /api/orgs/:orgId/members/:userId': {
    kind: 'guarded',
    attempt: (o, fx) => o.changeRole(fx.niceId, fx.niceEditorId, 'admin'),
    state: members,
  },
  'DELETE /api/orgs/:orgId/members/:userId': {
    kind: 'guarded',
    attempt: (o, fx) => o.removeMember(fx.niceId, fx.niceEditorId),
    state: members,
  },
  'GET /api/orgs/:orgId/invitations': { kind: 'guarded', attempt: (o, fx) => o.listInvitations(fx.niceId), state: invitations },
  'POST /api/orgs/:orgId/invitations': {
    kind: 'guarded',
    attempt: (o, fx) => o.invite(fx.niceId, { email: 'intruder@example.org', role: 'admin' }),
    state: invitations,
  },
  'DELETE /api/orgs/:orgId/invitations/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.revokeInvitation(fx.niceId, fx.invitationId),
    state: invitations,
  },
  'GET /api/invitations/:token': { kind: 'public', why: 'the secret token is the credential' },
  'POST /api/invitations/:token/accept': { kind: 'public', why: 'the secret token is the credential' },
  'GET /api/networks': { kind: 'directory', why: 'network membership is public within the platform' },
  'POST /api/networks': { kind: 'directory', why: "creates a new network led by the caller's organisation" },
  'GET /api/networks/:network': { kind: 'directory', why: 'network membership is public within the platform' },
  'POST /api/networks/:network/members': {
    kind: 'guarded',
    attempt: (o, fx) => o.addNetworkMember('pactesur-2', { orgId: fx.liegeId, role: 'lead' }),
    state: network,
  },
  'DELETE /api/networks/:network/members/:orgId': {
    kind: 'guarded',
    attempt: (o, fx) => o.removeNetworkMember('pactesur-2', fx.niceId),
    state: network,
  },
  'GET /api/assessments': {
    kind: 'filtered',
    check: async (o, fx) => {
      const seen = (await o.listAssessments()).map((a) => a.id);
      expect(seen).not.toContain(fx.assessmentId);
      expect(seen).not.toContain(fx.assessmentV2Id);
    },
  },
  'POST /api/assessments': { kind: 'guarded', attempt: (o, fx) => o.createAssessment({ siteId: fx.siteId }), state: assessments },
  'GET /api/assessments/dashboard': {
    kind: 'filtered',
    check: async (o, fx) => {
      const dashboard = JSON.stringify(await o.assessmentDashboard());
      for (const id of [fx.siteId, fx.assessmentId, fx.assessmentV2Id, fx.planId]) expect(dashboard).not.toContain(id);
    },
  },
  'GET /api/assessments/compare': { kind: 'guarded', attempt: (o, fx) => o.compareAssessments(fx.assessmentId, fx.assessmentV2Id), state: assessment },
  'GET /api/assessments/:id': { kind: 'guarded', attempt: (o, fx) => o.getAssessment(fx.assessmentId), state: assessment },
  'PATCH /api/assessments/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateAssessment(fx.assessmentId, { title: 'Hijacked', content: { scope: 'nothing to see' } }),
    state: assessment,
  },
  'DELETE /api/assessments/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteAssessment(fx.assessmentId), state: assessments },
  'POST /api/assessments/:id/versions': { kind: 'guarded', attempt: (o, fx) => o.newAssessmentVersion(fx.assessmentId), state: assessments },
  'POST /api/assessments/:id/indicators/refresh': { kind: 'guarded', attempt: (o, fx) => o.refreshAssessmentIndicators(fx.assessmentId), state: assessment },
  'PUT /api/assessments/:id/indicators/:key/override': {
    kind: 'guarded',
    attempt: (o, fx) => o.overrideAssessmentIndicator(fx.assessmentId, 'vehicle-energy', { value: 1, reason: 'Hijacked' }),
    state: assessment,
  },
  'DELETE /api/assessments/:id/indicators/:key/override': {
    kind: 'guarded',
    attempt: (o, fx) => o.clearAssessmentOverride(fx.assessmentId, 'crowd-exposure'),
    state: assessment,
  },
  'POST /api/assessments/:id/comments': { kind: 'guarded', attempt: (o, fx) => o.addAssessmentComment(fx.assessmentId, { body: 'Hijacked' }), state: assessment },
  'DELETE /api/assessments/:id/comments/:commentId': {
    kind: 'guarded',
    attempt: (o, fx) => o.deleteAssessmentComment(fx.assessmentId, fx.commentId),
    state: assessment,
  },
  'POST /api/assessments/:id/photos': {
    kind: 'guarded',
    attempt: (o, fx) => o.uploadAssessmentPhoto(fx.assessmentId, { filename: 'x.jpg' }, PHOTO),
    state: assessment,
  },
  'GET /api/assessments/:id/photos/:photoId': { kind: 'guarded', attempt: (o, fx) => o.assessmentPhoto(fx.assessmentId, fx.photoId), state: assessment },
  'DELETE /api/assessments/:id/photos/:photoId': { kind: 'guarded', attempt: (o, fx) => o.deleteAssessmentPhoto(fx.assessmentId, fx.photoId), state: assessment },
  'GET /api/assessments/:id/report.pdf': { kind: 'guarded', attempt: (o, fx) => o.assessmentExport(fx.assessmentId, 'pdf'), state: assessment },
  'GET /api/assessments/:id/register.csv': { kind: 'guarded', attempt: (o, fx) => o.assessmentExport(fx.assessmentId, 'csv'), state: assessment },
  'GET /api/alerts': {
    kind: 'filtered',
    check: async (o, fx) => {
      const seen = (await o.listAlerts()).map((a) => a.id);
      for (const id of [fx.alertDraftId, fx.alertPendingId, fx.alertPublishedId]) expect(seen).not.toContain(id);
    },
  },
  'GET /api/events': {
    kind: 'filtered',
    check: async (o, fx) => {
      const seen = (await o.listEvents()).map((e) => e.id);
      for (const id of [fx.eventId, fx.eventDraftId]) expect(seen).not.toContain(id);
    },
  },
  'POST /api/events': {
    kind: 'guarded',
    attempt: (o, fx) => o.createEvent({ siteId: fx.siteId, name: 'Hijacked', startsAt: '2027-07-14T20:00:00+02:00', endsAt: '2027-07-14T23:30:00+02:00' }),
    state: events,
  },
  'GET /api/events/profiles': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listEventProfiles()).map((p) => p.id)).not.toContain(fx.profileId),
  },
  'POST /api/events/profiles': { kind: 'directory', why: "creates a profile owned by the caller's organisation" },
  'PUT /api/events/profiles/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateEventProfile(fx.profileId, { name: 'Hijacked', country: 'BE', constants: { planningDensity: 9, unstableDensity: 9, criticalDensity: 9, flowLevel: 200, flowRamp: 200, flowStairs: 200, screeningPerLanePerMin: 100, egressMinutes: 60, minExitWidthM: 0.5 } }),
    state: profileVersions,
  },
  'GET /api/events/profiles/:id/versions': { kind: 'guarded', attempt: (o, fx) => o.eventProfileVersions(fx.profileId), state: profileVersions },
  'GET /api/events/calendar/:network': {
    kind: 'directory',
    why: "the network's calendar: name, dates and city of the events their owners list, never a plan",
  },
  'GET /api/events/:id': { kind: 'guarded', attempt: (o, fx) => o.getEvent(fx.eventId), state: event('eventId') },
  'PATCH /api/events/:id': { kind: 'guarded', attempt: (o, fx) => o.updateEvent(fx.eventDraftId, { name: 'Hijacked', plan: { expectedPeak: 1 } }), state: event('eventDraftId') },
  'DELETE /api/events/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteEvent(fx.eventDraftId), state: events },
  'POST /api/events/:id/next': {
    kind: 'guarded',
    attempt: (o, fx) => o.nextEvent(fx.eventId, { startsAt: '2028-07-14T20:00:00+02:00', endsAt: '2028-07-14T23:30:00+02:00' }),
    state: events,
  },
  'GET /api/events/:id/barriers': { kind: 'guarded', attempt: (o, fx) => o.eventBarrierChecks(fx.eventId), state: event('eventId') },
  'GET /api/events/:id/changes': { kind: 'guarded', attempt: (o, fx) => o.eventChanges(fx.eventDraftId), state: event('eventDraftId') },
  'POST /api/events/:id/simulations': { kind: 'guarded', attempt: (o, fx) => o.simulateEvent(fx.eventDraftId, { people: 5 }), state: event('eventDraftId') },
  'POST /api/events/:id/submit': { kind: 'guarded', attempt: (o, fx) => o.submitEvent(fx.eventDraftId, { reviewers: [fx.liegeId], message: '' }), state: event('eventDraftId') },
  'POST /api/events/:id/review': { kind: 'guarded', attempt: (o, fx) => o.reviewEvent(fx.eventId, { decision: 'changes-requested', comment: 'Hijacked' }), state: event('eventId') },
  'PATCH /api/events/:id/conditions/:conditionId': {
    kind: 'guarded',
    attempt: (o, fx) => o.closeEventCondition(fx.eventId, fx.conditionId, { status: 'waived', note: 'Hijacked' }),
    state: event('eventId'),
  },
  'POST /api/events/:id/live/start': { kind: 'guarded', attempt: (o, fx) => o.startEventLive(fx.eventId), state: event('eventId') },
  'POST /api/events/:id/live/end': { kind: 'guarded', attempt: (o, fx) => o.endEventLive(fx.eventId, 'Hijacked'), state: event('eventId') },
  'GET /api/events/:id/live': { kind: 'guarded', attempt: (o, fx) => o.eventLive(fx.eventId), state: eventLive },
  'POST /api/events/:id/live/counts': { kind: 'guarded', attempt: (o, fx) => o.postGateCount(fx.eventId, { gate: 'north', in: 100 }), state: eventLive },
  'POST /api/events/:id/live/incidents': { kind: 'guarded', attempt: (o, fx) => o.postIncident(fx.eventId, { text: 'Hijacked' }), state: eventLive },
  'GET /api/events/:id/plan.pdf': { kind: 'guarded', attempt: (o, fx) => o.eventExport(fx.eventId, 'pdf'), state: event('eventId') },
  'GET /api/events/:id/calculations.csv': { kind: 'guarded', attempt: (o, fx) => o.eventExport(fx.eventId, 'csv'), state: event('eventId') },
  'GET /api/exercises': { kind: 'filtered', check: async (o, fx) => expect((await o.listExercises()).map((x) => x.id)).not.toContain(fx.exerciseId) },
  'POST /api/exercises': { kind: 'directory', why: "creates an exercise owned by the caller's organisation" },
  'GET /api/exercises/:id': { kind: 'guarded', attempt: (o, fx) => o.getExercise(fx.exerciseId), state: exercise },
  'PATCH /api/exercises/:id': { kind: 'guarded', attempt: (o, fx) => o.updateExercise(fx.exerciseId, { name: 'Hijacked', design: { msel: [] } }), state: exercise },
  'DELETE /api/exercises/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteExercise(fx.exerciseId), state: exercises },
  'GET /api/exercises/:id/msel.csv': { kind: 'guarded', attempt: (o, fx) => o.exerciseMsel(fx.exerciseId), state: exercise },
  'PUT /api/exercises/:id/msel.csv': { kind: 'guarded', attempt: async (o, fx) => o.importExerciseMsel(fx.exerciseId, await owner.exerciseMsel(fx.exerciseId)), state: exercise },
  'POST /api/exercises/:id/participants': { kind: 'guarded', attempt: (o, fx) => o.addExerciseParticipant(fx.exerciseId, { orgId: fx.liegeId, role: 'controller' }), state: exercise },
  'DELETE /api/exercises/:id/participants/:participantId': { kind: 'guarded', attempt: (o, fx) => o.removeExerciseParticipant(fx.exerciseId, fx.participantId), state: exercise },
  'POST /api/exercises/:id/run': { kind: 'guarded', attempt: (o, fx) => o.runExercise(fx.exerciseId, { action: 'start' }), state: exerciseRun },
  'GET /api/exercises/:id/timeline': { kind: 'guarded', attempt: (o, fx) => o.exerciseTimeline(fx.exerciseId), state: exerciseRun },
  'GET /api/exercises/:id/deliveries': { kind: 'guarded', attempt: (o, fx) => o.exerciseDeliveries(fx.exerciseId), state: exerciseRun },
  'GET /api/exercises/:id/responses': { kind: 'guarded', attempt: (o, fx) => o.exerciseResponses(fx.exerciseId), state: exerciseRun },
  'POST /api/exercises/:id/responses': { kind: 'guarded', attempt: (o, fx) => o.respondToExercise(fx.exerciseId, { text: 'Hijacked' }), state: exerciseRun },
  'GET /api/exercises/:id/observations': { kind: 'guarded', attempt: (o, fx) => o.exerciseObservations(fx.exerciseId), state: exerciseEvaluation },
  'POST /api/exercises/:id/observations': { kind: 'guarded', attempt: (o, fx) => o.observeExercise(fx.exerciseId, { text: 'Hijacked', rating: 'U' }), state: exerciseEvaluation },
  'PUT /api/exercises/:id/observations/:observationId/photo': {
    kind: 'guarded',
    attempt: (o, fx) => o.uploadObservationPhoto(fx.exerciseId, fx.observationId, { filename: 'x.jpg' }, PHOTO),
    state: exerciseEvaluation,
  },
  'GET /api/exercises/:id/observations/:observationId/photo': {
    kind: 'guarded',
    attempt: (o, fx) => o.transport.request('GET', o.observationPhotoPath(fx.exerciseId, fx.observationId)),
    state: exerciseEvaluation,
  },
  'GET /api/exercises/:id/feedback': { kind: 'guarded', attempt: (o, fx) => o.exerciseFeedback(fx.exerciseId), state: exerciseEvaluation },
  'POST /api/exercises/:id/feedback': { kind: 'guarded', attempt: (o, fx) => o.giveExerciseFeedback(fx.exerciseId, { kind: 'participant', toImprove: 'Hijacked' }), state: exerciseEvaluation },
  'GET /api/exercises/:id/actions': { kind: 'guarded', attempt: (o, fx) => o.exerciseActions(fx.exerciseId), state: exerciseEvaluation },
  'POST /api/exercises/:id/actions': { kind: 'guarded', attempt: (o, fx) => o.addExerciseAction(fx.exerciseId, { text: 'Hijacked', element: 'training', orgId: fx.liegeId }), state: exerciseEvaluation },
  'PUT /api/exercises/:id/actions/:actionId': {
    kind: 'guarded',
    attempt: (o, fx) => o.saveExerciseAction(fx.exerciseId, fx.actionId, { text: 'Hijacked', element: 'training', orgId: fx.niceId, status: 'done' }),
    state: exerciseEvaluation,
  },
  'GET /api/exercises/:id/report': { kind: 'guarded', attempt: (o, fx) => o.exerciseReport(fx.exerciseId), state: exerciseEvaluation },
  'GET /api/exercises/:id/report.pdf': { kind: 'guarded', attempt: (o, fx) => o.exerciseReportPdf(fx.exerciseId), state: exerciseEvaluation },
  'GET /api/exercises/:id/replay': { kind: 'guarded', attempt: (o, fx) => o.exerciseReplay(fx.exerciseId), state: exerciseEvaluation },
  'POST /api/alerts': { kind: 'directory', why: "creates a draft owned by the caller's organisation" },
  'GET /api/alerts/templates': { kind: 'directory', why: 'the presets of the hazards, the same for every organisation' },
  'POST /api/alerts/preview': { kind: 'directory', why: 'checks the draft it is given and stores nothing' },
  'GET /api/alerts/public/:slug/feed.atom': { kind: 'public', why: "a city's public alerts in force, public by design (Actual, Public, published only)" },
  'GET /api/alerts/public/:slug/alerts.geojson': { kind: 'public', why: "the areas of a city's public alerts in force" },
  'GET /api/alerts/public/cap/:file': { kind: 'public', why: 'a published Public Actual message; any other answers not_found' },
  'GET /api/alerts/:id': { kind: 'guarded', attempt: (o, fx) => o.getAlert(fx.alertDraftId), state: alert('alertDraftId') },
  'PATCH /api/alerts/:id': {
    kind: 'guarded',
    attempt: async (o, fx) => o.updateAlert(fx.alertDraftId, { content: (await owner.getAlert(fx.alertDraftId)).content }),
    state: alert('alertDraftId'),
  },
  'DELETE /api/alerts/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteAlert(fx.alertDraftId), state: alerts },
  'POST /api/alerts/:id/submit': { kind: 'guarded', attempt: (o, fx) => o.submitAlert(fx.alertDraftId), state: alert('alertDraftId') },
  'POST /api/alerts/:id/reject': { kind: 'guarded', attempt: (o, fx) => o.rejectAlert(fx.alertPendingId, 'Hijacked'), state: alert('alertPendingId') },
  'POST /api/alerts/:id/approve': { kind: 'guarded', attempt: (o, fx) => o.approveAlert(fx.alertPendingId), state: alert('alertPendingId') },
  'POST /api/alerts/:id/update': { kind: 'guarded', attempt: (o, fx) => o.startAlertUpdate(fx.alertPublishedId), state: alerts },
  'POST /api/alerts/:id/cancel': { kind: 'guarded', attempt: (o, fx) => o.startAlertCancel(fx.alertPublishedId), state: alerts },
  'POST /api/alerts/:id/ack': { kind: 'guarded', attempt: (o, fx) => o.acknowledgeAlert(fx.alertPublishedId), state: alert('alertPublishedId') },
  'GET /api/alerts/:id/message.xml': { kind: 'guarded', attempt: (o, fx) => o.alertXml(fx.alertDraftId), state: alert('alertDraftId') },
  'GET /api/alerts/:id/eu-alert.xml': { kind: 'guarded', attempt: (o, fx) => o.alertXml(fx.alertPublishedId, 'eu-alert'), state: alert('alertPublishedId') },
  'POST /api/practices/search': {
    kind: 'filtered',
    check: async (o, fx) => {
      const found = await o.searchPractices({ q: 'bollards or procedures', mine: true });
      expect(found.hits.map((h) => h.id)).not.toContain(fx.practiceId);
      expect(found.hits.map((h) => h.id)).not.toContain(fx.restrictedPracticeId);
      expect(JSON.stringify(found.facets)).not.toContain('"security-by-design"');
    },
  },
  'POST /api/practices': { kind: 'directory', why: "writes a practice owned by the caller's organisation" },
  'GET /api/practices/saved-searches': { kind: 'filtered', check: async (o, fx) => expect((await o.listSavedSearches()).map((x) => x.id)).not.toContain(fx.savedSearchId) },
  'POST /api/practices/saved-searches': { kind: 'self', why: "saves a search of the caller's own" },
  'PUT /api/practices/saved-searches/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateSavedSearch(fx.savedSearchId, { name: 'Hijacked', search: { q: 'x', facets: {} }, notify: false }),
    state: (owner) => owner.listSavedSearches(),
  },
  'DELETE /api/practices/saved-searches/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteSavedSearch(fx.savedSearchId), state: (owner) => owner.listSavedSearches() },
  'GET /api/notifications': { kind: 'filtered', check: async (o, fx) => expect((await o.notifications()).items.map((n) => n.id)).not.toContain(fx.notificationId) },
  'POST /api/notifications/read': {
    kind: 'filtered',
    check: async (o, fx) => {
      await o.markNotificationsRead({ ids: [fx.notificationId] });
      expect((await o.markNotificationsRead({ all: true })).items.map((n) => n.id)).not.toContain(fx.notificationId);
      // Nice's notification is still unread.
      expect((await owner.notifications({ unread: true })).items.map((n) => n.id)).toContain(fx.notificationId);
    },
  },
  'GET /api/practices/:id': { kind: 'guarded', attempt: (o, fx) => o.getPractice(fx.restrictedPracticeId), state: practice('restrictedPracticeId') },
  'PUT /api/practices/:id': {
    kind: 'guarded',
    attempt: async (o, fx) => {
      const p = await owner.getPractice(fx.practiceId);
      return o.updatePractice(fx.practiceId, { revision: p.revision, content: { ...p.content, title: { source: 'en', texts: { en: 'Hijacked' } } } });
    },
    state: practice('practiceId'),
  },
  'POST /api/practices/:id/steps': { kind: 'guarded', attempt: (o, fx) => o.stepPractice(fx.practiceId, { action: 'submit' }), state: practice('practiceId') },
  'POST /api/practices/:id/attachments': {
    kind: 'guarded',
    attempt: (o, fx) => o.attachToPractice(fx.practiceId, 'intruder.pdf', PDF),
    state: (owner, fx) => owner.getPractice(fx.practiceId).then((p) => p.attachments),
  },
  'GET /api/practices/:id/attachments/:attachmentId': {
    kind: 'guarded',
    attempt: (o, fx) => o.practiceAttachment(fx.practiceId, fx.practiceAttachmentId),
    state: (owner, fx) => owner.getPractice(fx.practiceId).then((p) => p.attachments),
  },
  'DELETE /api/practices/:id/attachments/:attachmentId': {
    kind: 'guarded',
    attempt: (o, fx) => o.detachFromPractice(fx.practiceId, fx.practiceAttachmentId),
    state: (owner, fx) => owner.getPractice(fx.practiceId).then((p) => p.attachments),
  },
  'DELETE /api/practices/:id': { kind: 'guarded', attempt: (o, fx) => o.deletePractice(fx.practiceId), state: practice('practiceId') },
  'GET /api/networks/:network/activities': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listActivities('alpes-maritimes')).map((a) => a.id)).not.toContain(fx.activityId),
  },
  'GET /api/networks/:network/calendar.ics': {
    kind: 'filtered',
    check: async (o) => expect(await o.networkCalendar('alpes-maritimes')).not.toContain('Control room exchange'),
  },
  'POST /api/networks/:network/activities': {
    kind: 'guarded',
    attempt: (o) => o.createActivity('alpes-maritimes', { kind: 'meeting', title: 'Hijacked', startsOn: '2027-01-01', endsOn: '2027-01-01' }),
    state: activities,
  },
  'GET /api/networks/:network/activities/:id': { kind: 'guarded', attempt: (o, fx) => o.getActivity('alpes-maritimes', fx.activityId), state: activities },
  'GET /api/networks/:network/activities/:id/exchange': { kind: 'guarded', attempt: (o, fx) => o.getExchange('alpes-maritimes', fx.activityId), state: exchange },
  'PUT /api/networks/:network/activities/:id/exchange': {
    kind: 'guarded',
    attempt: (o, fx) => o.saveExchange('alpes-maritimes', fx.activityId, { hostOrgId: fx.liegeId, objectives: 'Hijacked' }),
    state: exchange,
  },
  'POST /api/networks/:network/activities/:id/exchange/guests': {
    kind: 'guarded',
    attempt: (o, fx) => o.addExchangeGuest('alpes-maritimes', fx.activityId, { name: 'Intruder', arrivesOn: '2027-02-13', leavesOn: '2027-02-14' }),
    state: exchange,
  },
  'DELETE /api/networks/:network/activities/:id/exchange/guests/:guestId': {
    kind: 'guarded',
    attempt: (o, fx) => o.removeExchangeGuest('alpes-maritimes', fx.activityId, fx.exchangeGuestId),
    state: exchange,
  },
  'PUT /api/networks/:network/activities/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateActivity('alpes-maritimes', fx.activityId, { kind: 'meeting', title: 'Hijacked', startsOn: '2027-01-01', endsOn: '2027-01-01' }),
    state: activities,
  },
  'DELETE /api/networks/:network/activities/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteActivity('alpes-maritimes', fx.activityId), state: activities },
  'PUT /api/networks/:network/activities/:id/registration': {
    kind: 'guarded',
    attempt: (o, fx) => o.registerToActivity('alpes-maritimes', fx.activityId, { people: 4 }),
    state: activities,
  },
  'DELETE /api/networks/:network/activities/:id/registration': {
    kind: 'guarded',
    attempt: (o, fx) => o.unregisterFromActivity('alpes-maritimes', fx.activityId),
    state: activities,
  },
  'GET /api/networks/:network/calls': {
    kind: 'filtered',
    check: async (o, fx) => {
      const seen = await o.listCalls('alpes-maritimes');
      expect(seen.map((c) => c.id)).not.toContain(fx.callDraftId);
      expect(seen.flatMap((c) => [...c.applications, ...(c.mine ? [c.mine] : [])])).toEqual([]);
    },
  },
  'POST /api/networks/:network/calls': { kind: 'guarded', attempt: (o) => o.createCall('alpes-maritimes', CALL), state: calls },
  'GET /api/networks/:network/calls/:id': { kind: 'guarded', attempt: (o, fx) => o.getCall('alpes-maritimes', fx.callDraftId), state: call('callDraftId') },
  'PUT /api/networks/:network/calls/:id': { kind: 'guarded', attempt: (o, fx) => o.updateCall('alpes-maritimes', fx.callId, CALL), state: call('callId') },
  'DELETE /api/networks/:network/calls/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteCall('alpes-maritimes', fx.callId), state: call('callId') },
  'POST /api/networks/:network/calls/:id/close': { kind: 'guarded', attempt: (o, fx) => o.closeCall('alpes-maritimes', fx.callId), state: call('callId') },
  'PUT /api/networks/:network/calls/:id/application': {
    kind: 'guarded',
    attempt: (o, fx) => o.applyToCall('alpes-maritimes', fx.callDraftId, { answers: { x: 'Yes' }, motivation: 'M', contact: 'C' }),
    state: call('callDraftId'),
  },
  'DELETE /api/networks/:network/calls/:id/application': { kind: 'guarded', attempt: (o, fx) => o.withdrawFromCall('alpes-maritimes', fx.callId), state: call('callId') },
  'PUT /api/networks/:network/calls/:id/applications/:applicationId/review': {
    kind: 'guarded',
    attempt: (o, fx) => o.reviewApplication('alpes-maritimes', fx.callId, fx.applicationId, { scores: { x: 0 } }),
    state: call('callId'),
  },
  'POST /api/networks/:network/calls/:id/decision': {
    kind: 'guarded',
    attempt: (o, fx) => o.decideCall('alpes-maritimes', fx.callId, { selected: [fx.applicationId] }),
    state: call('callId'),
  },
  'GET /api/training': { kind: 'filtered', check: async (o, fx) => expect((await o.listCourses()).map((c) => c.id)).not.toContain(fx.courseId) },
  'POST /api/training': { kind: 'guarded', attempt: (o) => o.createCourse({ network: 'alpes-maritimes', course: COURSE }), state: (owner) => owner.listCourses('alpes-maritimes') },
  'GET /api/training/certificates/:code': { kind: 'public', why: 'whoever holds a certificate proves it by its code; unknown and unearned codes are not found' },
  'GET /api/training/:id': { kind: 'guarded', attempt: (o, fx) => o.getCourse(fx.courseId), state: course },
  'PUT /api/training/:id': { kind: 'guarded', attempt: (o, fx) => o.updateCourse(fx.courseId, { ...COURSE, title: 'Hijacked' }), state: course },
  'DELETE /api/training/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteCourse(fx.courseId), state: course },
  'POST /api/training/:id/participants': { kind: 'guarded', attempt: (o, fx) => o.enrolInCourse(fx.courseId, { name: 'Intruder' }), state: course },
  'DELETE /api/training/:id/participants/:participantId': { kind: 'guarded', attempt: (o, fx) => o.withdrawFromCourse(fx.courseId, fx.courseParticipantId), state: course },
  'PUT /api/training/:id/attendance': {
    kind: 'guarded',
    attempt: (o, fx) => o.markAttendance(fx.courseId, { participantId: fx.courseParticipantId, sessionId: 'day-1', present: false }),
    state: course,
  },
  'GET /api/training/:id/participants/:participantId/certificate.pdf': { kind: 'guarded', attempt: (o, fx) => o.certificatePdf(fx.courseId, fx.courseParticipantId), state: course },
  'GET /api/awareness': { kind: 'public', why: "the index of cities' published awareness pages, public by design" },
  'GET /api/awareness/:org': { kind: 'guarded', attempt: (o) => o.getAwarenessPage('nice'), state: (owner) => owner.getAwarenessPage('nice') },
  'PUT /api/awareness/:org': {
    kind: 'guarded',
    attempt: (o) => o.saveAwarenessPage('nice', { published: true, sections: [] }),
    state: (owner) => owner.getAwarenessPage('nice'),
  },
  'GET /api/citizens/coverage': { kind: 'filtered', check: async (o, fx) => expect((await o.listCoverage()).map((c) => c.id)).not.toContain(fx.coverageId) },
  'POST /api/citizens/coverage': { kind: 'directory', why: "declares where the caller's own organisation takes reports" },
  'PUT /api/citizens/coverage/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateCoverage(fx.coverageId, { name: 'Hijacked', categories: ['crowding'], area: CENTRAL_NICE }),
    state: (owner) => owner.listCoverage(),
  },
  'DELETE /api/citizens/coverage/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteCoverage(fx.coverageId), state: (owner) => owner.listCoverage() },
  'GET /api/citizens/api-keys': { kind: 'filtered', check: async (o, fx) => expect((await o.listApiKeys()).map((k) => k.id)).not.toContain(fx.apiKeyId) },
  'POST /api/citizens/api-keys': { kind: 'directory', why: "issues a key of the caller's own organisation" },
  'DELETE /api/citizens/api-keys/:id': { kind: 'guarded', attempt: (o, fx) => o.revokeApiKey(fx.apiKeyId), state: (owner) => owner.listApiKeys() },
  'POST /api/citizens/reports': { kind: 'public', why: "a citizen's report, sent without an account; the platform routes it, the sender reads nothing back but its receipt" },
  'PUT /api/citizens/reports/photo': { kind: 'public', why: "the reporter's secret token is the credential, for their own unpublished report only" },
  'GET /api/citizens/track/:token': { kind: 'public', why: "the reporter's secret token is the credential; the answer has no contact" },
  'GET /api/citizens/reports': { kind: 'filtered', check: async (o, fx) => expect((await o.listReports()).map((r) => r.id)).not.toContain(fx.reportId) },
  'GET /api/citizens/reports/:id': { kind: 'guarded', attempt: (o, fx) => o.getReport(fx.reportId), state: citizenReport },
  'PUT /api/citizens/reports/:id/triage': {
    kind: 'guarded',
    attempt: (o, fx) => o.triageReport(fx.reportId, { status: 'closed', statusNote: 'Hijacked', published: true }),
    state: citizenReport,
  },
  'GET /api/citizens/reports/:id/photo': { kind: 'guarded', attempt: (o, fx) => o.reportPhoto(fx.reportId), state: citizenReport },
  'GET /api/citizens/public/:requestId/photo.jpg': { kind: 'public', why: 'the photo of a published report, faces and chosen regions blurred; any other is not found' },
  'GET /api/citizens/transparency': { kind: 'public', why: 'per category: retention, anonymity and counts, no report' },
  'GET /api/citizens/categories': { kind: 'public', why: 'which organisation takes which category at a place: the routing the reporting page shows' },
  'GET /api/briefings': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listBriefings()).map((b) => b.id)).not.toContain(fx.briefingId),
  },
  'POST /api/briefings': { kind: 'directory', why: "creates a record owned by the caller's organisation" },
  'GET /api/briefings/:id': { kind: 'guarded', attempt: (o, fx) => o.getBriefing(fx.briefingId), state: briefing },
  'PATCH /api/briefings/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateBriefing(fx.briefingId, { title: 'Hijacked' }),
    state: briefing,
  },
  'DELETE /api/briefings/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteBriefing(fx.briefingId), state: briefing },
  'GET /api/records/:kind/:id/shares': { kind: 'guarded', attempt: (o, fx) => o.listShares('briefing', fx.briefingId), state: shares },
  'PUT /api/records/:kind/:id/shares/:orgId': {
    kind: 'guarded',
    attempt: (o, fx) => o.share('briefing', fx.briefingId, fx.liegeId, 'edit'),
    state: shares,
  },
  'DELETE /api/records/:kind/:id/shares/:orgId': {
    kind: 'guarded',
    attempt: (o, fx) => o.unshare('briefing', fx.briefingId, fx.liegeId),
    state: shares,
  },
  'GET /api/jobs': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listJobs({ diagnostic: true })).map((j) => j.id)).not.toContain(fx.jobId),
  },
  'POST /api/jobs': { kind: 'directory', why: "starts a job owned by the caller's organisation" },
  'GET /api/jobs/:id': { kind: 'guarded', attempt: (o, fx) => o.getJob(fx.jobId), state: job },
  'POST /api/jobs/:id/cancel': { kind: 'guarded', attempt: (o, fx) => o.cancelJob(fx.jobId), state: job },
  'GET /api/jobs/:id/events': { kind: 'guarded', attempt: (o, fx) => o.openJobEvents(fx.jobId), state: job },
  'GET /api/extracts': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listExtracts()).map((e) => e.id)).not.toContain(fx.extractId),
  },
  'POST /api/extracts': { kind: 'directory', why: "uploads an extract owned by the caller's organisation" },
  'GET /api/extracts/:id': { kind: 'guarded', attempt: (o, fx) => o.getExtract(fx.extractId), state: extract },
  'GET /api/extracts/:id/layers': { kind: 'guarded', attempt: (o, fx) => o.extractLayers(fx.extractId), state: extract },
  'DELETE /api/extracts/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteExtract(fx.extractId), state: extract },
  'GET /api/sites': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listSites()).map((s) => s.id)).not.toContain(fx.siteId),
  },
  'POST /api/sites': {
    kind: 'guarded',
    attempt: (o, fx) => o.createSite({ extractId: fx.extractId, candidate: 0 }),
    state: (owner, fx) => owner.listSites().then((sites) => sites.map((s) => s.id).filter((id) => id !== fx.siteId)),
  },
  'GET /api/sites/:id': { kind: 'guarded', attempt: (o, fx) => o.getSite(fx.siteId), state: site },
  'GET /api/sites/:id/layers': { kind: 'guarded', attempt: (o, fx) => o.siteLayers(fx.siteId), state: site },
  'PATCH /api/sites/:id': { kind: 'guarded', attempt: (o, fx) => o.updateSite(fx.siteId, { notes: 'Gate 3 is weak' }), state: site },
  'DELETE /api/sites/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteSite(fx.siteId), state: site },
  'GET /api/sites/:id/threat-analyses': { kind: 'guarded', attempt: (o, fx) => o.listThreatAnalyses(fx.siteId), state: threat },
  'POST /api/sites/:id/threat-analyses': {
    kind: 'guarded',
    attempt: (o, fx) => o.startThreatAnalysis(fx.siteId, { classes: ['car'] }),
    state: (owner, fx) => owner.listThreatAnalyses(fx.siteId).then((list) => list.map((t) => t.id)),
  },
  'GET /api/threat-analyses/:id': { kind: 'guarded', attempt: (o, fx) => o.getThreatAnalysis(fx.threatId), state: threat },
  'GET /api/threat-analyses/:id/layers': { kind: 'guarded', attempt: (o, fx) => o.threatLayers(fx.threatId), state: threat },
  'GET /api/threat-analyses/:id/result': { kind: 'guarded', attempt: (o, fx) => o.threatResult(fx.threatId), state: threat },
  'GET /api/threat-analyses/:id/export.geojson': {
    kind: 'guarded',
    attempt: (o, fx) => o.threatExport(fx.threatId, 'geojson'),
    state: threat,
  },
  'GET /api/threat-analyses/:id/export.csv': { kind: 'guarded', attempt: (o, fx) => o.threatExport(fx.threatId, 'csv'), state: threat },
  'DELETE /api/threat-analyses/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteThreatAnalysis(fx.threatId), state: threat },
  'GET /api/sites/:id/crowd-simulations': { kind: 'guarded', attempt: (o, fx) => o.listCrowdSimulations(fx.siteId), state: crowd },
  'POST /api/sites/:id/crowd-simulations': {
    kind: 'guarded',
    attempt: async (o, fx) => {
      const site = await o.getSite(fx.siteId).catch(() => null);
      return o.startCrowdSimulation(fx.siteId, { exits: site ? [doorOnOutline(site.outline, 2, 'x')] : [{ id: 'x', line: [[4.7757, 51.5892], [4.7758, 51.5892]] }], count: 5 });
    },
    state: (owner, fx) => owner.listCrowdSimulations(fx.siteId).then((list) => list.map((c) => c.id)),
  },
  'GET /api/crowd-simulations/:id': { kind: 'guarded', attempt: (o, fx) => o.getCrowdSimulation(fx.crowdId), state: crowd },
  'GET /api/crowd-simulations/:id/result': { kind: 'guarded', attempt: (o, fx) => o.crowdResult(fx.crowdId), state: crowd },
  'GET /api/crowd-simulations/:id/frames': { kind: 'guarded', attempt: (o, fx) => o.crowdFrames(fx.crowdId), state: crowd },
  'DELETE /api/crowd-simulations/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteCrowdSimulation(fx.crowdId), state: crowd },
  'GET /api/sites/:id/protection-plans': { kind: 'guarded', attempt: (o, fx) => o.listProtectionPlans(fx.siteId), state: plan },
  'POST /api/sites/:id/protection-plans': {
    kind: 'guarded',
    attempt: (o, fx) => o.startProtectionPlan(fx.siteId, { classes: ['car'], osmStations: false }),
    state: plans,
  },
  'GET /api/protection-plans/classes': { kind: 'directory', why: 'the default vehicle classes and which the default catalogue stops: the same for everyone' },
  'GET /api/protection-plans/compare': {
    kind: 'guarded',
    attempt: (o, fx) => o.compareProtectionPlans([fx.planId, fx.threatId]),
    state: plan,
  },
  'GET /api/protection-plans/:id': { kind: 'guarded', attempt: (o, fx) => o.getProtectionPlan(fx.planId), state: plan },
  'GET /api/protection-plans/:id/result': { kind: 'guarded', attempt: (o, fx) => o.protectionPlanResult(fx.planId), state: plan },
  'POST /api/protection-plans/:id/reoptimise': {
    kind: 'guarded',
    attempt: (o, fx) => o.reoptimiseProtectionPlan(fx.planId, { forbidden: [[4.7762, 51.5894]] }),
    state: plans,
  },
  'GET /api/protection-plans/:id/export.geojson': { kind: 'guarded', attempt: (o, fx) => o.protectionExport(fx.planId, 'geojson'), state: plan },
  'GET /api/protection-plans/:id/export.csv': { kind: 'guarded', attempt: (o, fx) => o.protectionExport(fx.planId, 'csv'), state: plan },
  'GET /api/protection-plans/:id/report.pdf': { kind: 'guarded', attempt: (o, fx) => o.protectionExport(fx.planId, 'pdf'), state: plan },
  'DELETE /api/protection-plans/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteProtectionPlan(fx.planId), state: plan },
  'GET /api/webhooks': {
    kind: 'filtered',
    check: async (o, fx) => expect((await o.listWebhooks()).map((w) => w.id)).not.toContain(fx.webhookId),
  },
  'POST /api/webhooks': { kind: 'directory', why: "creates a webhook of the caller's organisation" },
  'GET /api/webhooks/:id': { kind: 'guarded', attempt: (o, fx) => o.getWebhook(fx.webhookId), state: webhook },
  'PATCH /api/webhooks/:id': {
    kind: 'guarded',
    attempt: (o, fx) => o.updateWebhook(fx.webhookId, { url: 'https://93.184.215.14/stolen', active: true }),
    state: webhook,
  },
  'DELETE /api/webhooks/:id': { kind: 'guarded', attempt: (o, fx) => o.deleteWebhook(fx.webhookId), state: webhook },
  'POST /api/webhooks/:id/rotate-secret': { kind: 'guarded', attempt: (o, fx) => o.rotateWebhookSecret(fx.webhookId), state: webhook },
  'POST /api/webhooks/:id/ping': { kind: 'guarded', attempt: (o, fx) => o.pingWebhook(fx.webhookId), state: webhook },
  'GET /api/webhooks/:id/deliveries': { kind: 'guarded', attempt: (o, fx) => o.webhookDeliveries(fx.webhookId), state: webhook },
  'GET /api/audit': {
    kind: 'filtered',
    check: async (o, fx) => {
      // An organisation's admins see what their own members did, including their attempts on others'
      // records, and nothing that the other organisation's members did.
      const { entries } = await o.audit({ limit: 500 });
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.filter((e) => e.actorOrgId !== fx.liegeId && e.ownerOrgId !== fx.liegeId)).toEqual([]);
      expect(entries.filter((e) => e.actorOrgId === fx.niceId)).toEqual([]);
    },
  },
  'GET /api/audit.csv': {
    kind: 'filtered',
    check: async (o) => {
      const csv = await o.auditCsv();
      expect(csv).toContain('admin@liege.example.org');
      expect(csv).not.toMatch(/@nice\.example\.org|Ville de Nice/);
    },
  },
};

let platform: TestPlatform;
let owner: PactesurClient;
let outsider: PactesurClient;
let fx: Fixture;

beforeAll(async () => {
  platform = await startTestPlatform();
  owner = await platform.signedIn('admin@nice.example.org');
  outsider = await platform.signedIn('admin@liege.example.org');
  const orgs = await owner.listOrgs();
  const id = (slug: string) => orgs.find((o) => o.slug === slug)!.id;
  const b = await owner.createBriefing({ title: 'Promenade des Anglais — 14 July perimeter', body: 'Vehicle gates at …' });
  await owner.share('briefing', b.id, id('nice-police'), 'read');
  const editor = (await owner.listMembers(id('nice'))).find((m) => m.email === 'editor@nice.example.org')!;
  const inv = await owner.invite(id('nice'), { email: 'new.analyst@nice.example.org', role: 'analyst' });
  const started = await owner.startJob({ kind: 'diagnostic.count-primes', input: { limit: 1000 } });
  for (let i = 0; i < 600 && (await owner.getJob(started.id)).status !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 50));
  const upload = await owner.uploadExtract('breda-grote-markt.osm', readFileSync(new URL('../../../../data/osm/breda-grote-markt.osm', import.meta.url)));
  for (let i = 0; i < 600 && (await owner.getExtract(upload.id)).status === 'processing'; i++) await new Promise((r) => setTimeout(r, 50));
  const s = await owner.createSite({ extractId: upload.id, candidate: 0 });
  const t = await owner.startThreatAnalysis(s.id, { classes: ['car'], sensitivity: false });
  for (let i = 0; i < 600 && (await owner.getThreatAnalysis(t.id)).status === 'processing'; i++) await new Promise((r) => setTimeout(r, 50));
  const c = await owner.startCrowdSimulation(s.id, { exits: [doorOnOutline(s.outline, 2, 'Door')], count: 5, durationS: 60 });
  for (let i = 0; i < 600 && (await owner.getCrowdSimulation(c.id)).status === 'processing'; i++) await new Promise((r) => setTimeout(r, 50));
  const p = await owner.startProtectionPlan(s.id, { classes: ['car'], osmStations: false });
  for (let i = 0; i < 1200 && (await owner.getProtectionPlan(p.id)).status === 'processing'; i++) await new Promise((r) => setTimeout(r, 50));
  // Switched off and on a public address: nothing is ever sent from this test.
  const hook = await owner.createWebhook({ url: 'https://93.184.215.14/pactesur', events: ['record.ready'], active: false });
  const a = await owner.createAssessment({ siteId: s.id, title: 'Promenade — vulnerability assessment' });
  await owner.updateAssessment(a.id, { content: { scenarios: [{ threat: 'vehicle-ramming', likelihood: 4, impact: 5 }] } });
  await owner.overrideAssessmentIndicator(a.id, 'crowd-exposure', { value: 30_000, reason: 'Fireworks night' });
  const comment = await owner.addAssessmentComment(a.id, { body: 'The north gate stays open.' });
  const photo = await owner.uploadAssessmentPhoto(a.id, { filename: 'gate.jpg', caption: 'North gate' }, PHOTO);
  const v2 = await owner.newAssessmentVersion(a.id);
  // Alerts: a draft, one waiting for approval, one published (approved by a second person of Nice).
  const niceEditor = await platform.signedIn('editor@nice.example.org');
  const alertContent = (headline: string): AlertDraftContentInput => ({
    infos: [{
      language: 'fr-FR', categories: ['Security'], event: 'Attaque', urgency: 'Immediate', severity: 'Extreme', certainty: 'Observed',
      headline, senderName: 'Ville de Nice', instruction: 'Éloignez-vous de la promenade.', contact: '+33 4 97 13 20 00',
      expires: new Date(Date.now() + 6 * 3600_000).toISOString(), areas: [{ areaDesc: 'Promenade', circles: ['43.6950,7.2650 0.5'] }],
    }],
  });
  const draftAlert = await owner.createAlert({ content: alertContent('Brouillon') });
  const pendingAlert = await owner.createAlert({ content: alertContent('En attente') });
  await owner.submitAlert(pendingAlert.id);
  const publishedAlert = await owner.createAlert({ content: alertContent('Publiée') });
  await owner.submitAlert(publishedAlert.id);
  await niceEditor.approveAlert(publishedAlert.id);
  // Event plans: one live (submitted to Nice's police, approved with a condition), one draft; a profile.
  const police = await platform.signedIn('commander@police.nice.example.org');
  const profile = await owner.createEventProfile({ name: 'France — préfecture 06', country: 'FR', constants: { planningDensity: 2, unstableDensity: 4, criticalDensity: 5, flowLevel: 82, flowRamp: 82, flowStairs: 66, screeningPerLanePerMin: 10, egressMinutes: 8, minExitWidthM: 1.05 } });
  const eventPlan = {
    expectedPeak: 400,
    features: [
      { id: 'square', type: 'zone' as const, name: 'Square', polygon: { type: 'Polygon' as const, coordinates: s.outline.coordinates[0]! } },
      { id: 'north', type: 'exit' as const, name: 'North gate', line: doorOnOutline(s.outline, 4, 'north').line, widthM: 4 },
    ],
  };
  const liveEvent = await owner.createEvent({ siteId: s.id, name: 'Fête de la musique', startsAt: '2027-06-21T18:00:00+02:00', endsAt: '2027-06-21T23:59:00+02:00', profileId: profile.id, plan: eventPlan });
  await owner.submitEvent(liveEvent.id, { reviewers: [id('nice-police')], message: '' });
  const approved = await police.reviewEvent(liveEvent.id, { decision: 'approved-with-conditions', comment: '', conditions: ['Stewards at the north gate'] });
  await owner.startEventLive(liveEvent.id);
  await owner.postGateCount(liveEvent.id, { gate: 'north', in: 25 });
  const draftEvent = await owner.createEvent({ siteId: s.id, name: 'Marché de Noël', startsAt: '2027-12-01T10:00:00+01:00', endsAt: '2027-12-24T20:00:00+01:00', plan: eventPlan });
  // An exercise with Nice's police as players.
  const drill = await owner.createExercise({ name: 'Promenade drill', type: 'functional', startsAt: '2027-03-10T08:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00', template: 'vehicle-ramming-promenade' });
  const withPolice = await owner.addExerciseParticipant(drill.id, { orgId: id('nice-police'), role: 'player' });
  const action = await owner.addExerciseAction(drill.id, { text: 'Radio interoperability drill with the national police', element: 'training', orgId: id('nice-police') });
  // Played a moment (a paused clock keeps what reached whom still), with an observation and its photo.
  await owner.runExercise(drill.id, { action: 'start' });
  await owner.runExercise(drill.id, { action: 'pause' });
  // A practice still a draft, and one published for Madrid only.
  const practiceContent = (title: string, restrictedTo: string[]): PracticeContentInput => ({
    title: { source: 'en', texts: { en: title } },
    confidentiality: restrictedTo.length > 0 ? 'restricted' : 'network',
    restrictedTo,
    problem: { source: 'en', texts: { en: 'Vehicles could reach the crowd on the promenade during the summer events, at four street ends that stay open to deliveries until noon.' } },
    threats: ['vehicle-ramming'],
    objectives: { source: 'en', texts: { en: 'Stop a heavy vehicle at each street end.' } },
    method: { source: 'en', texts: { en: 'Retractable bollards rated for 7.5 t at 48 km/h close the four street ends during events; the control room lowers them for emergency vehicles, watching each on its own camera.' } },
    functions: ['security-by-design'],
    evaluation: 'outcome',
    results: { source: 'en', texts: { en: 'No vehicle entered in 40 events.' } },
    conditions: { source: 'en', texts: { en: 'Deep foundations need streets free of networks below; the heritage authority must agree to the design.' } },
    costBand: '100k-1m',
    contact: 'Head of urban security',
  });
  const draftPractice = await owner.createPractice({ content: practiceContent('Control room procedures', []) });
  const attached = (await owner.attachToPractice(draftPractice.id, 'control-room.pdf', PDF)).attachments[0]!;
  const forMadrid = await owner.createPractice({ content: practiceContent('Bollards of the four street ends', [id('madrid')]) });
  await owner.stepPractice(forMadrid.id, { action: 'submit' });
  await (await platform.signedIn('coordinator@efus.example.org')).stepPractice(forMadrid.id, { action: 'publish', maturity: 'inspiring' });
  // A search Nice's user saved, and the notification that Efus published its practice.
  const savedSearch = await owner.saveSearch({ name: 'Bollards', search: { q: 'bollards', facets: {} } });
  const notification = (await owner.notifications()).items[0]!;
  // A network of Nice's own, which Liège is not in, with an activity for its members only.
  await owner.createNetwork({ slug: 'alpes-maritimes', name: 'Alpes-Maritimes public space security' });
  const activity = await owner.createActivity('alpes-maritimes', { kind: 'exchange', title: 'Control room exchange', startsOn: '2027-02-13', endsOn: '2027-02-14', public: false, places: 4 });
  // Its exchange, hosted by Nice with its live plan, and an officer Nice's police sends as a member of the network.
  await owner.addNetworkMember('alpes-maritimes', { orgId: id('nice-police'), role: 'associated' });
  await owner.saveExchange('alpes-maritimes', activity.id, { hostOrgId: id('nice'), objectives: 'The control room at work', eventId: liveEvent.id });
  const guest = (await police.addExchangeGuest('alpes-maritimes', activity.id, { name: 'Brigadier of the municipal police', arrivesOn: '2027-02-13', leavesOn: '2027-02-14' })).guests[0]!;
  // A draft call of that network, and a published one that SDIS 06 answered.
  const callDraft = await owner.createCall('alpes-maritimes', { ...CALL, title: 'Control room partners', published: false });
  const openCall = await owner.createCall('alpes-maritimes', { ...CALL, title: 'Associated fire services' });
  const application = (await (await platform.signedIn('officer@sdis06.example.org')).applyToCall('alpes-maritimes', openCall.id, { answers: { x: 'Yes' }, motivation: 'Joint drills', contact: 'SDIS 06' })).mine!;
  // A members-only course of that network, with one of Nice's officers who attended it.
  const training = await owner.createCourse({ network: 'alpes-maritimes', course: COURSE });
  const trainee = (await owner.enrolInCourse(training.id, { name: 'Brigadier Alain Costa' })).participants[0]!;
  await owner.markAttendance(training.id, { participantId: trainee.id, sessionId: 'day-1', present: true });
  const observation = await owner.observeExercise(drill.id, { text: 'Cordon closed late at Rue Meyerbeer', rating: 'S' });
  await owner.uploadObservationPhoto(drill.id, observation.id, { filename: 'meyerbeer.jpg' }, PHOTO);
  // Nice takes citizens' reports over its centre through an Open311 key; one received, with a contact and a photo.
  const coverage = await owner.createCoverage({ name: 'Central Nice', categories: ['other', 'crowding'], area: CENTRAL_NICE });
  const apiKey = await owner.issueApiKey({ name: 'Partner app' });
  const citizenReceipt = await platform.client().sendReport({ category: 'other', location: [7.27, 43.7], description: 'Broken bench.', contact: { lastName: 'Dupont', email: 'dupont@example.org' } });
  await platform.client().sendReportPhoto(citizenReceipt.token, PHOTO);
  fx = { webhookId: hook.id, extractId: upload.id, siteId: s.id, threatId: t.id, crowdId: c.id, planId: p.id, jobId: started.id, niceId: id('nice'), liegeId: id('liege'), briefingId: b.id, niceEditorId: editor.userId, invitationId: inv.id, assessmentId: a.id, assessmentV2Id: v2.id, commentId: comment.id, photoId: photo.id, alertDraftId: draftAlert.id, alertPendingId: pendingAlert.id, alertPublishedId: publishedAlert.id, eventId: liveEvent.id, eventDraftId: draftEvent.id, conditionId: approved.conditions[0]!.id, profileId: profile.id!, exerciseId: drill.id, participantId: withPolice.participants[0]!.id, actionId: action.id, observationId: observation.id, practiceId: draftPractice.id, restrictedPracticeId: forMadrid.id, activityId: activity.id, exchangeGuestId: guest.id, callDraftId: callDraft.id, callId: openCall.id, applicationId: application.id, courseId: training.id, courseParticipantId: trainee.id, practiceAttachmentId: attached.id, savedSearchId: savedSearch.id, notificationId: notification.id, coverageId: coverage.id, apiKeyId: apiKey.id, reportId: citizenReceipt.id };
});
afterAll(() => platform.close());

describe('tenant isolation', () => {
  it('every API route is in the matrix, and the matrix names no route that does not exist', () => {
    const routes = new Set(
      platform.app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`),
    );
    const listed = new Set(Object.keys(MATRIX));
    expect([...routes].filter((r) => !listed.has(r)), 'routes missing from the matrix').toEqual([]);
    expect([...listed].filter((r) => !routes.has(r)), 'matrix entries without a route').toEqual([]);
  });

  const guarded = Object.entries(MATRIX).filter(
    (e): e is [string, Extract<Entry, { kind: 'guarded' }>] => e[1].kind === 'guarded',
  );
  it.each(guarded)('%s: another organisation gets 403/404 and nothing changes', async (_route, entry) => {
    const before = await entry.state(owner, fx);
    const failure = await entry.attempt(outsider, fx).then(
      () => null,
      (error: unknown) => error as { status?: number },
    );
    expect(failure, 'the attempt must be refused').not.toBeNull();
    expect([403, 404]).toContain(failure?.status);
    expect(await entry.state(owner, fx)).toEqual(before);
  });

  const filtered = Object.entries(MATRIX).filter(
    (e): e is [string, Extract<Entry, { kind: 'filtered' }>] => e[1].kind === 'filtered',
  );
  it.each(filtered)('%s: shows another organisation nothing of ours', async (_route, entry) => {
    await entry.check(outsider, fx);
  });
});

describe('sharing grants exactly the shared right', () => {
  it('read: the partner reads, cannot change, delete or re-share; unsharing takes it back', async () => {
    await owner.share('briefing', fx.briefingId, fx.liegeId, 'read');
    const seen = await outsider.getBriefing(fx.briefingId);
    expect(seen).toMatchObject({ id: fx.briefingId, access: 'read' });
    expect((await outsider.listBriefings()).map((b) => b.id)).toContain(fx.briefingId);
    await expect(outsider.updateBriefing(fx.briefingId, { title: 'Changed' })).rejects.toMatchObject({ status: 403 });
    await expect(outsider.deleteBriefing(fx.briefingId)).rejects.toMatchObject({ status: 403 });
    await expect(outsider.share('briefing', fx.briefingId, fx.liegeId, 'edit')).rejects.toMatchObject({ status: 403 });
    expect((await owner.getBriefing(fx.briefingId)).title).toBe('Promenade des Anglais — 14 July perimeter');

    await owner.unshare('briefing', fx.briefingId, fx.liegeId);
    await expect(outsider.getBriefing(fx.briefingId)).rejects.toMatchObject({ status: 404 });
  });

  it('edit: the partner changes the text but cannot delete the record or manage its shares', async () => {
    await owner.share('briefing', fx.briefingId, fx.liegeId, 'edit');
    const changed = await outsider.updateBriefing(fx.briefingId, { body: 'Gates moved to Rue de Rivoli' });
    expect(changed.access).toBe('edit');
    expect((await owner.getBriefing(fx.briefingId)).body).toBe('Gates moved to Rue de Rivoli');
    await expect(outsider.deleteBriefing(fx.briefingId)).rejects.toMatchObject({ status: 403 });
    await expect(outsider.listShares('briefing', fx.briefingId)).rejects.toMatchObject({ status: 403 });
    await owner.unshare('briefing', fx.briefingId, fx.liegeId);
    await expect(outsider.updateBriefing(fx.briefingId, { body: 'again' })).rejects.toMatchObject({ status: 404 });
  });

  it("a share reaches the named organisation only, and its users' roles still apply", async () => {
    const police = await platform.signedIn('commander@police.nice.example.org');
    expect((await police.getBriefing(fx.briefingId)).access).toBe('read');
    const madrid = await platform.signedIn('admin@madrid.example.org');
    await expect(madrid.getBriefing(fx.briefingId)).rejects.toMatchObject({ status: 404 });
  });

  it("every read by a partner and every refused attempt is in the owner's audit log", async () => {
    const { entries } = await owner.audit({ recordId: fx.briefingId, limit: 500 });
    const liegeReads = entries.filter((e) => e.actorOrgId === fx.liegeId && e.action === 'read');
    expect(liegeReads.length).toBeGreaterThan(0);
    expect(entries.some((e) => e.actorOrgId === fx.liegeId && e.action === 'access-denied')).toBe(true);
    expect(entries.some((e) => e.action === 'share' && e.detail?.includes('liege'))).toBe(true);
    expect(entries.some((e) => e.action === 'unshare')).toBe(true);
  });
});

/** A partner organisation that none of the tests above shares anything with: SDIS 06, signed in as its admin. */
async function sdis(): Promise<{ partner: PactesurClient; sdisId: string; sdisName: string }> {
  const partner = await platform.signedIn('officer@sdis06.example.org');
  const org = (await owner.listOrgs()).find((o) => o.slug === 'sdis-06')!;
  return { partner, sdisId: org.id, sdisName: org.name };
}

describe("what a partner reads through lists is in the owner's audit log", () => {
  it('one read entry per shared record a list shows, naming the partner, beside the partner’s own summary of each list', async () => {
    const { partner, sdisId, sdisName } = await sdis();
    const shared = [
      ['site', fx.siteId],
      ['briefing', fx.briefingId],
      ['threat-analysis', fx.threatId],
      ['job', fx.jobId],
    ] as const;
    for (const [kind, id] of shared) await owner.share(kind, id, sdisId, 'read');
    try {
      expect((await partner.listSites()).map((s) => s.id)).toContain(fx.siteId);
      expect((await partner.listBriefings()).map((b) => b.id)).toContain(fx.briefingId);
      expect((await partner.listThreatAnalyses(fx.siteId)).map((t) => t.id)).toEqual([fx.threatId]);
      expect((await partner.listCrowdSimulations(fx.siteId)).map((c) => c.id)).toEqual([]);
      expect((await partner.listJobs({ diagnostic: true })).map((j) => j.id)).toContain(fx.jobId);

      const listedBy = async () =>
        (await owner.audit({ action: 'read', limit: 500 })).entries.filter((e) => e.actorOrgId === sdisId && e.recordId !== null && e.detail?.startsWith('in a list'));
      const listed = await listedBy();
      for (const [kind, id] of shared)
        expect(listed.filter((e) => e.recordId === id), kind).toMatchObject([
          { recordKind: kind, ownerOrgId: fx.niceId, actorOrgName: sdisName, userEmail: 'officer@sdis06.example.org' },
        ]);
      expect(listed).toHaveLength(shared.length);

      // The partner's own log keeps one summary entry per list.
      const summaries = (await partner.audit({ action: 'read', limit: 500 })).entries.filter((e) => e.actorOrgId === sdisId && e.detail?.startsWith('list of'));
      expect(summaries.map((e) => e.recordKind).sort()).toEqual(['briefing', 'crowd-simulation', 'job', 'site', 'threat-analysis']);

      // The home page shows the shared site and its analysis, and names every share received: each is a read.
      const home = await partner.home();
      expect(home.sites.map((s) => s.id)).toContain(fx.siteId);
      expect(home.sharesReceived.map((s) => s.id).sort()).toEqual(shared.map(([, id]) => id).sort());
      const { entries } = await owner.audit({ action: 'read', limit: 500 });
      const received = entries.filter((e) => e.actorOrgId === sdisId && e.detail === 'in the shares received');
      expect(received.map((e) => e.recordId).sort()).toEqual(shared.map(([, id]) => id).sort());
      expect(received.every((e) => e.ownerOrgId === fx.niceId)).toBe(true);
      const afterHome = await listedBy();
      expect(afterHome.filter((e) => e.recordId === fx.siteId)).toHaveLength(2);
      expect(afterHome.filter((e) => e.recordId === fx.threatId)).toHaveLength(2);
    } finally {
      for (const [kind, id] of shared) await owner.unshare(kind, id, sdisId);
    }
  });
});

describe('one rule for shared records (ADR 0018)', () => {
  it('an edit share allows changes, never deletion: a partner deletes no kind of record', async () => {
    const { partner, sdisId } = await sdis();
    const kinds = [
      ['briefing', fx.briefingId, () => partner.deleteBriefing(fx.briefingId), briefing],
      ['extract', fx.extractId, () => partner.deleteExtract(fx.extractId), extract],
      ['site', fx.siteId, () => partner.deleteSite(fx.siteId), site],
      ['threat-analysis', fx.threatId, () => partner.deleteThreatAnalysis(fx.threatId), threat],
      ['crowd-simulation', fx.crowdId, () => partner.deleteCrowdSimulation(fx.crowdId), crowd],
      ['protection-plan', fx.planId, () => partner.deleteProtectionPlan(fx.planId), plan],
    ] as const;
    for (const [kind, id] of kinds) await owner.share(kind, id, sdisId, 'edit');
    try {
      for (const [kind, , attempt, state] of kinds) {
        const before = await state(owner, fx);
        const refused = await apiError(attempt());
        expect({ status: refused.status, code: refused.code, message: refused.message }, kind).toEqual({
          status: 403,
          code: 'forbidden',
          message: 'Only the owner organisation deletes a record.',
        });
        expect(await state(owner, fx), kind).toEqual(before);
      }
      const { entries } = await owner.audit({ action: 'access-denied', limit: 500 });
      for (const [kind, id] of kinds)
        expect(entries.filter((e) => e.actorOrgId === sdisId && e.recordId === id && e.detail === 'only the owner deletes'), kind).toHaveLength(1);
    } finally {
      for (const [kind, id] of kinds) await owner.unshare(kind, id, sdisId);
    }
  });

  it("a scenario of a plan is made only by the plan's owner: a partner holding edit shares is refused, and nothing is created", async () => {
    const { partner, sdisId } = await sdis();
    await owner.share('site', fx.siteId, sdisId, 'edit');
    await owner.share('protection-plan', fx.planId, sdisId, 'edit');
    try {
      const before = await plans(owner, fx);
      const reoptimised = await apiError(partner.reoptimiseProtectionPlan(fx.planId, { forbidden: [[4.7762, 51.5894]] }));
      expect({ status: reoptimised.status, code: reoptimised.code, message: reoptimised.message }).toEqual({
        status: 403,
        code: 'forbidden',
        message: 'Only the owner organisation of a record makes a scenario of it.',
      });
      const child = await apiError(partner.startProtectionPlan(fx.siteId, { classes: ['car'], osmStations: false, parentId: fx.planId }));
      expect([child.status, child.code, child.message]).toEqual([403, 'forbidden', 'Only the owner organisation of a record makes a scenario of it.']);
      expect(await plans(owner, fx)).toEqual(before);
      expect((await partner.listProtectionPlans(fx.siteId)).map((p) => p.id)).toEqual([fx.planId]);
    } finally {
      await owner.unshare('protection-plan', fx.planId, sdisId);
      await owner.unshare('site', fx.siteId, sdisId);
    }
  });
});
