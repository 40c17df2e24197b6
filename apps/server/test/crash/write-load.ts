import { ApiError, PactesurClient } from '@pactesur/api-client';
import type { Site } from '@pactesur/contracts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

/** Every record a write load makes is named with this prefix, so that its checks find them all. */
export const LOAD_PREFIX = 'crash ';

/** A briefing's renames as its writer saw them: the last one acknowledged, and the one sent but never answered. */
export interface Renames {
  acknowledged: number;
  lastTitle: string | null;
  unanswered: string | null;
}

/** What the server acknowledged (a 2xx received) during a write load, and what went wrong before its end. */
export interface LoadRecord {
  readonly briefings: Map<string, string>;
  readonly sites: Set<string>;
  readonly renames: Map<string, Renames>;
  /** Requests refused, or lost before the server was killed: none is expected. */
  readonly problems: string[];
  /** Writers whose last request got no answer (the server died under it, or was gone). */
  unanswered: number;
}

export async function signedIn(baseUrl: string, email: string): Promise<PactesurClient> {
  const client = new PactesurClient({ baseUrl, cookieJar: true });
  await client.signIn({ email, password: DEMO_PASSWORD });
  return client;
}

/**
 * Several concurrent writers against one server, each writing in a loop until a request of its gets no answer
 * (the server was killed): briefings created by two organisations, sites registered by hand from a demo site's
 * extract, and renames of acknowledged briefings. `killed()` says whether the server was killed already.
 */
export function startWriteLoad(
  clients: { nice: PactesurClient; munich: PactesurClient; site: Site },
  killed: () => boolean,
): { record: LoadRecord; ended: Promise<void> } {
  const record: LoadRecord = {
    briefings: new Map(),
    sites: new Set(),
    renames: new Map(),
    problems: [],
    unanswered: 0,
  };
  const niceAcknowledged: string[] = [];

  async function writer(name: string, write: (i: number) => Promise<void>): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await write(i);
      } catch (error) {
        if (error instanceof ApiError)
          record.problems.push(`${name}: refused with ${error.status} ${error.code}: ${error.message}`);
        else if (!killed())
          record.problems.push(`${name}: no answer before the server was killed: ${String(error)}`);
        else record.unanswered += 1;
        return;
      }
    }
  }

  const createBriefing =
    (client: PactesurClient, org: string, acknowledged?: string[]) => async (i: number) => {
      const title = `${LOAD_PREFIX}${org} ${i}`;
      const b = await client.createBriefing({ title, body: `written under load (${i})` });
      record.briefings.set(b.id, title);
      acknowledged?.push(b.id);
    };

  const createSite = async (i: number) => {
    const { site, munich } = clients;
    const s = await munich.createSite({
      extractId: site.extractId ?? '',
      name: `${LOAD_PREFIX}site ${i}`,
      category: site.category,
      outline: site.outline,
    });
    record.sites.add(s.id);
  };

  // Renames go one at a time, so at most one of them is unanswered when the server dies.
  const rename = async (i: number) => {
    const id = niceAcknowledged[i % Math.max(1, niceAcknowledged.length)];
    if (!id) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return;
    }
    const renames = record.renames.get(id) ?? { acknowledged: 0, lastTitle: null, unanswered: null };
    record.renames.set(id, renames);
    const title = `${LOAD_PREFIX}renamed ${i}`;
    renames.unanswered = title;
    await clients.nice.updateBriefing(id, { title });
    renames.unanswered = null;
    renames.acknowledged += 1;
    renames.lastTitle = title;
  };

  const ended = Promise.all([
    writer('nice briefings a', createBriefing(clients.nice, 'nice-a', niceAcknowledged)),
    writer('nice briefings b', createBriefing(clients.nice, 'nice-b', niceAcknowledged)),
    writer('munich briefings', createBriefing(clients.munich, 'munich')),
    writer('munich sites', createSite),
    writer('nice renames', rename),
  ]).then(() => undefined);
  return { record, ended };
}

/** Counts every acknowledged write of a load. */
export function acknowledgedWrites(record: LoadRecord): number {
  let renames = 0;
  for (const r of record.renames.values()) renames += r.acknowledged;
  return record.briefings.size + record.sites.size + renames;
}
