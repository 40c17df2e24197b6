/**
 * The realtime handshake of a site served at an `https://` PUBLIC_URL behind a trusted proxy: the origin
 * is checked as for the HTTP API (scheme included), and the client's address is the proxy's
 * `X-Forwarded-For`, as for any request.
 */
import type { PactesurClient } from '@pactesur/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../listen.ts';
import { startTestPlatform } from '../../test/harness.ts';
import { recordChannel } from './channels.ts';
import { refusal, SocketProbe } from './testing/socket-probe.ts';

const SITE = 'https://pactesur.example.org';
let server: Listening;
let wsUrl: string;
let editor: PactesurClient;
let admin: PactesurClient;
let cookie: string;
const probes: SocketProbe[] = [];

beforeAll(async () => {
  const platform = await startTestPlatform({ env: { PUBLIC_URL: SITE, TRUST_PROXY: '127.0.0.1' } });
  server = await listen(platform, '127.0.0.1', 0);
  wsUrl = `${server.url.replace(/^http/, 'ws')}/api/realtime`;
  [editor, admin] = await Promise.all([
    platform.signedIn('editor@nice.example.org'),
    platform.signedIn('admin@nice.example.org'),
  ]);
  cookie = editor.transport.cookieHeader() ?? '';
});

afterAll(async () => {
  for (const probe of probes) probe.close();
  await server?.close();
});

describe('the realtime handshake behind an https PUBLIC_URL', () => {
  it('refuses a page of the same host over http://, its Host forwarded by the proxy', async () => {
    const host = 'pactesur.example.org';
    expect(await refusal(wsUrl, { origin: `http://${host}`, host, cookie })).toEqual({
      status: 403,
      code: 'csrf_failed',
    });
  });

  it('refuses the address it listens on: the public URL is the site', async () => {
    expect(await refusal(wsUrl, { origin: server.url, cookie })).toEqual({ status: 403, code: 'csrf_failed' });
  });

  it('opens for the public URL, and audits its reads from the address the trusted proxy names', async () => {
    const briefing = await editor.createBriefing({ title: 'Night market', body: 'Stalls' });
    const probe = await SocketProbe.open(wsUrl, { origin: SITE, cookie, 'x-forwarded-for': '198.51.100.7' });
    probes.push(probe);
    const channel = recordChannel('briefing', briefing.id);
    probe.send({ type: 'subscribe', channel });
    expect(await probe.outcome(channel)).toMatchObject({ type: 'subscribed', channel });
    const { entries } = await admin.audit({ action: 'read', recordKind: 'briefing', recordId: briefing.id });
    expect(entries.map((e) => e.clientAddress)).toContain('198.51.100.7');
  });
});
