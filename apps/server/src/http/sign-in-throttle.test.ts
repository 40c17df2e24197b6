import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../test/harness.ts';
import { DEMO_PASSWORD } from '../demo/seed.ts';
import { listen, type Listening } from '../listen.ts';
import { ANY } from '../repositories/sign-in-attempts.ts';
import { SIGN_IN_LIMITS } from '../services/auth-service.ts';

interface Answer {
  readonly status: number;
  readonly code: string | null;
}

/** A sign-in over a real socket (from 127.0.0.1), with the headers a proxy or a browser would add. */
async function signIn(server: Listening, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code ?? null };
}

const from = (address: string) => ({ 'x-forwarded-for': address });

function tally(answers: readonly Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

describe('behind a trusted proxy (TRUST_PROXY=127.0.0.1), PUBLIC_URL https', () => {
  let platform: TestPlatform;
  let server: Listening;
  const counter = (account: string, address: string) => platform.repositories.signInAttempts.counter(account, address);

  beforeAll(async () => {
    platform = await startTestPlatform({ env: { TRUST_PROXY: '127.0.0.1', PUBLIC_URL: 'https://pactesur.example' } });
    server = await listen(platform, '127.0.0.1', 0);
  });
  afterAll(() => server?.close());

  it('of 40 concurrent wrong passwords from one address, exactly the limit are checked; the owner still signs in from another', async () => {
    const email = 'analyst@nice.example.org';
    const limit = SIGN_IN_LIMITS.perAccountAndAddress;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(server, email, `wrong-${i}`, from('203.0.113.10'))));
    // A 401 is a checked password; a 429 was refused before any check.
    expect(tally(answers)).toEqual({ 401: limit, 429: 40 - limit });
    expect(answers.filter((a) => a.status === 429).every((a) => a.code === 'too_many_attempts')).toBe(true);
    expect((await counter(email, '203.0.113.10'))?.attempts).toBe(limit);
    // Refused attempts count nowhere: one address cannot push the account towards its own limit.
    expect((await counter(email, ANY))?.attempts).toBe(limit);
    expect((await counter(ANY, '203.0.113.10'))?.attempts).toBe(limit);

    expect(await signIn(server, email, DEMO_PASSWORD, from('203.0.113.10'))).toEqual({ status: 429, code: 'too_many_attempts' });
    expect(await signIn(server, email, DEMO_PASSWORD, from('203.0.113.20'))).toEqual({ status: 200, code: null });
    // The success gave its reservation back and left no counter for its own address.
    expect((await counter(email, ANY))?.attempts).toBe(limit);
    expect(await counter(email, '203.0.113.20')).toBeNull();
  });

  it('locks the account itself only after failures from many addresses, exactly at its limit, until the window ends', async () => {
    const email = 'viewer@nice.example.org';
    const addresses = Array.from({ length: 12 }, (_, i) => `198.51.100.${i + 1}`);
    const attempts = addresses.flatMap((address) => Array.from({ length: 5 }, (_, i) => signIn(server, email, `wrong-${i}`, from(address))));
    expect(attempts.length).toBeGreaterThan(SIGN_IN_LIMITS.perAccount);
    expect(tally(await Promise.all(attempts))).toEqual({ 401: SIGN_IN_LIMITS.perAccount, 429: attempts.length - SIGN_IN_LIMITS.perAccount });
    expect((await counter(email, ANY))?.attempts).toBe(SIGN_IN_LIMITS.perAccount);

    expect(await signIn(server, email, DEMO_PASSWORD, from('192.0.2.77'))).toEqual({ status: 429, code: 'too_many_attempts' });
    // The window ends: the account's counter starts again.
    await platform.database.db
      .updateTable('sign_in_throttle')
      .set({ window_start: new Date(Date.now() - (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000) })
      .where('account', '=', email)
      .execute();
    expect(await signIn(server, email, DEMO_PASSWORD, from('192.0.2.77'))).toEqual({ status: 200, code: null });
  });

  it('throttles an address failing across many accounts at its own limit, and only that address', async () => {
    const stuffer = '203.0.113.30';
    await platform.database.db
      .insertInto('sign_in_throttle')
      .values({ account: ANY, address: stuffer, attempts: SIGN_IN_LIMITS.perAddress - 1 })
      .execute();
    expect(await signIn(server, 'nobody@nice.example.org', 'guess', from(stuffer))).toEqual({ status: 401, code: 'invalid_credentials' });
    expect(await signIn(server, 'editor@nice.example.org', DEMO_PASSWORD, from(stuffer))).toEqual({ status: 429, code: 'too_many_attempts' });
    expect(await signIn(server, 'editor@nice.example.org', DEMO_PASSWORD, from('203.0.113.31'))).toEqual({ status: 200, code: null });
  });

  it('takes the right-most untrusted X-Forwarded-For address: rotating the left-most entries dodges nothing', async () => {
    const email = 'admin@liege.example.org';
    expect((await signIn(server, email, 'wrong', from('192.0.2.1, 203.0.113.40'))).status).toBe(401);
    expect((await counter(email, '203.0.113.40'))?.attempts).toBe(1);
    expect(await counter(email, '192.0.2.1')).toBeNull();
    for (let i = 2; i <= SIGN_IN_LIMITS.perAccountAndAddress; i++) {
      expect((await signIn(server, email, 'wrong', from(`192.0.2.${i}, 203.0.113.40`))).status).toBe(401);
    }
    expect(await signIn(server, email, DEMO_PASSWORD, from('192.0.2.99, 203.0.113.40'))).toEqual({ status: 429, code: 'too_many_attempts' });
  });

  it('refuses a write whose Origin is not PUBLIC_URL in scheme, host and port', async () => {
    const email = 'admin@madrid.example.org';
    for (const origin of ['http://pactesur.example', 'https://pactesur.example:8443', 'https://evil.example', server.url, 'null']) {
      expect(await signIn(server, email, DEMO_PASSWORD, { origin }), origin).toEqual({ status: 403, code: 'csrf_failed' });
    }
    expect(await signIn(server, email, DEMO_PASSWORD, { origin: 'https://pactesur.example' })).toEqual({ status: 200, code: null });
  });
});

describe('with no proxy trusted, and no PUBLIC_URL', () => {
  let platform: TestPlatform;
  let server: Listening;

  beforeAll(async () => {
    platform = await startTestPlatform();
    server = await listen(platform, '127.0.0.1', 0);
  });
  afterAll(() => server?.close());

  it('ignores X-Forwarded-For: the socket address is the client', async () => {
    const email = 'admin@london.example.org';
    expect((await signIn(server, email, 'wrong', from('203.0.113.50'))).status).toBe(401);
    expect((await platform.repositories.signInAttempts.counter(email, '127.0.0.1'))?.attempts).toBe(1);
    expect(await platform.repositories.signInAttempts.counter(email, '203.0.113.50')).toBeNull();
  });

  it("takes the request's own scheme, host and port as the site for the Origin check", async () => {
    const email = 'officer@sdis06.example.org';
    const { port } = server;
    for (const origin of [`https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, `http://localhost:${port}`]) {
      expect(await signIn(server, email, DEMO_PASSWORD, { origin }), origin).toEqual({ status: 403, code: 'csrf_failed' });
    }
    expect(await signIn(server, email, DEMO_PASSWORD, { origin: server.url })).toEqual({ status: 200, code: null });
  });
});
