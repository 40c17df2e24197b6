import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { PactesurClient } from '@pactesur/api-client';
import { DEMO_PASSWORD } from '../demo/seed.ts';

let platform: TestPlatform;
let admin: PactesurClient;
let niceId: string;
beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await platform.signedIn('admin@nice.example.org');
  niceId = (await admin.session()).activeOrgId!;
});
afterAll(() => platform.close());

const tokenOf = (url: string) => url.split('/invite/')[1]!;

describe('invitations by link', () => {
  it('a new person opens the link, creates an account and lands signed in as a member', async () => {
    const inv = await admin.invite(niceId, { email: 'Marie.Rossi@nice.example.org', role: 'analyst' });
    expect(inv.url).toMatch(/\/invite\/[\w-]{43}$/);
    const guest = platform.client();
    const preview = await guest.previewInvitation(tokenOf(inv.url));
    expect(preview).toMatchObject({ orgName: 'Ville de Nice', role: 'analyst', email: 'marie.rossi@nice.example.org', accountExists: false });
    await expect(guest.acceptInvitation(tokenOf(inv.url), {})).rejects.toMatchObject({ status: 400, code: 'password_required' });
    const session = await guest.acceptInvitation(tokenOf(inv.url), { displayName: 'Marie Rossi', password: 'a-long-password' });
    expect(session.activeOrgId).toBe(niceId);
    expect(session.user.memberships).toEqual([expect.objectContaining({ orgId: niceId, role: 'analyst' })]);
    expect((await admin.listMembers(niceId)).map((m) => m.email)).toContain('marie.rossi@nice.example.org');
    // Used once only.
    await expect(platform.client().previewInvitation(tokenOf(inv.url))).rejects.toMatchObject({ status: 410, code: 'invitation_invalid' });
    const { entries } = await admin.audit({ limit: 20 });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['invite', 'join']));
  });

  it('an existing account must sign in first, as the invited address', async () => {
    const inv = await admin.invite(niceId, { email: 'admin@liege.example.org', role: 'viewer' });
    const token = tokenOf(inv.url);
    await expect(platform.client().acceptInvitation(token, { displayName: 'x', password: 'a-long-password' })).rejects.toMatchObject({
      status: 401,
    });
    const madrid = await platform.signedIn('admin@madrid.example.org');
    await expect(madrid.acceptInvitation(token, {})).rejects.toMatchObject({ status: 403, code: 'invitation_email_mismatch' });
    const liege = await platform.signedIn('admin@liege.example.org');
    const session = await liege.acceptInvitation(token, {});
    expect(session.user.memberships.map((m) => m.orgName).sort()).toEqual(['Ville de Liège', 'Ville de Nice']);
  });

  it('a revoked or unknown link is refused', async () => {
    const inv = await admin.invite(niceId, { email: 'later@nice.example.org', role: 'viewer' });
    await admin.revokeInvitation(niceId, inv.id);
    await expect(platform.client().previewInvitation(tokenOf(inv.url))).rejects.toMatchObject({ code: 'invitation_invalid' });
    await expect(platform.client().previewInvitation('made-up-token')).rejects.toMatchObject({ code: 'invitation_invalid' });
  });

  it('only admins invite, and not someone already a member', async () => {
    const editor = await platform.signedIn('editor@nice.example.org');
    await expect(editor.invite(niceId, { email: 'x@nice.example.org', role: 'admin' })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(admin.invite(niceId, { email: 'viewer@nice.example.org', role: 'viewer' })).rejects.toMatchObject({ status: 409 });
    await expect(admin.invite(niceId, { email: 'not-an-address', role: 'viewer' })).rejects.toMatchObject({ status: 400 });
  });
});

describe('roles', () => {
  it('viewers read, editors write, only admins manage members; an organisation keeps one admin', async () => {
    const viewer = await platform.signedIn('viewer@nice.example.org');
    await expect(viewer.createBriefing({ title: 'x' })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    const editor = await platform.signedIn('editor@nice.example.org');
    const b = await editor.createBriefing({ title: 'Carnival 2027 — entries' });
    expect((await viewer.getBriefing(b.id)).title).toBe('Carnival 2027 — entries');
    await expect(viewer.updateBriefing(b.id, { title: 'y' })).rejects.toMatchObject({ status: 403 });
    await expect(editor.audit()).rejects.toMatchObject({ status: 403, code: 'forbidden' });

    const me = await admin.me();
    await expect(admin.changeRole(niceId, me.id, 'viewer')).rejects.toMatchObject({ status: 409, code: 'last_admin' });
    const editorId = (await editor.me()).id;
    expect((await admin.changeRole(niceId, editorId, 'analyst')).role).toBe('analyst');
    await expect(editor.createBriefing({ title: 'now an analyst' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('invitation links', () => {
  /** An admin of Nice whose requests all name `host` (in the URL and the Host header), as a forged request would. */
  async function adminVia(on: TestPlatform, host: string): Promise<PactesurClient> {
    const fetch = (input: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      headers.set('host', host);
      return Promise.resolve(on.app.fetch(new Request(input, { ...init, headers })));
    };
    const client = new PactesurClient({ baseUrl: `http://${host}`, fetch, cookieJar: true });
    await client.signIn({ email: 'admin@nice.example.org', password: DEMO_PASSWORD });
    return client;
  }

  it('point to the server\'s configured address, never to the host a request names', async () => {
    const forged = await adminVia(platform, 'evil.example');
    const inv = await forged.invite(niceId, { email: 'link.check@nice.example.org', role: 'viewer' });
    expect(inv.url).not.toContain('evil.example');
    expect(inv.url).toMatch(new RegExp(`^http://${platform.config.host}:${platform.config.port}/invite/[\\w-]{43}$`));
  });

  it('point to PUBLIC_URL when it is set', async () => {
    const other = await startTestPlatform({ env: { PUBLIC_URL: 'https://pactesur.example.org/' } });
    try {
      const forged = await adminVia(other, 'evil.example');
      const nice = (await forged.session()).activeOrgId!;
      const inv = await forged.invite(nice, { email: 'link.check@nice.example.org', role: 'viewer' });
      expect(inv.url).toMatch(/^https:\/\/pactesur\.example\.org\/invite\/[\w-]{43}$/);
    } finally {
      await other.close();
    }
  });
});
