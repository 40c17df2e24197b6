import { PactesurClient } from '@pactesur/api-client';
import { DEMO_PASSWORD } from '../src/demo/seed.ts';

/** A demo account signed in to a listening server over real HTTP (its cookie jar serves the realtime socket too). */
export async function signedInOverHttp(baseUrl: string, email: string): Promise<PactesurClient> {
  const client = new PactesurClient({ baseUrl, cookieJar: true });
  await client.signIn({ email, password: DEMO_PASSWORD });
  return client;
}
