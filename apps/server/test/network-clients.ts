import type { PactesurClient } from '@pactesur/api-client';
import { startTestPlatform, type TestPlatform } from './harness.ts';

/** A test platform with the demo, and the readers of the networks' life: members, a partner outside them, the public. */
export interface NetworkClients {
  readonly platform: TestPlatform;
  /** Nice's admin: the lead of both PACTESUR networks. */
  readonly nice: PactesurClient;
  /** London's admin: associated in PACTESUR, not in PACTESUR 2. */
  readonly london: PactesurClient;
  /** München's editor: associated in PACTESUR. */
  readonly munich: PactesurClient;
  /** SDIS 06's admin: in no network. */
  readonly sdis: PactesurClient;
  /** No account. */
  readonly publicReader: PactesurClient;
}

export async function startNetworkClients(): Promise<NetworkClients> {
  const platform = await startTestPlatform();
  const [nice, london, munich, sdis] = await Promise.all(
    ['admin@nice.example.org', 'admin@london.example.org', 'editor@muenchen.example.org', 'officer@sdis06.example.org'].map((e) => platform.signedIn(e)),
  );
  return { platform, nice: nice!, london: london!, munich: munich!, sdis: sdis!, publicReader: platform.client() };
}
