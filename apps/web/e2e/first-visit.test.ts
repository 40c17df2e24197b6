import { PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import { DEMO_ANALYSES, startDemoAnalyses, type DemoAnalysis, type Listening } from '@pactesur/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../src/i18n/all-dictionaries.ts';
import { DEMO_PASSWORD, launchChromium, openTab, signIn, type Tab } from './browser.ts';
import { startWebPlatform } from './platform.ts';
import { expectMapDrawn, loadedMap, registerSite, sharedExtract } from './scenario.ts';

const { en, fr } = DICTIONARIES;

/** The security coordinator of Nice: the demo's first visitor. */
const COORDINATOR = 'admin@nice.example.org';
/** A site of Nice's own for the new plan (Marienplatz is München's, shared with Nice for reading). */
const OWN_SITE = 'Place du Palais';

let server: Listening;
let browser: Browser;
let tab: Tab;
let api: PactesurClient;
let marienplatz: Site;
let ownSite: Site;
let analyses: readonly DemoAnalysis[];
/** Words of the screens that are data, not interface: names of sites, streets, records, people, organisations. */
const userData = new Set<string>();

/** Every phrase of the English dictionary (a message's fixed text between its placeholders) of more than one word that French says otherwise. */
function englishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const [key, english] of Object.entries(en)) {
    if (fr[key as keyof typeof en] === english) continue;
    for (const piece of english.split(/\{\w+\}/)) {
      const phrase = piece.trim().replace(/^[\s,.:;!?–—·()[\]“”"'’…✓✗→←]+|[\s,.:;!?–—·()[\]“”"'’…✓✗→←]+$/gu, '');
      if (phrase.split(/\s+/).length > 1) phrases.add(phrase);
    }
  }
  return [...phrases];
}

/** The visible text of the page without the user's data and without numbers and dates. */
async function interfaceText(page: Page): Promise<string> {
  let text = await page.evaluate(() => document.body.innerText);
  for (const data of [...userData].sort((a, b) => b.length - a.length)) text = text.split(data).join(' ');
  return text.replace(/\d[\d\s.,:/–-]*/g, ' ');
}

/** The English phrases left on the page. */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await interfaceText(page);
  return englishPhrases().filter((phrase) => new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}

const idOf = (kind: DemoAnalysis['kind']): string => {
  const id = analyses.find((a) => a.kind === kind)?.id;
  if (!id) throw new Error(`The demo has no ${kind}: ${JSON.stringify(analyses)}`);
  return id;
};

beforeAll(async () => {
  [server, browser] = await Promise.all([startWebPlatform({ demoSites: true }), launchChromium()]);
  // What the demo starts once the server is healthy, followed until finished.
  const demo = await startDemoAnalyses(new PactesurClient({ baseUrl: server.url, cookieJar: true }));
  analyses = await demo.finished();
  api = new PactesurClient({ baseUrl: server.url, cookieJar: true });
  await api.signIn({ email: COORDINATOR, password: DEMO_PASSWORD });
  const sites = await api.listSites();
  const shared = sites.find((s) => s.name === DEMO_ANALYSES.site);
  if (!shared) throw new Error(`${DEMO_ANALYSES.site} is not shared with Nice.`);
  marienplatz = shared;
  ownSite =
    sites.find((s) => s.name === OWN_SITE && s.access !== 'read') ??
    (await registerSite(api, sharedExtract('monaco-ville-port-hercule.osm'), OWN_SITE, { dataDate: '2026-03-10', eventOccupancy: 4000 }));
  // User data the screens show: sites, their streets and squares, records, people, organisations.
  for (const site of [marienplatz, ownSite]) {
    userData.add(site.name);
    for (const f of (await api.siteLayers(site.id)).features) if (typeof f.properties.name === 'string') userData.add(f.properties.name);
  }
  for (const a of analyses) userData.add(a.name);
  for (const org of await api.listOrgs()) userData.add(org.name);
  const me = await api.me();
  userData.add(me.displayName);
  userData.add(me.email);
  for (const network of await api.listNetworks()) {
    userData.add(network.name);
    for (const m of (await api.getNetwork(network.id)).members) userData.add(m.org.name);
    // The programme's activities are the network's own words (its titles, places, mass events).
    for (const a of await api.listActivities(network.slug)) for (const words of [a.title, a.city, a.massEvent, a.description]) if (words) userData.add(words);
  }
  tab = await openTab(browser, server.url);
}, 900_000);

afterAll(async () => {
  await browser.close();
  await server.close();
  expect(tab.pageErrors).toEqual([]);
});

/** The screens of the walk, in order, each with what shows that it is ready. */
const screens: { name: string; path: () => string; ready: (page: Page) => Promise<void> }[] = [];

describe('the first visit of a security coordinator', () => {
  it('finds the demo analyses of Marienplatz finished', () => {
    expect(analyses.map((a) => [a.kind, a.status])).toEqual([
      ['threat-analysis', 'ready'],
      ['protection-plan', 'ready'],
      ['crowd-simulation', 'ready'],
      ['assessment', 'ready'],
      ['event', 'ready'],
      ['exercise', 'ready'],
      ['practices', 'ready'],
      ['calendar', 'ready'],
      ['awareness', 'ready'],
    ]);
  });

  it('sees the home page with the state of the sites', async () => {
    const { page } = tab;
    await signIn(page, COORDINATOR, '/');
    const ready = async (p: Page) => {
      await p.locator('#home-title').waitFor();
      await p.locator('main').getByText(marienplatz.name).first().waitFor({ timeout: 30_000 });
    };
    await ready(page);
    screens.push({ name: 'home', path: () => '/', ready });
  });

  it('sees the network map with its background of Europe', async () => {
    const { page } = tab;
    const network = (await api.listNetworks())[0];
    if (!network) throw new Error('Nice belongs to no network.');
    const path = `/networks/${network.slug}`;
    const ready = async (p: Page) => {
      const map = loadedMap(p, 'network-map');
      await map.waitFor({ timeout: 30_000 });
      await expect.poll(() => map.getAttribute('data-rendered-basemap').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => map.getAttribute('data-rendered-points').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
    };
    await page.goto(path);
    await ready(page);
    screens.push({ name: 'network', path: () => path, ready });
  });

  it('sees the map of Marienplatz with the names of its streets', async () => {
    const { page } = tab;
    const path = `/sites/${marienplatz.id}`;
    const ready = async (p: Page) => {
      await p.getByRole('heading', { level: 1, name: marienplatz.name }).waitFor();
      const map = loadedMap(p, 'site-map');
      await map.waitFor({ timeout: 30_000 });
      await expect.poll(() => map.getAttribute('data-rendered-labels').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
    };
    await page.goto(path);
    await ready(page);
    screens.push({ name: 'site', path: () => path, ready });
  });

  it('sees the finished threat analysis, plan and crowd simulation of Marienplatz', async () => {
    const { page } = tab;
    const threat = `/threats/${idOf('threat-analysis')}`;
    const threatReady = async (p: Page) => {
      await expectMapDrawn(p, 'threat-map');
    };
    await page.goto(threat);
    await threatReady(page);
    screens.push({ name: 'threat analysis', path: () => threat, ready: threatReady });

    const plan = `/protection/${idOf('protection-plan')}`;
    const planReady = async (p: Page) => {
      await p.getByTestId('plan-verdict').waitFor({ timeout: 30_000 });
      await expectMapDrawn(p, 'protection-map');
    };
    await page.goto(plan);
    await planReady(page);
    expect(await page.getByTestId('plan-verdict').getAttribute('data-passed')).toBe('true');
    screens.push({ name: 'protection plan', path: () => plan, ready: planReady });

    const crowd = `/crowd/${idOf('crowd-simulation')}`;
    const crowdReady = async (p: Page) => {
      await p.getByTestId('crowd-figures').waitFor({ timeout: 30_000 });
      await loadedMap(p, 'crowd-map').waitFor({ timeout: 30_000 });
    };
    await page.goto(crowd);
    await crowdReady(page);
    screens.push({ name: 'crowd simulation', path: () => crowd, ready: crowdReady });
  });

  it('gets a verified plan from the new-plan form as it opens', async () => {
    const { page } = tab;
    const form = `/sites/${ownSite.id}/protection/new`;
    const formReady = async (p: Page) => {
      await loadedMap(p, 'zone-map').waitFor({ timeout: 30_000 });
    };
    await page.goto(form);
    await formReady(page);
    screens.push({ name: 'new plan', path: () => form, ready: formReady });
    // Nothing changed: the defaults are what a first visitor sends.
    await page.locator('main form button[type="submit"]').click();
    await page.waitForURL(/\/protection\/[0-9a-f-]{36}$/);
    const planPath = new URL(page.url()).pathname;
    // The plan's name is the user's data (the form's default, in the language of the moment).
    userData.add(await page.getByRole('heading', { level: 1 }).innerText());
    const verdict = page.getByTestId('plan-verdict');
    await verdict.or(page.getByTestId('plan-infeasible')).waitFor({ timeout: 240_000 });
    await page.screenshot({ path: '/tmp/pactesur-first-visit-plan.png', fullPage: true });
    expect(await page.getByTestId('plan-infeasible').count(), 'the default plan is impossible').toBe(0);
    expect(await verdict.getAttribute('data-passed')).toBe('true');
    screens.push({ name: 'new plan result', path: () => planPath, ready: async (p) => void (await p.getByTestId('plan-verdict').waitFor({ timeout: 30_000 })) });
  }, 300_000);

  it('finds no English left on any of those screens once the language is French', async () => {
    const { page } = tab;
    screens.push({ name: 'audit log', path: () => '/audit', ready: async (p) => void (await p.getByTestId('audit-entries').waitFor()) });
    await page.goto('/');
    await page.getByLabel('Language').selectOption('fr');
    await page.locator('html[lang="fr"]').waitFor();
    const left: Record<string, string[]> = {};
    for (const screen of screens) {
      await page.goto(screen.path());
      await screen.ready(page);
      const english = await englishLeft(page);
      await page.screenshot({ path: `/tmp/pactesur-first-visit-fr-${screen.name.replaceAll(' ', '-')}.png`, fullPage: true });
      if (english.length > 0) left[screen.name] = english;
    }
    expect(left).toEqual({});
  }, 300_000);
});
