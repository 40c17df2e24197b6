import { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { SIGN_IN_LIMITS } from './auth-service.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.close());

describe('sign-in and sessions', () => {
  it('stores the password as argon2id, never in clear', async () => {
    const user = await platform.repositories.users.findByEmail('admin@nice.example.org');
    expect(user?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user?.password_hash).not.toContain(DEMO_PASSWORD);
  });

  it('sets an httpOnly SameSite cookie and answers the session with a CSRF token', async () => {
    const response = await platform.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ADMIN@nice.example.org', password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pactesur_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const session = (await response.json()) as { csrfToken: string; user: { email: string; memberships: unknown[] } };
    expect(session.csrfToken).toHaveLength(43);
    expect(session.user.email).toBe('admin@nice.example.org');
  });

  it('refuses a wrong password with invalid_credentials and audits it', async () => {
    await expect(platform.client().signIn({ email: 'viewer@nice.example.org', password: 'wrong-password' })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
    await expect(platform.client().signIn({ email: 'nobody@nice.example.org', password: 'wrong-password' })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
    const admin = await platform.signedIn('admin@nice.example.org');
    // Failed sign-ins name no organisation; they are visible to nobody's admins but stay in the log.
    expect((await admin.audit({ action: 'sign-in-failed' })).entries).toEqual([]);
  });

  it(`rate-limits sign-in: after ${SIGN_IN_LIMITS.perAccountAndAddress} failures from one address even the right password is refused there`, async () => {
    const email = 'analyst@nice.example.org';
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++) {
      await expect(platform.client().signIn({ email, password: `wrong-${i}` })).rejects.toMatchObject({ code: 'invalid_credentials' });
    }
    await expect(platform.client().signIn({ email, password: DEMO_PASSWORD })).rejects.toMatchObject({ status: 429, code: 'too_many_attempts' });
    // Other accounts are not affected.
    await expect(platform.signedIn('editor@nice.example.org')).resolves.toBeInstanceOf(PactesurClient);
  });

  it('switches the acting organisation only to one the user belongs to', async () => {
    const api = await platform.signedIn('admin@nice.example.org');
    const orgs = await api.listOrgs();
    const nice = orgs.find((o) => o.slug === 'nice')!;
    const police = orgs.find((o) => o.slug === 'nice-police')!;
    expect((await api.session()).activeOrgId).toBe(nice.id);
    await expect(api.switchOrg(police.id)).rejects.toMatchObject({ status: 403, code: 'not_a_member' });
    expect((await api.session()).activeOrgId).toBe(nice.id);
  });

  it('signs out one session, or every session of the user', async () => {
    const a = await platform.signedIn('viewer@nice.example.org');
    const b = await platform.signedIn('viewer@nice.example.org');
    const c = await platform.signedIn('viewer@nice.example.org');
    await a.signOut();
    await expect(a.me()).rejects.toMatchObject({ status: 401 });
    await expect(b.me()).resolves.toMatchObject({ email: 'viewer@nice.example.org' });
    await b.signOutEverywhere();
    await expect(b.me()).rejects.toMatchObject({ status: 401 });
    await expect(c.me()).rejects.toMatchObject({ status: 401, code: 'session_expired' });
  });

  it('keeps the interface language per user', async () => {
    const api = await platform.signedIn('editor@nice.example.org');
    expect((await api.updateMe({ locale: 'fr' })).locale).toBe('fr');
    const again = await platform.signedIn('editor@nice.example.org');
    expect((await again.me()).locale).toBe('fr');
    await expect(api.updateMe({ locale: 'de' as 'fr' })).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
