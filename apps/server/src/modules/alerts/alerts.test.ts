import type { PactesurClient } from '@pactesur/api-client';
import { parseFeed } from '@rowanmanning/feed-parser';
import { geoJsonToCapPolygon, readCap } from '@pactesur/cap';
import { validateCap } from '@pactesur/cap/node';
import type { AlertDraftContentInput, AlertInfoInput, Site } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '../../../test/api-error.ts';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';

let platform: TestPlatform;
let editor: PactesurClient;
let admin: PactesurClient;
let liege: PactesurClient;
let site: Site;
let orgIds: Record<string, string>;

beforeAll(async () => {
  platform = await startTestPlatform();
  [editor, admin, liege] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
    platform.signedIn('admin@liege.example.org'),
  ]);
  site = await registerSite(editor, 'breda-grote-markt.osm', 'Grote Markt');
  orgIds = Object.fromEntries((await editor.listOrgs()).map((o) => [o.slug, o.id]));
}, 240_000);
afterAll(() => platform.close());

const inTwoHours = () => new Date(Date.now() + 2 * 3600_000).toISOString();

function info(
  language: string,
  words: { event: string; headline: string; instruction: string },
): AlertInfoInput {
  const outline = site.outline.coordinates[0];
  const polygon = outline ? geoJsonToCapPolygon({ type: 'Polygon', coordinates: outline }) : null;
  if (!polygon?.ok) throw new Error('the site has no outline to alert');
  return {
    language,
    categories: ['Security'],
    responseTypes: ['Avoid', 'Shelter'],
    urgency: 'Immediate',
    severity: 'Extreme',
    certainty: 'Observed',
    senderName: 'Ville de Nice — Centre de supervision urbain',
    contact: '+33 4 97 13 20 00',
    expires: inTwoHours(),
    areas: [{ areaDesc: 'Grote Markt', polygons: [polygon.value] }],
    ...words,
  };
}

const bilingual = (extra: Partial<AlertDraftContentInput> = {}): AlertDraftContentInput => ({
  template: 'vehicle-ramming',
  siteId: site.id,
  infos: [
    info('fr-FR', {
      event: 'Attaque au véhicule-bélier',
      headline: 'Attaque en cours sur le Grote Markt',
      instruction: 'Éloignez-vous de la place et mettez-vous à l’abri dans un bâtiment.',
    }),
    info('en-GB', {
      event: 'Vehicle ramming attack',
      headline: 'Attack under way on the Grote Markt',
      instruction: 'Move away from the square and take shelter inside a building.',
    }),
  ],
  ...extra,
});

async function published(client: PactesurClient, content: AlertDraftContentInput) {
  const draft = await client.createAlert({ content });
  await client.submitAlert(draft.id);
  return admin.approveAlert(draft.id);
}

describe('public alerts', () => {
  it('composes a bilingual alert, approved by a second person, published in CAP 1.2 on the public feed', async () => {
    const preview = await editor.previewAlert(bilingual());
    expect(preview.findings.filter((f) => f.level === 'error')).toEqual([]);
    // The French instruction's typographic apostrophe is not GSM-7: the whole page falls back to UCS-2 (41 a page).
    expect(preview.pages.map((p) => [p.language, p.encoding, p.pages])).toEqual([
      ['fr-FR', 'ucs2', 2],
      ['en-GB', 'gsm7', 1],
    ]);

    const draft = await editor.createAlert({ content: bilingual() });
    expect(draft).toMatchObject({
      state: 'draft',
      msgType: 'Alert',
      status: 'Actual',
      scope: 'Public',
      languages: ['fr-FR', 'en-GB'],
      publicUrl: null,
    });
    const pending = await editor.submitAlert(draft.id);
    expect(pending.state).toBe('pending');
    // Four eyes: its author does not approve it.
    expect(await apiError(editor.approveAlert(draft.id))).toMatchObject({
      status: 403,
      code: 'approval_by_author',
    });
    const alert = await admin.approveAlert(draft.id);
    expect(alert).toMatchObject({
      state: 'published',
      approverName: 'Camille Laurent (security coordinator)',
      authorName: 'Hugo Martin (urban designer)',
    });
    expect(alert.history.map((e) => e.action)).toEqual(['created', 'submitted', 'approved', 'published']);
    expect(alert.publicUrl).toMatch(new RegExp(`/api/alerts/public/cap/${alert.id}\\.xml$`));

    // The message: CAP 1.2, valid, its sent time never in Z.
    const message = await platform.request(`/api/alerts/public/cap/${alert.id}.xml`);
    expect(message.status).toBe(200);
    expect(message.headers.get('content-type')).toContain('application/cap+xml');
    const xml = await message.text();
    const checked = await validateCap(xml);
    expect(checked.findings.filter((f) => f.level === 'error')).toEqual([]);
    const read = readCap(xml);
    if (!read.ok) throw new Error(read.message);
    expect(read.alert).toMatchObject({
      identifier: alert.identifier,
      msgType: 'Alert',
      status: 'Actual',
      scope: 'Public',
    });
    expect(read.alert.sent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-00:00$/);
    expect(read.alert.infos.map((i) => i.language)).toEqual(['fr-FR', 'en-GB']);

    // The feed links the entry to its message; the webhook message waits in the outbox.
    const feedAnswer = await platform.request('/api/alerts/public/nice/feed.atom');
    expect(feedAnswer.headers.get('content-type')).toContain('application/atom+xml');
    const feed = await feedAnswer.text();
    // A standard feed reader finds the entry and its link to the CAP message.
    const parsed = parseFeed(feed);
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.items.map((i) => [i.id, i.url])).toContainEqual([
      `urn:pactesur:alert:${alert.identifier}`,
      alert.publicUrl,
    ]);
    expect(feed).toContain(`<cap:identifier>${alert.identifier}</cap:identifier>`);
    expect(feed).toContain(`type="application/cap+xml" href="${alert.publicUrl ?? ''}"`);
    const geojson = (await (await platform.request('/api/alerts/public/nice/alerts.geojson')).json()) as {
      features: { properties: { identifier: string } }[];
    };
    expect(geojson.features.map((f) => f.properties.identifier)).toContain(alert.identifier);
    const outbox = await platform.database.db
      .selectFrom('outbox_messages')
      .select(['event', 'payload'])
      .where('event', '=', 'alert.published')
      .execute();
    expect(outbox.map((m) => (m.payload as { identifier: string }).identifier)).toContain(alert.identifier);
    // Another organisation does not see the organisation's alerts through the API.
    expect((await apiError(liege.getAlert(alert.id))).code).toBe('not_found');
  });

  it('cancels an alert with a message that references it, and the feed says so', async () => {
    const alert = await published(editor, bilingual());
    const cancel = await editor.startAlertCancel(alert.id);
    const original = readCap(await editor.alertXml(alert.id));
    if (!original.ok) throw new Error(original.message);
    expect(cancel).toMatchObject({ msgType: 'Cancel', state: 'draft', episodeId: alert.id });
    expect(cancel.references).toEqual([
      `nice@alerts.pactesur.org,${alert.identifier},${original.alert.sent}`,
    ]);
    await editor.submitAlert(cancel.id);
    const done = await admin.approveAlert(cancel.id);
    expect(done.state).toBe('published');
    expect((await editor.getAlert(alert.id)).state).toBe('cancelled');
    const message = readCap(await (await platform.request(`/api/alerts/public/cap/${cancel.id}.xml`)).text());
    expect(message.ok && message.alert.references).toBe(cancel.references[0]);
    const feed = await (await platform.request('/api/alerts/public/nice/feed.atom')).text();
    expect(feed).toContain(`<cap:identifier>${cancel.identifier}</cap:identifier>`);
    expect(feed).not.toContain(`<cap:identifier>${alert.identifier}</cap:identifier>`);
    // The original stays at its address: it was sent.
    expect((await platform.request(`/api/alerts/public/cap/${alert.id}.xml`)).status).toBe(200);
    expect((await apiError(editor.deleteAlert(alert.id))).code).toBe('conflict');
  });

  it('keeps an exercise to its participants, marked as one, never on a public channel', async () => {
    const exercise = await published(
      editor,
      bilingual({ status: 'Exercise', recipientOrgIds: [orgIds['nice-police'] ?? ''] }),
    );
    expect(exercise).toMatchObject({ status: 'Exercise', state: 'published', publicUrl: null });
    const xml = await editor.alertXml(exercise.id);
    expect(xml).toContain('<status>Exercise</status>');
    expect(xml).toMatch(/<note>EXERCISE/);
    expect(xml).toContain('<headline>EXERCISE: Attaque en cours sur le Grote Markt</headline>');
    expect((await platform.request(`/api/alerts/public/cap/${exercise.id}.xml`)).status).toBe(404);
    expect(await (await platform.request('/api/alerts/public/nice/feed.atom')).text()).not.toContain(
      exercise.identifier,
    );
    const police = await platform.signedIn('commander@police.nice.example.org');
    expect((await police.getAlert(exercise.id)).access).toBe('read');
    expect((await apiError(liege.getAlert(exercise.id))).code).toBe('not_found');
    const outbox = await platform.database.db
      .selectFrom('outbox_messages')
      .select('payload')
      .where('event', '=', 'alert.published')
      .execute();
    expect(outbox.map((m) => (m.payload as { identifier: string }).identifier)).not.toContain(
      exercise.identifier,
    );
  });

  it('sends a Restricted alert to the partners named, who acknowledge it with a CAP Ack', async () => {
    const restricted = await published(
      editor,
      bilingual({
        scope: 'Restricted',
        restriction: 'For the partner cities of the network.',
        recipientOrgIds: [orgIds.liege ?? ''],
      }),
    );
    expect(restricted.publicUrl).toBeNull();
    expect((await platform.request(`/api/alerts/public/cap/${restricted.id}.xml`)).status).toBe(404);
    const seen = await liege.getAlert(restricted.id);
    expect(seen.access).toBe('read');
    const acked = await liege.acknowledgeAlert(restricted.id);
    expect(acked.acks).toEqual([expect.objectContaining({ orgId: orgIds.liege, orgName: 'Ville de Liège' })]);
    expect((await apiError(liege.acknowledgeAlert(restricted.id))).code).toBe('conflict');
    const ack = await platform.database.db
      .selectFrom('alert_acks')
      .select('xml')
      .where('alert_id', '=', restricted.id)
      .executeTakeFirstOrThrow();
    const read = readCap(ack.xml);
    expect(read.ok && [read.alert.msgType, read.alert.references?.split(',')[1]]).toEqual([
      'Ack',
      restricted.identifier,
    ]);
    // The hand-off to the national authority is a Restricted CAP request.
    const handOff = readCap(await editor.alertXml(restricted.id, 'eu-alert'));
    expect(handOff.ok && [handOff.alert.scope, handOff.alert.identifier]).toEqual([
      'Restricted',
      `${restricted.identifier}.eu-alert`,
    ]);
  });

  it('refuses a draft with errors, with the findings, and a save made on an older revision', async () => {
    const content = bilingual();
    const [fr, en] = content.infos;
    if (!fr || !en) throw new Error('two infos expected');
    // The city profile wants the same facts in every language.
    const differ = await editor.createAlert({
      content: { ...content, infos: [fr, { ...en, severity: 'Minor' }] },
    });
    const refused = await apiError(editor.submitAlert(differ.id));
    expect(refused).toMatchObject({ status: 422, code: 'alert_invalid' });
    expect(JSON.stringify(refused.details)).toMatch(/PROFILE_/);
    expect((await editor.getAlert(differ.id)).state).toBe('draft');
    const saved = await editor.updateAlert(differ.id, { content, revision: differ.revision });
    expect((await apiError(editor.updateAlert(differ.id, { content, revision: differ.revision }))).code).toBe(
      'conflict',
    );
    expect((await editor.submitAlert(saved.id)).state).toBe('pending');
    const back = await admin.rejectAlert(saved.id, 'Name the exits in the instruction.');
    expect(back.state).toBe('draft');
    expect(back.history.at(-1)).toMatchObject({
      action: 'rejected',
      detail: 'Name the exits in the instruction.',
    });
  });
});
