import type { PactesurClient} from '@pactesur/api-client';
import { RealtimeClient } from '@pactesur/api-client';
import type { Delivery, InjectInput } from '@pactesur/contracts';
import { readCap } from '@pactesur/cap';
import { validateCap } from '@pactesur/cap/node';
import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { waitFor } from '../../../test/wait-for.ts';
import { listen, type Listening } from '../../listen.ts';
import { routedWebSocket } from '../../realtime/testing/routed-socket.ts';
import { signedInOverHttp } from '../../../test/signed-in-over-http.ts';
import { FileStore } from '../../files/file-store.ts';
import { hasLocation } from '../../files/photo-metadata.ts';

let platform: TestPlatform;
let server: Listening;
let nice: PactesurClient;
let police: PactesurClient;
let fire: PactesurClient;
let liege: PactesurClient;
let orgId: (slug: string) => string;
const sockets: RealtimeClient[] = [];

const signedIn = (email: string): Promise<PactesurClient> => signedInOverHttp(server.url, email);

beforeAll(async () => {
  platform = await startTestPlatform();
  server = await listen(platform, '127.0.0.1', 0);
  [nice, police, fire, liege] = await Promise.all([
    signedIn('admin@nice.example.org'),
    signedIn('commander@police.nice.example.org'),
    signedIn('officer@sdis06.example.org'),
    signedIn('admin@liege.example.org'),
  ]);
  const orgs = await nice.listOrgs();
  orgId = (slug) => orgs.find((o) => o.slug === slug)!.id;
}, 240_000);
afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.close();
  await platform?.close();
});

const inject = (number: number, over: Partial<InjectInput> = {}): InjectInput => ({
  id: `i${number}`,
  number,
  scenarioTimeS: 0,
  synopsis: `Inject ${number}`,
  message: `Message ${number}`,
  from: 'Control',
  to: ['players'],
  method: 'in-app',
  controlNote: `Secret note ${number}`,
  ...over,
});

/** A player's page: follows its organisation's deliveries from the first, as a browser does. */
function follow(client: PactesurClient, exerciseId: string, org: string, WebSocketImpl: typeof WebSocket = WebSocket) {
  const got: Delivery[] = [];
  const refused: string[] = [];
  let subscribed = false;
  const socket = new RealtimeClient({
    url: `${server.url.replace(/^http/, 'ws')}/api/realtime`,
    WebSocket: WebSocketImpl,
    cookies: () => client.transport.cookieHeader(),
    minDelayMs: 20,
    maxDelayMs: 100,
  });
  sockets.push(socket);
  socket.subscribe(
    `record:exercise:${exerciseId}:org-${org}`,
    {
      message: (payload) => got.push((payload as { delivery: Delivery }).delivery),
      subscribed: () => (subscribed = true),
      refused: (code) => refused.push(code),
    },
    0,
  );
  return { got, refused, subscribed: () => subscribed, socket };
}

async function exerciseWith(msel: InjectInput[], name = 'Promenade — vehicle ramming drill') {
  const x = await nice.createExercise({ name, type: 'functional', startsAt: '2027-03-10T08:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00', design: { msel } });
  await nice.addExerciseParticipant(x.id, { orgId: orgId('nice-police'), role: 'player', agency: 'Police municipale' });
  await nice.addExerciseParticipant(x.id, { orgId: orgId('sdis-06'), role: 'player', agency: 'Fire brigade' });
  return x;
}

describe('exercises', () => {
  it('starts from a template, keeps the scenario to its controllers, and shares the outline with its participants', async () => {
    const x = await nice.createExercise({ name: 'Fan zone', type: 'tabletop', startsAt: '2027-06-01T18:00:00+02:00', endsAt: '2027-06-01T21:00:00+02:00', template: 'crowd-crush-fan-zone' });
    expect(x.design?.msel.length).toBeGreaterThan(5);
    expect(x.myRoles).toEqual(['controller']);
    expect(await apiError(police.getExercise(x.id))).toMatchObject({ status: 404 });
    await nice.addExerciseParticipant(x.id, { orgId: orgId('nice-police'), role: 'player' });
    const seen = await police.getExercise(x.id);
    expect(seen).toMatchObject({ access: 'read', myRoles: ['player'], design: null });
    expect(seen.objectives.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen)).not.toContain(x.design!.msel[0]!.controlNote || 'no note');
    expect(await apiError(police.exerciseTimeline(x.id))).toMatchObject({ status: 403 });
    expect(await apiError(police.exerciseMsel(x.id))).toMatchObject({ status: 403 });
    expect(await apiError(police.runExercise(x.id, { action: 'start' }))).toMatchObject({ status: 403 });
    expect(await apiError(liege.getExercise(x.id))).toMatchObject({ status: 404 });
    expect((await liege.listExercises()).map((e) => e.id)).not.toContain(x.id);
  });

  it('exports its MSEL as CSV and imports one, refusing a file with errors with every finding', async () => {
    const x = await exerciseWith([inject(1), inject(2, { scenarioTimeS: 60, dependsOn: ['i1'] })]);
    const csv = await nice.exerciseMsel(x.id);
    expect(csv.split('\n')[0]).toContain('Number');
    const edited = csv.replace('Message 2', 'Message two');
    const imported = await nice.importExerciseMsel(x.id, edited);
    expect(imported.design?.msel.map((i) => i.message)).toEqual(['Message 1', 'Message two']);
    const broken = csv.replace(/in-app/g, 'carrier pigeon');
    const refused = await apiError(nice.importExerciseMsel(x.id, broken));
    expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await nice.getExercise(x.id)).design?.msel.map((i) => i.message)).toEqual(['Message 1', 'Message two']);
  });

  it('delivers each inject to the agencies it names only, on time, after its dependencies, once, in order — also across a dropped connection', async () => {
    const x = await exerciseWith([
      inject(1, { to: ['Police municipale'] }),
      inject(2, { to: ['sdis-06'] }),
      inject(3, { scenarioTimeS: 30, to: ['players'], dependsOn: ['i1'] }),
      inject(4, { scenarioTimeS: 60, to: ['nice-police'], contingency: true }),
      inject(5, { scenarioTimeS: 3600, to: ['players'] }),
    ]);
    let reachable = true;
    const cut: WebSocket[] = [];
    const Routed = routedWebSocket((url) => (reachable ? url : `${url}-unreachable`), (s) => cut.push(s)) as unknown as typeof WebSocket;
    const policePage = follow(police, x.id, orgId('nice-police'), Routed);
    const firePage = follow(fire, x.id, orgId('sdis-06'));
    const stolen = follow(fire, x.id, orgId('nice-police'));
    const outsider = follow(liege, x.id, orgId('nice-police'));
    await waitFor(() => Promise.resolve(policePage.subscribed() && firePage.subscribed() && stolen.refused.length > 0 && outsider.refused.length > 0), (ok) => ok);
    expect(stolen.refused).toEqual(['not_found']);
    expect(outsider.refused).toEqual(['not_found']);

    // 1 scenario minute per wall second: injects 1 and 2 at once, 3 after 30 scenario seconds.
    await nice.runExercise(x.id, { action: 'start', speed: 60 });
    await waitFor(() => Promise.resolve(policePage.got.length >= 2 && firePage.got.length >= 2), (ok) => ok, 20_000);
    expect(policePage.got.map((d) => d.number)).toEqual([1, 3]);
    expect(firePage.got.map((d) => d.number)).toEqual([2, 3]);
    expect(JSON.stringify(policePage.got)).not.toContain('Secret note');

    // The police page loses its connection; meanwhile a controller sends the contingency inject.
    reachable = false;
    cut.at(-1)?.terminate();
    await nice.runExercise(x.id, { action: 'publish', injectId: 'i4' });
    reachable = true;
    await waitFor(() => Promise.resolve(policePage.got.length >= 3), (ok) => ok, 20_000);
    expect(policePage.got.map((d) => d.number)).toEqual([1, 3, 4]);
    expect(firePage.got.map((d) => d.number)).toEqual([2, 3]);

    const timeline = await nice.exerciseTimeline(x.id);
    expect(timeline.injects.map((i) => [i.inject.number, i.status])).toEqual([
      [1, 'delivered'],
      [2, 'delivered'],
      [3, 'delivered'],
      [4, 'delivered'],
      [5, 'pending'],
    ]);
    expect(timeline.injects[0]!.reached).toEqual([orgId('nice-police')]);
    expect(await apiError(nice.runExercise(x.id, { action: 'publish', injectId: 'i1' }))).toMatchObject({ status: 409, code: 'conflict' });
    expect((await police.exerciseDeliveries(x.id)).map((d) => d.number)).toEqual([1, 3, 4]);

    // Pausing stops the clock; skipping the last inject settles it without delivering it.
    await nice.runExercise(x.id, { action: 'pause' });
    expect(await apiError(nice.runExercise(x.id, { action: 'pause' }))).toMatchObject({ status: 409, code: 'exercise_stage' });
    await nice.runExercise(x.id, { action: 'skip', injectId: 'i5' });
    await nice.runExercise(x.id, { action: 'resume' });
    await nice.runExercise(x.id, { action: 'jump', toScenarioTimeS: 7200 });
    expect((await nice.exerciseTimeline(x.id)).injects.at(-1)?.status).toBe('skipped');
    expect(firePage.got.map((d) => d.number)).toEqual([2, 3]);
    expect(await apiError(nice.updateExercise(x.id, { name: 'Changed' }))).toMatchObject({ status: 409, code: 'exercise_stage' });
  }, 120_000);

  it("takes the players' responses, with M/ETHANE reports, to injects that reached them", async () => {
    const x = await exerciseWith([inject(1, { to: ['nice-police'] })]);
    expect(await apiError(police.respondToExercise(x.id, { text: 'Too early' }))).toMatchObject({ status: 409, code: 'exercise_stage' });
    await nice.runExercise(x.id, { action: 'start' });
    await waitFor(() => nice.exerciseTimeline(x.id), (t) => t.injects[0]?.status === 'delivered');
    const made = await police.respondToExercise(x.id, {
      injectId: 'i1',
      text: 'Patrol on site, area closed',
      methane: { major: true, exactLocation: 'Promenade des Anglais at Rue de Rivoli', type: 'Vehicle ramming', casualties: '12 injured' },
    });
    expect(made).toMatchObject({ injectId: 'i1', methane: { major: true, exactLocation: 'Promenade des Anglais at Rue de Rivoli' } });
    expect(await apiError(fire.respondToExercise(x.id, { injectId: 'i1', text: 'Not ours' }))).toMatchObject({ status: 404 });
    await fire.respondToExercise(x.id, { text: 'Two engines on the way' });
    expect((await nice.exerciseResponses(x.id)).map((r) => r.text)).toEqual(['Patrol on site, area closed', 'Two engines on the way']);
    expect((await police.exerciseResponses(x.id)).map((r) => r.text)).toEqual(['Patrol on site, area closed']);
    expect(await apiError(nice.respondToExercise(x.id, { text: 'Controllers do not play' }))).toMatchObject({ status: 403 });
  });
  it('is evaluated: observations rated against the guide, feedback once ended, an improvement plan, the after-action report and the replay', async () => {
    const x = await exerciseWith([inject(1, { to: ['nice-police'] }), inject(2, { to: ['sdis-06'], scenarioTimeS: 10 })]);
    await nice.updateExercise(x.id, {
      design: {
        objectives: [{ id: 'o1', text: 'Close the promenade to traffic within 10 minutes', capabilities: ['c1'] }],
        capabilities: [{ id: 'c1', name: 'Operational coordination' }],
        tasks: [{ id: 't1', capabilityId: 'c1', text: 'Police and fire agree on the cordon' }],
      },
    });
    // A peer city's coordinator evaluates, as the network's cities do for each other.
    await nice.addExerciseParticipant(x.id, { orgId: orgId('liege'), role: 'evaluator' });
    const peer = liege;
    expect(await apiError(peer.observeExercise(x.id, { text: 'Too early' }))).toMatchObject({ status: 409, code: 'exercise_stage' });
    await nice.runExercise(x.id, { action: 'start', speed: 60 });
    await waitFor(() => nice.exerciseTimeline(x.id), (t) => t.injects.every((i) => i.status === 'delivered'), 20_000);
    await police.respondToExercise(x.id, { injectId: 'i1', text: 'Cordon set', methane: { major: true, exactLocation: 'Promenade' } });
    await peer.observeExercise(x.id, { objectiveId: 'o1', capabilityId: 'c1', taskId: 't1', text: 'Cordon agreed by radio in 4 minutes', rating: 'P' });
    await peer.observeExercise(x.id, { objectiveId: 'o1', capabilityId: 'c1', text: 'Fire brigade not told of the cordon', rating: 'M' });
    expect(await apiError(peer.observeExercise(x.id, { taskId: 'nope', text: 'x' }))).toMatchObject({ status: 400 });
    expect(await apiError(police.observeExercise(x.id, { text: 'Players do not evaluate' }))).toMatchObject({ status: 403 });
    expect(await apiError(police.giveExerciseFeedback(x.id, { kind: 'participant', wentWell: 'Early' }))).toMatchObject({ status: 409 });
    await nice.runExercise(x.id, { action: 'end' });
    await police.giveExerciseFeedback(x.id, { kind: 'participant', wentWell: 'Clear injects', toImprove: 'Radio channel shared with fire', score: 4 });
    await nice.giveExerciseFeedback(x.id, { kind: 'hot-wash', toImprove: 'Tell every agency of the cordon' });
    const action = await nice.addExerciseAction(x.id, { text: 'Joint radio channel for cordons', element: 'equipment', orgId: orgId('nice-police'), capabilityId: 'c1', dueOn: '2027-06-30' });
    expect(action).toMatchObject({ dueOn: '2027-06-30', startsOn: null, status: 'open' });
    expect(await apiError(nice.addExerciseAction(x.id, { text: 'x', element: 'training', orgId: orgId('madrid') }))).toMatchObject({ status: 400 });
    expect(await apiError(police.addExerciseAction(x.id, { text: 'x', element: 'training', orgId: orgId('nice-police') }))).toMatchObject({ status: 403 });
    const done = await nice.saveExerciseAction(x.id, action.id, { text: 'Joint radio channel for cordons', element: 'equipment', orgId: orgId('nice-police'), status: 'done' });
    expect(done).toMatchObject({ status: 'done', orgName: expect.any(String) as string });
    expect(done.doneAt).not.toBeNull();
    expect((await police.exerciseActions(x.id)).map((a) => a.status)).toEqual(['done']);

    const report = await peer.exerciseReport(x.id);
    expect(report.ratings).toEqual([{ objectiveId: 'o1', capabilityId: 'c1', counts: { P: 1, S: 0, M: 1, U: 0 }, overall: 'M' }]);
    expect(report.strengths.map((o) => o.text)).toEqual(['Cordon agreed by radio in 4 minutes']);
    expect(report.improvements.map((o) => o.text)).toEqual(['Fire brigade not told of the cordon']);
    expect(report.metrics.injectsDelivered).toBe(2);
    const policeMetrics = report.metrics.agencies.find((a) => a.orgId === orgId('nice-police'))!;
    expect(policeMetrics).toMatchObject({ injectsReceived: 1, responses: 1 });
    expect(policeMetrics.medianResponseS).toBeGreaterThanOrEqual(0);
    expect(policeMetrics.decisionS).not.toBeNull();
    expect(report.metrics.agencies.find((a) => a.orgId === orgId('sdis-06'))).toMatchObject({ injectsReceived: 1, responses: 0, medianResponseS: null });
    expect(report.feedback).toHaveLength(2);
    const replay = await nice.exerciseReplay(x.id);
    expect(replay.map((r) => r.kind)).toEqual(['delivery', 'delivery', 'response', 'observation', 'observation']);
    expect(await apiError(police.exerciseReport(x.id))).toMatchObject({ status: 403 });
    const pdf = await peer.exerciseReportPdf(x.id, 'fr');
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });
  it('delivers a CAP-alert inject as a CAP 1.2 message with status Exercise, restricted to the participants and marked EXERCISE', async () => {
    const x = await exerciseWith([
      inject(1, { method: 'cap-alert', to: ['players'], message: 'Leave the Promenade des Anglais now.\nGo north, away from the sea.', controlNote: 'Sent after the second call' }),
    ]);
    const policePage = follow(police, x.id, orgId('nice-police'));
    await waitFor(() => Promise.resolve(policePage.subscribed()), (ok) => ok);
    await nice.runExercise(x.id, { action: 'start' });
    await waitFor(() => Promise.resolve(policePage.got.length), (n) => n >= 1, 20_000);
    const cap = policePage.got[0]?.cap;
    expect(cap?.identifier).toMatch(new RegExp(`^pactesur\\.nice\\.${x.id}\\.inject-1$`));
    const read = readCap(cap?.xml ?? '');
    if (!read.ok) throw new Error(read.message);
    expect(read.alert).toMatchObject({ status: 'Exercise', scope: 'Restricted', msgType: 'Alert', sender: 'nice@alerts.pactesur.org' });
    expect(read.alert.note).toContain('EXERCISE');
    expect(read.alert.codes).toEqual([]);
    expect(read.alert.infos[0]?.headline).toBe('EXERCISE: Leave the Promenade des Anglais now.');
    expect(read.alert.infos[0]?.description).toContain('Go north, away from the sea.');
    expect(cap?.xml).not.toContain('Sent after the second call');
    expect(cap?.xml).not.toContain('Inject 1<');
    const checked = await validateCap(cap?.xml ?? '', { now: new Date() });
    expect(checked.findings.filter((f) => f.level === 'error').map((f) => f.message)).toEqual([]);
    // The same message is what the delivery keeps, for a page opened later and for the replay.
    expect((await police.exerciseDeliveries(x.id))[0]?.cap).toEqual(cap);
  }, 60_000);

  it("keeps an observation's photo without its location, for the exercise's evaluators only, and with the exercise", async () => {
    const x = await exerciseWith([inject(1, { to: ['nice-police'] })]);
    await nice.addExerciseParticipant(x.id, { orgId: orgId('liege'), role: 'evaluator' });
    await nice.runExercise(x.id, { action: 'start' });
    const seen = await liege.observeExercise(x.id, { text: 'Barriers left open at Rue Meyerbeer', rating: 'U' });
    expect(seen.photo).toBeNull();
    const gps = readFileSync(new URL('../../../test/fixtures/photo-gps.jpg', import.meta.url));
    expect(hasLocation(gps)).toBe(true);
    const withPhoto = await liege.uploadObservationPhoto(x.id, seen.id, { filename: 'meyerbeer.jpg' }, gps);
    expect(withPhoto.photo).toMatchObject({ filename: 'meyerbeer.jpg', contentType: 'image/jpeg', locationKept: false });
    const photo = await liege.transport.request('GET', liege.observationPhotoPath(x.id, seen.id));
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('cache-control')).toBe('private, no-store');
    const bytes = new Uint8Array(await photo.arrayBuffer());
    expect(hasLocation(bytes)).toBe(false);
    expect(bytes.length).toBe(withPhoto.photo?.bytes);
    expect(bytes.length).toBeLessThan(gps.length);

    // Only its author adds it; a player never sees it; what is not a photo is refused.
    expect(await apiError(nice.uploadObservationPhoto(x.id, seen.id, { filename: 'x.jpg' }, gps))).toMatchObject({ status: 403 });
    expect(await apiError(police.transport.request('GET', police.observationPhotoPath(x.id, seen.id)))).toMatchObject({ status: 403 });
    expect(await apiError(liege.uploadObservationPhoto(x.id, seen.id, { filename: 'notes.jpg' }, new TextEncoder().encode('not a photo')))).toMatchObject({ status: 422, code: 'photo_unreadable' });
    expect(await apiError(liege.uploadObservationPhoto(x.id, seen.id, { filename: 'x.gif' }, gps, 'image/gif'))).toMatchObject({ status: 415 });
    const replaced = await liege.uploadObservationPhoto(x.id, seen.id, { filename: 'meyerbeer-2.jpg', keepLocation: true }, gps);
    expect(replaced.photo).toMatchObject({ filename: 'meyerbeer-2.jpg', locationKept: true, bytes: gps.length });
    expect((await nice.exerciseObservations(x.id)).map((o) => o.photo?.filename)).toEqual(['meyerbeer-2.jpg']);

    // The replaced photo's file is gone; the other goes with the exercise.
    const files = await FileStore.open(platform.config.filesDir);
    const keys = await files.keys();
    const key = (await platform.database.db.selectFrom('exercise_observations').select('photo_key').where('id', '=', seen.id).executeTakeFirstOrThrow()).photo_key ?? '';
    expect(keys).toContain(key);
    await nice.deleteExercise(x.id);
    expect(await files.keys()).not.toContain(key);
    expect((await files.keys()).length).toBe(keys.length - 1);
  }, 60_000);

  it('delivers every inject to each of many players of the agencies it names exactly once, in order, while their connections drop', async () => {
    const targets = [['Police municipale'], ['Fire brigade'], ['players'], ['sdis-06', 'nice-police']];
    const msel = Array.from({ length: 24 }, (_, k) => inject(k + 1, { scenarioTimeS: k * 5, to: targets[k % targets.length]! }));
    const x = await exerciseWith(msel, 'Many players');
    const policeOrg = orgId('nice-police');
    const fireOrg = orgId('sdis-06');
    const expected = (org: string) => msel.filter((i) => i.to.some((t) => t === 'players' || (org === policeOrg ? ['Police municipale', 'nice-police'] : ['Fire brigade', 'sdis-06']).includes(t))).map((i) => i.number);
    const cut: WebSocket[] = [];
    const Routed = routedWebSocket((url) => url, (sock) => cut.push(sock)) as unknown as typeof WebSocket;
    const pages = [
      ...Array.from({ length: 12 }, () => ({ org: policeOrg, page: follow(police, x.id, policeOrg, Routed) })),
      ...Array.from({ length: 12 }, () => ({ org: fireOrg, page: follow(fire, x.id, fireOrg, Routed) })),
    ];
    await waitFor(() => Promise.resolve(pages.every((p) => p.page.subscribed())), (ok) => ok, 30_000);
    // 24 injects 5 scenario seconds apart at 20× real time: about 6 seconds of play.
    await nice.runExercise(x.id, { action: 'start', speed: 20 });
    for (let k = 0; k < 6; k++) {
      await new Promise((resolve) => setTimeout(resolve, 700));
      // Cut a few connections as a flaky network would; each client reconnects and resumes.
      for (const sock of cut.splice(0, 4)) sock.terminate();
    }
    for (const { org, page } of pages) {
      await waitFor(() => Promise.resolve(page.got.length >= expected(org).length), (ok) => ok, 30_000);
      expect(page.got.map((d) => d.number)).toEqual(expected(org));
    }
  }, 120_000);
});
