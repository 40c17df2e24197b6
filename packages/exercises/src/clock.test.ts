import { Inject, type InjectInput } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { clockAt, dueInjects, scenarioTimeAt, wallTimeWhen, type ClockEvent } from './clock.ts';

/** Wall times in whole seconds after 10:00:00 on the exercise's day. */
const T = Date.parse('2026-07-14T10:00:00Z');
const s = (seconds: number): number => T + seconds * 1000;

describe('the simulation clock', () => {
  it('stands at 0 before the start and runs in real time from it', () => {
    const events: ClockEvent[] = [{ kind: 'start', at: s(0) }];
    expect(scenarioTimeAt([], s(100))).toBe(0);
    expect(scenarioTimeAt(events, s(-10))).toBe(0);
    expect(scenarioTimeAt(events, s(0))).toBe(0);
    expect(scenarioTimeAt(events, s(90))).toBe(90);
    expect(clockAt(events, s(90))).toEqual({ started: true, running: true, speed: 1, scenarioTimeS: 90 });
  });

  it('works a timeline by hand: pause, resume, compressed time, a skip', () => {
    const events: ClockEvent[] = [
      { kind: 'start', at: s(0) },
      // 0–600: real time → 600
      { kind: 'pause', at: s(600) },
      // 600–900 paused: stays 600
      { kind: 'resume', at: s(900) },
      // 900–1200 real time → 900
      { kind: 'speed', at: s(1_200), speed: 4 },
      // 1200–1500 at 4× → 900 + 1200 = 2100
      { kind: 'skip', at: s(1_500), to: 3_600 },
      // 1500–1560 at 4× → 3600 + 240 = 3840
    ];
    expect(scenarioTimeAt(events, s(300))).toBe(300);
    expect(scenarioTimeAt(events, s(750))).toBe(600);
    expect(scenarioTimeAt(events, s(1_000))).toBe(700);
    expect(scenarioTimeAt(events, s(1_200))).toBe(900);
    expect(scenarioTimeAt(events, s(1_350))).toBe(1_500);
    expect(scenarioTimeAt(events, s(1_499))).toBe(2_096);
    expect(scenarioTimeAt(events, s(1_500))).toBe(3_600);
    expect(clockAt(events, s(1_560))).toEqual({
      started: true,
      running: true,
      speed: 4,
      scenarioTimeS: 3_840,
    });
  });

  it('takes events in the order of their times, whatever the list’s', () => {
    const events: ClockEvent[] = [
      { kind: 'resume', at: s(200) },
      { kind: 'start', at: s(0) },
      { kind: 'pause', at: s(100) },
    ];
    // 0–100 → 100, paused to 200, then 200–250 → 150
    expect(scenarioTimeAt(events, s(250))).toBe(150);
  });

  it('keeps a speed set before the start or while paused for when it runs', () => {
    const events: ClockEvent[] = [
      { kind: 'speed', at: s(-60), speed: 2 },
      { kind: 'start', at: s(0) },
      // 0–60 at 2× → 120
      { kind: 'pause', at: s(60) },
      { kind: 'speed', at: s(70), speed: 10 },
      { kind: 'resume', at: s(80) },
      // 80–90 at 10× → 220
    ];
    expect(scenarioTimeAt(events, s(75))).toBe(120);
    expect(scenarioTimeAt(events, s(90))).toBe(220);
    expect(clockAt(events, s(75))).toMatchObject({ running: false, speed: 10 });
  });

  it('ignores what makes no sense: a second start, a skip or resume before the start, bad speeds and times', () => {
    const events: ClockEvent[] = [
      { kind: 'skip', at: s(-20), to: 500 },
      { kind: 'resume', at: s(-10) },
      { kind: 'start', at: s(0) },
      { kind: 'start', at: s(50) },
      { kind: 'speed', at: s(60), speed: 0 },
      { kind: 'speed', at: s(60), speed: -2 },
      { kind: 'speed', at: s(60), speed: Number.NaN },
      { kind: 'speed', at: s(60), speed: 1_000 },
      { kind: 'pause', at: Number.NaN },
      { kind: 'skip', at: s(70), to: Number.POSITIVE_INFINITY },
      { kind: 'resume', at: s(80) },
    ];
    expect(clockAt(events, s(100))).toEqual({ started: true, running: true, speed: 1, scenarioTimeS: 100 });
    expect(clockAt([{ kind: 'resume', at: s(0) }], s(10))).toEqual({
      started: false,
      running: false,
      speed: 1,
      scenarioTimeS: 0,
    });
  });

  it('skips back as well as forward, within the week', () => {
    const events: ClockEvent[] = [
      { kind: 'start', at: s(0) },
      { kind: 'skip', at: s(100), to: 30 },
      { kind: 'pause', at: s(110) },
    ];
    expect(scenarioTimeAt(events, s(200))).toBe(40);
    expect(
      scenarioTimeAt(
        [
          { kind: 'start', at: s(0) },
          { kind: 'skip', at: s(1), to: 1e12 },
        ],
        s(1),
      ),
    ).toBe(604_800);
    expect(
      scenarioTimeAt(
        [
          { kind: 'start', at: s(0) },
          { kind: 'skip', at: s(1), to: -5 },
        ],
        s(1),
      ),
    ).toBe(0);
  });

  it('says when a scenario time will come, as the clock runs now', () => {
    const events: ClockEvent[] = [
      { kind: 'start', at: s(0) },
      { kind: 'speed', at: s(100), speed: 4 },
    ];
    // at 200: 100 + 100 × 4 = 500; 900 is 400 scenario seconds on, 100 wall seconds at 4×
    expect(wallTimeWhen(events, 900, s(200))).toBe(s(300));
    expect(wallTimeWhen(events, 300, s(200))).toBe(s(200));
    expect(wallTimeWhen([...events, { kind: 'pause', at: s(150) }], 900, s(200))).toBeNull();
    expect(wallTimeWhen([], 10, s(0))).toBeNull();
  });
});

describe('dueInjects', () => {
  const inject = (number: number, over: Partial<InjectInput> = {}): Inject =>
    Inject.parse({
      id: `i${number}`,
      number,
      scenarioTimeS: number * 60,
      synopsis: 's',
      from: 'f',
      to: ['local-police'],
      method: 'radio',
      ...over,
    });

  it('gives the pending injects whose time has come, by time then number', () => {
    const list = [inject(3), inject(1), inject(2, { scenarioTimeS: 60 }), inject(4)];
    expect(dueInjects(list, 179).map((i) => i.number)).toEqual([1, 2]);
    expect(dueInjects(list, 180).map((i) => i.number)).toEqual([1, 2, 3]);
    expect(dueInjects(list, 0)).toEqual([]);
  });

  it('leaves out what was delivered, skipped or cancelled, and contingency injects', () => {
    const list = [
      inject(1, { status: 'delivered', deliveredAt: '2026-07-14T10:01:00Z' }),
      inject(2, { status: 'skipped' }),
      inject(3, { status: 'cancelled' }),
      inject(4, { contingency: true }),
      inject(5),
    ];
    expect(dueInjects(list, 3_600).map((i) => i.number)).toEqual([5]);
  });

  it('holds an inject back until its dependencies are delivered or skipped', () => {
    const list = [
      inject(1),
      inject(2, { dependsOn: ['i1'] }),
      inject(3, { status: 'skipped' }),
      inject(4, { dependsOn: ['i3'] }),
      inject(5, { status: 'cancelled' }),
      inject(6, { dependsOn: ['i5'] }),
      inject(7, { dependsOn: ['gone'] }),
    ];
    expect(dueInjects(list, 3_600).map((i) => i.number)).toEqual([1, 4]);
    const delivered = list.map((i) => (i.number === 1 ? { ...i, status: 'delivered' as const } : i));
    expect(dueInjects(delivered, 3_600).map((i) => i.number)).toEqual([2, 4]);
  });
});
