import { describe, expect, it } from 'vitest';
import { runClockTime } from './run-clock.ts';

describe("a running exercise's clock", () => {
  const t0 = Date.parse('2027-03-10T08:00:00Z');
  const running = { status: 'running' as const, scenarioTimeS: 600, speed: 60, at: new Date(t0).toISOString() };

  it('moves on by its speed while it runs, and stands still otherwise', () => {
    expect(runClockTime(running, t0)).toBe(600);
    expect(runClockTime(running, t0 + 10_000)).toBe(1200);
    // A reading before the clock's own: no time goes back.
    expect(runClockTime(running, t0 - 5_000)).toBe(600);
    expect(runClockTime({ ...running, status: 'paused' }, t0 + 10_000)).toBe(600);
    expect(runClockTime({ ...running, status: 'planning', scenarioTimeS: 0 }, t0 + 10_000)).toBe(0);
  });
});
