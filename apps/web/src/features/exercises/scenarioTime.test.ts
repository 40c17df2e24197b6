import type { ExerciseClock } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { clockText, newerClock } from './scenarioTime.ts';

describe('the clock face', () => {
  it('shows hours, minutes and seconds always', () => {
    expect(clockText(5400)).toBe('01:30:00');
    expect(clockText(59.99)).toBe('00:00:59');
    expect(clockText(-2)).toBe('00:00:00');
  });
});

describe('newerClock', () => {
  it('keeps the reading of the clock made last', () => {
    const older: ExerciseClock = { status: 'planning', scenarioTimeS: 0, speed: 1, at: '2027-03-10T08:00:00.000Z' };
    const newer: ExerciseClock = { status: 'running', scenarioTimeS: 0, speed: 60, at: '2027-03-10T08:00:01.000Z' };
    expect(newerClock(older, newer)).toBe(newer);
    expect(newerClock(newer, older)).toBe(newer);
  });
});
