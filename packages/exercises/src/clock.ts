import { MAX_SCENARIO_TIME_S, type Inject } from '@pactesur/contracts';

/**
 * The simulation clock of a live exercise, as pure functions over the list of its control events. Wall
 * times are milliseconds since the epoch; scenario times are seconds after the exercise's start.
 *
 * - `start` starts the clock at scenario time 0, running at the current speed (1× unless set before). A
 *   second `start` is ignored: the clock is moved with `skip`.
 * - `pause` stops it where it is; `resume` runs it again from there. Each is ignored when the clock is
 *   already so, or not started.
 * - `speed` sets how many scenario seconds pass in one wall second from then on: 1 is real time, 4 a
 *   compressed exercise (more than 0, at most {@link MAX_CLOCK_SPEED}; other values are ignored). Set
 *   while paused or before the start, it applies once the clock runs.
 * - `skip` moves the scenario time to `to` (forwards or back, 0 to `MAX_SCENARIO_TIME_S`), running or
 *   paused as it was; ignored before the start.
 *
 * Events are taken in the order of their wall times (those at the same time in the list's order); those
 * after the wall time asked about, and those whose time is not a finite number, are left out.
 */
export type ClockEvent =
  | { readonly kind: 'start'; readonly at: number }
  | { readonly kind: 'pause'; readonly at: number }
  | { readonly kind: 'resume'; readonly at: number }
  | { readonly kind: 'speed'; readonly at: number; readonly speed: number }
  | { readonly kind: 'skip'; readonly at: number; readonly to: number };

/** The fastest compression of time: an hour of scenario in a minute. */
export const MAX_CLOCK_SPEED = 60;

export interface ClockState {
  readonly started: boolean;
  readonly running: boolean;
  readonly speed: number;
  /** Seconds after the exercise's start (0 before it), not rounded. */
  readonly scenarioTimeS: number;
}

const INITIAL: ClockState = { started: false, running: false, speed: 1, scenarioTimeS: 0 };

/** Where the clock's scenario time is at `wallTime`, from its state at the wall time `since`. */
function advance(state: ClockState, since: number, wallTime: number): ClockState {
  if (!state.running || wallTime <= since) return state;
  return { ...state, scenarioTimeS: state.scenarioTimeS + ((wallTime - since) / 1000) * state.speed };
}

/** The clock at a wall time. */
export function clockAt(events: readonly ClockEvent[], wallTime: number): ClockState {
  const past = events
    .filter((e) => Number.isFinite(e.at) && e.at <= wallTime)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
  let state = INITIAL;
  let since = -Infinity;
  for (const e of past) {
    state = advance(state, since, e.at);
    since = e.at;
    switch (e.kind) {
      case 'start':
        if (!state.started) state = { ...state, started: true, running: true, scenarioTimeS: 0 };
        break;
      case 'pause':
        if (state.running) state = { ...state, running: false };
        break;
      case 'resume':
        if (state.started && !state.running) state = { ...state, running: true };
        break;
      case 'speed':
        if (Number.isFinite(e.speed) && e.speed > 0 && e.speed <= MAX_CLOCK_SPEED)
          state = { ...state, speed: e.speed };
        break;
      case 'skip':
        if (state.started && Number.isFinite(e.to))
          state = { ...state, scenarioTimeS: Math.min(Math.max(e.to, 0), MAX_SCENARIO_TIME_S) };
        break;
    }
  }
  return advance(state, since, wallTime);
}

/** Seconds after the exercise's start at a wall time (0 before the start). */
export function scenarioTimeAt(events: readonly ClockEvent[], wallTime: number): number {
  return clockAt(events, wallTime).scenarioTimeS;
}

/**
 * The wall time at which the clock, as it runs at `now`, reaches `scenarioTimeS`: `now` when it already
 * has, null while it is paused or not started (nothing is due until a controller acts).
 */
export function wallTimeWhen(
  events: readonly ClockEvent[],
  scenarioTimeS: number,
  now: number,
): number | null {
  const state = clockAt(events, now);
  if (state.scenarioTimeS >= scenarioTimeS) return now;
  if (!state.running) return null;
  return now + ((scenarioTimeS - state.scenarioTimeS) / state.speed) * 1000;
}

/**
 * The injects to deliver at a scenario time: pending, not held in reserve (a contingency inject goes only
 * when a controller publishes it), due at or before `scenarioTimeS`, and whose dependencies are all
 * delivered or skipped (one cancelled, or not in the list, holds the inject back) — by scenario time, then
 * number.
 */
export function dueInjects(injects: readonly Inject[], scenarioTimeS: number): Inject[] {
  const byId = new Map(injects.map((i) => [i.id, i]));
  const done = (id: string): boolean => {
    const s = byId.get(id)?.status;
    return s === 'delivered' || s === 'skipped';
  };
  return injects
    .filter(
      (i) =>
        i.status === 'pending' &&
        !i.contingency &&
        i.scenarioTimeS <= scenarioTimeS &&
        i.dependsOn.every(done),
    )
    .sort((a, b) => a.scenarioTimeS - b.scenarioTimeS || a.number - b.number);
}
