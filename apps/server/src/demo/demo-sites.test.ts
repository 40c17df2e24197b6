import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { seedDemoSites } from './demo-sites.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe('the demo sites', () => {
  it('registers Marienplatz for München from the real extract, shared read-only with Nice, once', async () => {
    expect(await seedDemoSites(platform.repositories)).toEqual(['Marienplatz']);
    expect(await seedDemoSites(platform.repositories)).toEqual([]);
    const munich = await platform.signedIn('editor@muenchen.example.org');
    const [own] = await munich.listSites();
    expect(own).toMatchObject({ name: 'Marienplatz', access: 'owner', eventOccupancy: 20_000 });
    expect(own!.walkableAreaM2).toBeGreaterThan(5000);
    const nice = await platform.signedIn('analyst@nice.example.org');
    expect((await nice.listSites()).map((s) => [s.name, s.access])).toEqual([['Marienplatz', 'read']]);
    expect((await nice.siteLayers(own!.id)).attribution).toMatch(/OpenStreetMap/);
    const liege = await platform.signedIn('admin@liege.example.org');
    expect(await liege.listSites()).toEqual([]);
  });

  it('skips what it cannot find', async () => {
    expect(await seedDemoSites(platform.repositories, '/nonexistent')).toEqual([]);
  });
});
