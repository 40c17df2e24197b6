import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { startDemoAnalyses } from './demo-analyses.ts';
import { describeDemoAnalyses, describeDemoSites } from './demo-report.ts';
import { seedDemoSites } from './demo-sites.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe('the demo sites', () => {
  it('registers Marienplatz and Borough High Street from the repository extracts, shared read-only with Nice, once', async () => {
    expect(await seedDemoSites(platform.repositories)).toEqual({ registered: ['Marienplatz', 'Borough High Street'], skipped: [] });
    expect(await seedDemoSites(platform.repositories)).toEqual({ registered: [], skipped: [] });
    const munich = await platform.signedIn('editor@muenchen.example.org');
    const [own] = await munich.listSites();
    expect(own).toMatchObject({ name: 'Marienplatz', access: 'owner', eventOccupancy: 20_000 });
    expect(own!.walkableAreaM2).toBeGreaterThan(5000);
    const london = await platform.signedIn('admin@london.example.org');
    const [borough] = await london.listSites();
    expect(borough).toMatchObject({ name: 'Borough High Street', access: 'owner' });
    expect(borough!.notes).toMatch(/London Bridge/);
    const nice = await platform.signedIn('analyst@nice.example.org');
    expect((await nice.listSites()).map((s) => [s.name, s.access]).sort()).toEqual([
      ['Borough High Street', 'read'],
      ['Marienplatz', 'read'],
    ]);
    expect((await nice.siteLayers(own!.id)).attribution).toMatch(/OpenStreetMap/);
    const liege = await platform.signedIn('admin@liege.example.org');
    expect(await liege.listSites()).toEqual([]);
  });

  it('says why it could not register a site', async () => {
    const report = await seedDemoSites(platform.repositories, '/nonexistent');
    expect(report.registered).toEqual([]);
    // Both sites exist already, so nothing is skipped; on an empty database the missing extract is named.
    const empty = await startTestPlatform({ demo: false });
    try {
      const skipped = await seedDemoSites(empty.repositories, '/nonexistent');
      expect(skipped.registered).toEqual([]);
      expect(skipped.skipped.map((s) => s.name)).toEqual(['Marienplatz', 'Borough High Street']);
      expect(describeDemoSites(skipped)[0]).toMatch(/^Demo site Marienplatz not registered: the organisation "munich" is not in the database/);
    } finally {
      await empty.close();
    }
  });

  it('starts the analyses of Marienplatz as München, shares them with Nice, and does not start them twice', async () => {
    const { analyses } = await startDemoAnalyses(platform.client());
    expect(analyses.map((a) => [a.kind, a.outcome])).toEqual([
      ['threat-analysis', 'started'],
      ['protection-plan', 'started'],
      ['crowd-simulation', 'started'],
      ['assessment', 'started'],
      ['event', 'started'],
      ['exercise', 'started'],
      ['practices', 'started'],
      ['calendar', 'started'],
      ['awareness', 'started'],
    ]);
    expect(describeDemoAnalyses(analyses).every((l) => l.endsWith('started in the background.'))).toBe(true);
    const nice = await platform.signedIn('admin@nice.example.org');
    const site = (await nice.listSites()).find((s) => s.name === 'Marienplatz')!;
    expect((await nice.listThreatAnalyses(site.id)).map((a) => a.access)).toEqual(['read']);
    expect((await nice.listProtectionPlans(site.id)).map((a) => a.access)).toEqual(['read']);
    expect((await nice.listCrowdSimulations(site.id)).map((a) => a.access)).toEqual(['read']);
    const [assessment] = await nice.listAssessments(site.id);
    expect(assessment).toMatchObject({ access: 'read', headline: { highestRisk: 20, highestBand: 'very-high' } });
    const [event] = await nice.listEvents({ siteId: site.id });
    expect(event).toMatchObject({ access: 'read', status: 'draft', kind: 'carnival', expectedPeak: 8000 });
    const plan = await nice.getEvent(event!.id);
    expect(plan.plan.risks.find((r) => r.fromAssessment)?.fromAssessment?.assessmentId).toBe(assessment!.id);
    expect(plan.calculations.warnings).toEqual([]);
    // Nice's exercise was played to its end and evaluated: its after-action report has something to say.
    const drill = analyses.find((a) => a.kind === 'exercise')!;
    const report = await nice.exerciseReport(drill.id!);
    expect(report.clock.status).toBe('ended');
    expect(report.metrics.injectsDelivered).toBeGreaterThan(10);
    expect(report.ratings.map((r) => r.overall)).toEqual(expect.arrayContaining(['S', 'P', 'M']));
    expect(report.metrics.agencies.find((a) => a.orgName.startsWith('Police municipale'))).toMatchObject({ responses: 1 });
    expect(report.metrics.agencies.find((a) => a.orgName.startsWith('Police municipale'))?.decisionS).not.toBeNull();
    expect(report.feedback).toHaveLength(3);
    expect(report.actions.map((a) => a.status)).toEqual(['in-progress', 'open', 'open']);
    const sdis = await platform.signedIn('officer@sdis06.example.org');
    expect((await sdis.exerciseDeliveries(drill.id!)).length).toBeGreaterThan(0);
    expect(await sdis.exerciseActions(drill.id!)).toHaveLength(3);
    const again = await startDemoAnalyses(platform.client());
    expect(again.analyses.map((a) => a.outcome)).toEqual(Array.from({ length: 9 }, () => 'present'));
    // The PACTESUR 2 programme is on its calendar, the dates known to the month said to be confirmed.
    const programme = await platform.client().listActivities('pactesur-2');
    expect(programme).toHaveLength(12);
    expect(programme[0]).toMatchObject({ kind: 'meeting', startsOn: '2023-11-14', city: 'Paris', precision: 'day' });
    expect(programme.find((a) => a.massEvent === 'Carnival of Nice')).toMatchObject({ kind: 'exchange', startsOn: '2024-02-15', endsOn: '2024-02-19' });
    expect(programme.find((a) => a.kind === 'academy' && a.city === 'Madrid')).toMatchObject({ startsOn: '2024-11-01', endsOn: '2024-11-30', precision: 'month' });
    // The Carnival's exchange is hosted by Nice, with an officer of Liège and one of Madrid, each named by their role only.
    const carnival = programme.find((a) => a.massEvent === 'Carnival of Nice')!;
    const exchange = await nice.getExchange('pactesur-2', carnival.id);
    expect(exchange).toMatchObject({ hostName: 'Ville de Nice', canEdit: true, canAddGuests: false });
    expect(exchange.objectives).toMatch(/Carnival/);
    expect(exchange.guests.map((g) => [g.name, g.arrivesOn, g.leavesOn])).toEqual([
      ['Officer of the Liège local police (demo)', '2024-02-15', '2024-02-19'],
      ['Officer of the Policía Municipal de Madrid (demo)', '2024-02-16', '2024-02-19'],
    ]);
    expect(await platform.client().getExchange('pactesur-2', carnival.id).catch((e: { status: number }) => e.status)).toBe(404);
    // The network's practices are published, each by another organisation, and marked as demo records.
    const found = await nice.searchPractices({ q: 'bornes' });
    expect(found.hits.map((h) => [h.city, h.state, h.demo])).toEqual([['Nice', 'published', true]]);
    expect((await platform.client().searchPractices({})).hits.map((h) => h.city).sort()).toEqual(['Nice', 'Riga']);
    expect((await nice.searchPractices({ q: 'simulacros' })).hits.map((h) => h.city)).toEqual(['Xàbia']);
    // The academy of Nice is a course on the calendar's academy; Nice's awareness page is public in three languages.
    const [academy] = await platform.client().listCourses('pactesur-2');
    expect(academy).toMatchObject({ title: 'PACTESUR 2 police academy — Nice', stage: 'ended', hours: 28, activityId: programme.find((a) => a.kind === 'academy' && a.city === 'Nice')!.id });
    expect((await platform.client().listAwarenessPages()).map((p) => [p.org.slug, p.languages])).toEqual([['nice', ['en', 'fr', 'it']]]);
    // Citizens' reports made in central Nice go to the city or to its police, by category.
    const takers = Object.fromEntries((await platform.client().reportCategoriesAt(7.27, 43.7)).map((c) => [c.category, c.orgName]));
    expect(takers).toMatchObject({ 'lighting-fault': 'Ville de Nice', other: 'Ville de Nice', crowding: 'Police municipale de Nice', 'suspicious-vehicle': 'Police municipale de Nice' });
  }, 240_000); // a new embedded database (initdb) or whole analyses: minutes on a busy two-core machine
});
