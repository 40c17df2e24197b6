/**
 * The demo's Carnival plan on the real Marienplatz extract: one click runs the crowd simulation with every
 * gate open and with the widest closed. The simulated evacuation must agree with the hand calculation for
 * as many people (people ÷ Σ gate width × Green Guide flow) within a factor of 1.5, and closing the widest
 * gate must make it longer.
 */
import type { PactesurClient } from '@pactesur/api-client';
import type { CrowdSimulation, EventRecord } from '@pactesur/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../test/harness.ts';
import { registerSite } from '../../../test/register-site.ts';
import { waitFor } from '../../../test/wait-for.ts';
import { DEMO_EVENT, demoEventPlan } from '../../demo/demo-event.ts';

/** Enough people for the gates to queue, few enough for a test. */
const PEOPLE = 3000;

let platform: TestPlatform;
let munich: PactesurClient;

beforeAll(async () => {
  platform = await startTestPlatform();
  munich = await platform.signedIn('editor@muenchen.example.org');
}, 240_000);
afterAll(() => platform.close());

describe('the simulation of an event plan', () => {
  it('agrees with the hand calculation within a factor of 1.5, and closing the widest gate makes the evacuation longer', async () => {
    const site = await registerSite(munich, 'munich-marienplatz.osm', 'Marienplatz');
    const created = await munich.createEvent({ ...DEMO_EVENT, siteId: site.id, plan: demoEventPlan(site.outline) });
    const started: EventRecord = await munich.simulateEvent(created.id, { people: PEOPLE });
    const { allExits, largestClosed, closedExitId, handMinutes } = started.simulations;
    expect(allExits && largestClosed && closedExitId).toBeTruthy();
    const widest = Math.max(...started.plan.features.flatMap((f) => (f.type === 'exit' ? [f.widthM] : [])));
    expect(started.plan.features.find((f) => f.id === closedExitId)).toMatchObject({ type: 'exit', widthM: widest });

    const done = (id: string) => waitFor(() => munich.getCrowdSimulation(id), (s: CrowdSimulation) => s.status !== 'processing', 480_000, 500);
    const [all, closed] = await Promise.all([done(allExits!), done(largestClosed!)]);
    expect(all.status).toBe('ready');
    expect(closed.status).toBe('ready');
    expect(all.summary).toMatchObject({ agentsTotal: PEOPLE, agentsOut: PEOPLE });
    expect(closed.summary).toMatchObject({ agentsTotal: PEOPLE, agentsOut: PEOPLE });

    const simulatedAll = all.summary!.evacuationTimeS! / 60;
    const simulatedClosed = closed.summary!.evacuationTimeS! / 60;
    const ratio = simulatedAll / handMinutes.allExits!;
    expect(ratio, `simulated ${simulatedAll.toFixed(2)} min, by hand ${handMinutes.allExits} min`).toBeGreaterThan(1 / 1.5);
    expect(ratio, `simulated ${simulatedAll.toFixed(2)} min, by hand ${handMinutes.allExits} min`).toBeLessThan(1.5);
    expect(simulatedClosed).toBeGreaterThan(simulatedAll);
    expect(handMinutes.largestClosed!).toBeGreaterThan(handMinutes.allExits!);
  }, 900_000);
});
