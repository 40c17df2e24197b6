import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe('the HTTP app', () => {
  it('reports the database as reachable', async () => {
    const health = await platform.client().health();
    expect(health.status).toBe('ok');
    expect(health.database.reachable).toBe(true);
    expect(health.database.kind).toBe(process.env.PACTESUR_TEST_DB === 'postgres' ? 'postgres' : 'pglite');
  });

  it('signs a demo user in and lists the PACTESUR 2 network with its members', async () => {
    const api = await platform.signedIn('admin@nice.example.org');
    const networks = await api.listNetworks();
    expect(networks.map((n) => n.slug).sort()).toEqual(['pactesur', 'pactesur-2']);
    const p2 = await api.getNetwork('pactesur-2');
    expect(p2.members).toHaveLength(17);
    expect(p2.members[0]?.org.slug).toBe('nice');
    expect(p2.members[0]?.role).toBe('lead');
    const associated = p2.members.filter((m) => m.role === 'associated').map((m) => m.org.slug);
    expect(associated).toHaveLength(11);
    expect(associated).toContain('xabia');
  });
});
