import type { PactesurClient } from '@pactesur/api-client';
import type { AlertDraftContentInput, AlertInfoInput, CapStatusValue, Site } from '@pactesur/contracts';
import { XMLParser } from 'fast-xml-parser';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urgentAlertInfo, type AlertWords } from './alertInfo.ts';
import { signIn } from './browser.ts';
import { BrowserRun, expectMapDrawn, registerSite, sharedExtract } from './scenario.ts';

const AUTHOR = 'editor@nice.example.org';
/** The fire and rescue service of the Alpes-Maritimes, a partner of Nice. */
const PARTNER = 'officer@sdis06.example.org';
const APPROVER = 'admin@nice.example.org';
const SITE_NAME = 'Place du Palais';
const FR_CONTACT = 'Police municipale de Nice, 04 93 00 00 00';
const EN_CONTACT = 'Nice municipal police, +33 4 93 00 00 00';
const EN_HEADLINE = 'Vehicle attack on Place du Palais: keep away';

const run = new BrowserRun();
let site: Site;
let author: PactesurClient;
let approver: PactesurClient;
/** The alert the first test publishes, cancelled by the second. */
let published = '';

beforeAll(async () => {
  await run.start();
  [author, approver] = await Promise.all([run.client(AUTHOR), run.client(APPROVER)]);
  site = await registerSite(author, sharedExtract('monaco-ville-port-hercule.osm'), SITE_NAME, { dataDate: '2026-03-10' });
});

afterAll(() => run.finish());

/** A bilingual alert over a circle around the palace, made through the API (the composer is the first test's). */
function apiContent(status: CapStatusValue): AlertDraftContentInput {
  const expires = new Date(Date.now() + 2 * 3_600_000).toISOString();
  const areas = [{ areaDesc: SITE_NAME, circles: ['43.7311,7.4203 0.3'] }];
  const info = (language: string, words: AlertWords): AlertInfoInput => urgentAlertInfo(language, words, areas, expires);
  return {
    template: 'vehicle-ramming',
    siteId: site.id,
    status,
    infos: [
      info('fr-FR', { event: 'Attaque au véhicule-bélier', headline: 'Évitez la place du Palais', instruction: 'Éloignez-vous de la place.', contact: FR_CONTACT }),
      info('en-GB', { event: 'Vehicle ramming', headline: 'Avoid Place du Palais', instruction: 'Move away from the square.', contact: EN_CONTACT }),
    ],
  };
}

/** A standard XML reader of the feed and the messages, namespaces kept as prefixes, attributes as `@_name`. */
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'info', 'area', 'polygon'].includes(name) });

interface AtomEntry {
  readonly id: string;
  readonly title: string;
  readonly link: readonly { readonly '@_rel'?: string; readonly '@_type'?: string; readonly '@_href': string }[];
  readonly 'cap:identifier': string;
  readonly 'cap:msgType': string;
  readonly 'cap:status': string;
}

/** The entries of the city's public Atom feed, read by a standard XML parser (no session: it is public). */
async function feedEntries(request: APIRequestContext): Promise<AtomEntry[]> {
  const response = await request.get(author.publicAlertFeedPath('nice'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const doc = xml.parse(await response.text()) as { feed?: { entry?: AtomEntry[] } };
  expect(doc.feed).toBeDefined();
  return doc.feed?.entry ?? [];
}

/** Waits until the page's draft has been saved and checked, then gives its findings' error count. */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
  await expect.poll(() => page.getByTestId('findings').getAttribute('data-checking'), { timeout: 15_000 }).toBe('false');
}

const alertId = (page: Page) => new URL(page.url()).pathname.split('/').pop() ?? '';
const state = (page: Page) => page.getByTestId('alert').getAttribute('data-state');

describe('public alerts in Chromium', () => {
  it('composes a bilingual alert from a template over a site, approved by a second person, published on the feed', async () => {
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, AUTHOR, '/alerts');
    await page.getByRole('link', { name: 'New alert' }).click();
    await page.getByRole('heading', { level: 1, name: 'New public alert' }).waitFor();

    // Nice publishes in French, English and Italian: all three are ticked at first; this alert is in two.
    for (const tag of ['fr-FR', 'en-GB', 'it-IT'])
      expect(await page.getByRole('checkbox', { name: new RegExp(`\\(${tag}\\)$`) }).isChecked(), tag).toBe(true);
    await page.getByRole('checkbox', { name: /\(it-IT\)$/ }).uncheck();
    await page.getByRole('radio', { name: 'Vehicle ramming' }).check();
    expect(await page.getByRole('radio', { name: 'Real alert' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Public' }).isChecked()).toBe(true);
    // Choosing an exercise says what it means before anything is made.
    await page.getByRole('radio', { name: 'Exercise' }).check();
    await page.getByTestId('exercise-warning').getByText(/never published on the public feed/).waitFor();
    await page.getByRole('radio', { name: 'Real alert' }).check();
    expect(await page.getByTestId('exercise-warning').count()).toBe(0);
    await page.getByLabel('Public space (optional)').selectOption({ value: site.id });
    await page.screenshot({ path: '/tmp/pactesur-alert-new.png', fullPage: true });
    await page.getByRole('button', { name: 'Write the alert' }).click();

    // The composer: the template's words in French first, each language in its tab.
    await page.getByRole('heading', { level: 1, name: 'Attaque au véhicule : éloignez-vous du secteur' }).waitFor();
    const id = alertId(page);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const tabs = page.getByRole('tablist', { name: 'Languages of the alert' }).getByRole('tab');
    expect(await tabs.allInnerTexts()).toEqual([expect.stringContaining('(fr-FR)'), expect.stringContaining('(en-GB)')]);
    expect(await page.getByLabel('Event', { exact: true }).inputValue()).toBe('Attaque au véhicule-bélier');
    expect(await page.getByLabel('Urgency').inputValue()).toBe('Immediate');
    expect(await page.getByLabel('Severity').inputValue()).toBe('Extreme');
    expect(await page.getByLabel('Contact', { exact: true }).getAttribute('lang')).toBe('fr-FR');

    // The site's outline is the area of every language, on our own map.
    await expectMapDrawn(page, 'area-map');
    expect(await page.getByTestId('area-picker').getAttribute('data-shapes')).toBe('1');

    // Each language completed; English's urgency changed, flagged, then every fact copied from French.
    await page.getByLabel('Contact', { exact: true }).fill(FR_CONTACT);
    await page.getByRole('tab', { name: /\(en-GB\)/ }).click();
    expect(await page.getByLabel('Event', { exact: true }).inputValue()).toBe('Vehicle ramming');
    await page.getByLabel('Headline', { exact: true }).fill(EN_HEADLINE);
    await page.getByLabel('Contact', { exact: true }).fill(EN_CONTACT);
    await page.getByLabel('Urgency').selectOption({ label: 'Within the hour' });
    const facts = page.getByTestId('same-facts');
    await expect.poll(() => facts.getAttribute('data-differing')).toBe('1');
    expect(await facts.locator('tr[data-fact="urgency"]').getAttribute('data-differs')).toBe('true');
    await facts.getByRole('button', { name: 'Copy from fr-FR' }).click();
    await expect.poll(() => facts.getAttribute('data-differing')).toBe('0');
    expect(await page.getByLabel('Urgency').inputValue()).toBe('Immediate');
    await settled(page);

    // Checked as typed: no error, and the pages of cell broadcast of each language.
    const findings = page.getByTestId('findings');
    expect(await findings.getAttribute('data-errors')).toBe('0');
    expect(await findings.locator('[data-testid="finding"][data-level="error"]').count()).toBe(0);
    const pages = page.getByTestId('page-count');
    expect(await pages.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-language')))).toEqual(['fr-FR', 'en-GB']);
    for (const count of await pages.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-pages')))))
      expect(count).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('public-headline').innerText()).toBe(EN_HEADLINE);
    expect(await page.getByTestId('cap-xml').innerText()).toContain('<headline>Vehicle attack on Place du Palais: keep away</headline>');
    await page.screenshot({ path: '/tmp/pactesur-alert-composer.png', fullPage: true });

    // What the page saved: both languages, the same CAP polygon of the site (latitude first, closed).
    const stored = await author.getAlert(id);
    expect(stored.content.infos.map((i) => [i.language, i.contact])).toEqual([
      ['fr-FR', FR_CONTACT],
      ['en-GB', EN_CONTACT],
    ]);
    const polygons = stored.content.infos.map((i) => i.areas[0]?.polygons[0] ?? '');
    expect(polygons[0]).toBe(polygons[1]);
    const pairs = (polygons[0] ?? '').split(' ');
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    expect(pairs[0]).toBe(pairs.at(-1));
    for (const pair of pairs) expect(pair).toMatch(/^43\.7\d{0,5},7\.4\d{0,5}$/);

    // Submitted; its author may not approve it: no button, the reason said, and the API refuses too.
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe('pending');
    await page.getByTestId('author-cannot-approve').waitFor();
    expect(await page.getByRole('button', { name: 'Approve and publish' }).count()).toBe(0);
    await expect(author.approveAlert(id)).rejects.toMatchObject({ code: 'approval_by_author' });

    // The duty officer, in a browser of their own, approves; the author's page follows.
    const duty = (await run.tab({ watchConsole: true })).page;
    await signIn(duty, APPROVER, `/alerts/${id}`);
    await duty.getByRole('heading', { level: 1, name: 'Attaque au véhicule : éloignez-vous du secteur' }).waitFor();
    await duty.getByRole('button', { name: 'Approve and publish' }).click();
    await expect.poll(() => state(duty), { timeout: 15_000 }).toBe('published');
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe('published');
    expect(await page.getByTestId('public-url').getAttribute('href')).toContain(`/api/alerts/public/cap/${id}.xml`);
    expect((await page.getByTestId('history-entry').evaluateAll((es) => es.map((e) => e.getAttribute('data-action'))))).toEqual(
      expect.arrayContaining(['created', 'submitted', 'approved', 'published']),
    );

    // The public feed: an entry linking the CAP message, whose identifier is the alert's.
    const entry = (await feedEntries(page.request)).find((e) => e['cap:identifier'] === stored.identifier);
    expect(entry).toBeDefined();
    const capLink = entry?.link.find((l) => l['@_type'] === 'application/cap+xml');
    expect(capLink?.['@_href']).toContain(`/api/alerts/public/cap/${id}.xml`);
    const message = await page.request.get(capLink?.['@_href'] ?? '');
    expect(message.status()).toBe(200);
    expect(message.headers()['content-type']).toContain('application/cap+xml');
    const cap = xml.parse(await message.text()) as { alert?: { identifier: string; msgType: string; status: string; info: { language: string }[] } };
    expect(cap.alert?.identifier).toBe(stored.identifier);
    expect(cap.alert?.msgType).toBe('Alert');
    expect(cap.alert?.status).toBe('Actual');
    expect(cap.alert?.info.map((i) => i.language)).toEqual(['fr-FR', 'en-GB']);
    published = id;
  });

  it('cancels the alert: a Cancel referencing it, approved, the alert cancelled and the Cancel on the feed', async () => {
    expect(published).not.toBe('');
    const original = await author.getAlert(published);
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, AUTHOR, `/alerts/${published}`);
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe('published');
    await page.getByRole('button', { name: 'Cancel the alert' }).click();
    await page.getByTestId('start-cancel').getByRole('button', { name: 'Write the cancellation' }).click();
    await expect.poll(() => alertId(page)).not.toBe(published);
    const cancelId = alertId(page);
    await expect.poll(() => page.getByTestId('alert').getAttribute('data-msg-type'), { timeout: 15_000 }).toBe('Cancel');

    // It names the alert it cancels: sender, identifier and time sent.
    const reference = page.getByTestId('alert-reference');
    expect(await reference.count()).toBe(1);
    const triplet = (await reference.getAttribute('data-reference')) ?? '';
    const [sender, identifier, sent] = triplet.split(',');
    expect(sender).toBe('nice@alerts.pactesur.org');
    expect(identifier).toBe(original.identifier);
    expect(sent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    // CAP writes the time sent to the second.
    expect(Date.parse(sent ?? '')).toBe(Math.floor(Date.parse(original.sent ?? '') / 1000) * 1000);

    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(() => state(page), { timeout: 15_000 }).toBe('pending');
    const duty = (await run.tab({ watchConsole: true })).page;
    await signIn(duty, APPROVER, `/alerts/${cancelId}`);
    await duty.getByRole('button', { name: 'Approve and publish' }).click();
    await expect.poll(() => state(duty), { timeout: 15_000 }).toBe('published');
    expect((await author.getAlert(published)).state).toBe('cancelled');

    // The list: the Cancel under the alert it ended, both in the past, each state in words.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).click();
    const episode = page.getByTestId('alerts-past').locator(`[data-testid="alert-episode"][data-episode-id="${original.episodeId}"]`);
    await episode.waitFor();
    const rows = episode.getByTestId('alert-row');
    expect(await rows.evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-msg-type'), r.getAttribute('data-state')]))).toEqual([
      ['Alert', 'cancelled'],
      ['Cancel', 'published'],
    ]);
    expect(await rows.first().innerText()).toContain('Cancelled');
    await page.screenshot({ path: '/tmp/pactesur-alerts-list.png', fullPage: true });

    // The feed carries the Cancel message.
    const cancelled = await author.getAlert(cancelId);
    const entries = await feedEntries(page.request);
    const entry = entries.find((e) => e['cap:identifier'] === cancelled.identifier);
    expect(entry?.['cap:msgType']).toBe('Cancel');
    expect(entry?.link.some((l) => l['@_type'] === 'application/cap+xml' && l['@_href'].endsWith(`/api/alerts/public/cap/${cancelId}.xml`))).toBe(true);
  });

  it('draws the area as a circle or a polygon on the map for every language, and refuses a file without a polygon', async () => {
    const draft = await author.createAlert({ content: apiContent('Actual') });
    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, AUTHOR, `/alerts/${draft.id}`);
    const picker = page.getByTestId('area-picker');
    expect(await picker.getAttribute('data-shapes')).toBe('1');
    await picker.getByRole('radio', { name: 'GeoJSON file' }).check();
    await picker.getByLabel(/^GeoJSON file \(/).setInputFiles({
      name: 'entrance.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'Point', coordinates: [7.4203, 43.7311] })),
    });
    await picker.locator('[data-testid="area-problem"][data-problem="type"]').getByText(/holds no polygon/).waitFor();

    // A circle typed in: centre and radius, then the same circle in both languages.
    await picker.getByRole('radio', { name: 'Draw a circle' }).check();
    await picker.getByLabel('Name of the area', { exact: true }).fill('Around the palace');
    await picker.getByLabel('Centre (latitude, longitude)').fill('43.7311, 7.4203');
    await picker.getByLabel('Radius (km)').fill('0.3');
    await picker.getByRole('button', { name: 'Use this area' }).click();
    await settled(page);
    const circled = await author.getAlert(draft.id);
    expect(circled.content.infos.map((i) => i.areas)).toEqual([
      [{ areaDesc: 'Around the palace', polygons: [], circles: ['43.7311,7.4203 0.3'] }],
      [{ areaDesc: 'Around the palace', polygons: [], circles: ['43.7311,7.4203 0.3'] }],
    ]);

    // A polygon clicked corner by corner on the map.
    await picker.getByRole('radio', { name: 'Draw a polygon' }).check();
    const map = page.locator('[data-testid="area-map"][data-map-state="loaded"]');
    await map.waitFor({ timeout: 30_000 });
    for (const [x, y] of [[200, 120], [320, 130], [300, 240], [190, 230]] as const) await map.click({ position: { x, y } });
    await expect.poll(() => picker.getByTestId('area-corners').innerText()).toBe('Corners: 4');
    await picker.getByRole('button', { name: 'Use this area' }).click();
    await settled(page);
    const drawn = await author.getAlert(draft.id);
    const [fr, en] = drawn.content.infos;
    expect(fr?.areas[0]?.circles).toEqual([]);
    expect(fr?.areas[0]?.polygons).toHaveLength(1);
    expect(en?.areas).toEqual(fr?.areas);
    const pairs = fr?.areas[0]?.polygons[0]?.split(' ') ?? [];
    expect(pairs).toHaveLength(5);
    expect(pairs[0]).toBe(pairs[4]);
    expect(await page.getByTestId('findings').getAttribute('data-errors')).toBe('0');
  });

  it('sends a Restricted alert to a partner, who finds it in its list and acknowledges it', async () => {
    const sdis = (await author.listOrgs()).find((o) => o.slug === 'sdis-06');
    expect(sdis).toBeDefined();
    const content = { ...apiContent('Actual'), scope: 'Restricted' as const, restriction: 'For the emergency services of the Alpes-Maritimes.', recipientOrgIds: [sdis?.id ?? ''] };
    const draft = await author.createAlert({ content });
    await author.submitAlert(draft.id);
    const sent = await approver.approveAlert(draft.id);
    expect(sent.publicUrl).toBeNull();

    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, PARTNER, '/alerts');
    const row = page.locator(`[data-testid="alert-row"][data-alert-id="${draft.id}"]`);
    await row.getByText('From Ville de Nice').waitFor();
    await row.getByRole('link', { name: 'Évitez la place du Palais' }).click();
    await page.getByRole('heading', { level: 1, name: 'Évitez la place du Palais' }).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel the alert' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByTestId('alert-acks').getByText(sdis?.name ?? '').waitFor();
    expect(await page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    expect((await author.getAlert(draft.id)).acks.map((a) => a.orgId)).toEqual([sdis?.id]);
  });

  it('marks an exercise on its page, in the reader’s language, and never puts it on the public feed', async () => {
    const draft = await author.createAlert({ content: apiContent('Exercise') });
    await author.submitAlert(draft.id);
    const approved = await approver.approveAlert(draft.id);
    expect(approved.state).toBe('published');
    expect(approved.publicUrl).toBeNull();

    const { page } = await run.tab({ watchConsole: true });
    await signIn(page, AUTHOR, `/alerts/${draft.id}`);
    await page.getByTestId('exercise-banner').getByText('EXERCISE — not a real alert').waitFor();
    expect(await page.getByTestId('public-view').innerText()).toContain('EXERCISE');

    // The duty officer reads French: the mark, the state and the checks in French.
    await approver.updateMe({ locale: 'fr' });
    const duty = (await run.tab({ watchConsole: true })).page;
    await signIn(duty, APPROVER, `/alerts/${draft.id}`);
    await duty.getByTestId('exercise-banner').getByText('EXERCICE — ce n’est pas une vraie alerte').waitFor();
    expect(await duty.locator('span.alert-state[data-state="published"]').first().innerText()).toBe('Publiée');
    await duty.getByRole('heading', { level: 2, name: 'Vérifications' }).waitFor();
    // What the public would see has the area on the site's own map.
    await expectMapDrawn(duty, 'public-map');
    await duty.screenshot({ path: '/tmp/pactesur-alert-exercise-fr.png', fullPage: true });
    const entries = await feedEntries(page.request);
    expect(entries.some((e) => e['cap:identifier'] === approved.identifier)).toBe(false);
    expect(entries.every((e) => e['cap:status'] === 'Actual')).toBe(true);
    expect((await page.request.get(author.publicAlertPath(draft.id))).status()).toBe(404);
  });
});
