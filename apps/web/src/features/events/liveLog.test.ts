import type { LiveState } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { EMPTY_LIVE_VIEW, LiveFollower, mergeEntries, withAnswer, type LiveView } from './liveLog.ts';
import { liveState, logEntry } from './LiveTestEntries.ts';

const seqs = (entries: readonly { seq: number }[]) => entries.map((e) => e.seq);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => logEntry(from + i));

describe('mergeEntries', () => {
  it('appends the entries that follow the last one held, in order', () => {
    const merged = mergeEntries(range(1, 2), [logEntry(4), logEntry(3)]);
    expect(seqs(merged.entries)).toEqual([1, 2, 3, 4]);
    expect(merged).toMatchObject({ last: 4, gap: false });
  });

  it('keeps an entry held once when an answer repeats it', () => {
    const held = range(1, 3);
    const merged = mergeEntries(held, [logEntry(2), logEntry(3), logEntry(4)]);
    expect(seqs(merged.entries)).toEqual([1, 2, 3, 4]);
    // Nothing new: the very same list, so a page does not draw again.
    expect(mergeEntries(held, [logEntry(1), logEntry(3)]).entries).toBe(held);
  });

  it('stops before a missing entry and says so', () => {
    const merged = mergeEntries(range(1, 2), [logEntry(3), logEntry(5), logEntry(6)]);
    expect(seqs(merged.entries)).toEqual([1, 2, 3]);
    expect(merged).toMatchObject({ last: 3, gap: true });
  });

  it('takes an answer whose log goes further than its entries as a gap', () => {
    expect(mergeEntries([], range(1, 3), 3).gap).toBe(false);
    expect(mergeEntries([], range(1, 3), 7)).toMatchObject({ last: 3, gap: true });
  });
});

describe('withAnswer', () => {
  it('shows the latest figures and keeps them when an older answer arrives late', () => {
    const first = withAnswer(EMPTY_LIVE_VIEW, liveState(range(1, 5)));
    expect(first.view.state?.occupancy).toBe(5);
    const late = withAnswer(first.view, liveState(range(1, 2)));
    expect(late.view.state?.occupancy).toBe(5);
    expect(seqs(late.view.entries)).toEqual([1, 2, 3, 4, 5]);
    expect(late.view.state).not.toHaveProperty('entries');
  });
});

/** A server's log of `n` entries, answering reads after a number with at most `page` entries. */
function fakeLog(n: number, page = 1000) {
  const reads: number[] = [];
  let size = n;
  return {
    reads,
    grow: (by: number) => (size += by),
    read: (after: number): Promise<LiveState> => {
      reads.push(after);
      const entries = range(after + 1, Math.min(size, after + page));
      return Promise.resolve(liveState(entries, size));
    },
  };
}

describe('LiveFollower', () => {
  it('reads from the last entry it holds, again and again while the log is longer than one answer', async () => {
    const log = fakeLog(25, 10);
    const views: LiveView[] = [];
    const follower = new LiveFollower(log.read, (v) => views.push(v));
    await follower.poke();
    expect(log.reads).toEqual([0, 10, 20]);
    expect(seqs(follower.view.entries)).toEqual(seqs(range(1, 25)));
    expect(views.at(-1)?.last).toBe(25);
  });

  it('reads once more after the read under way when news comes during it, never two reads at once', async () => {
    const log = fakeLog(3);
    let release: () => void = () => undefined;
    let inFlight = 0;
    let most = 0;
    const read = async (after: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      if (after === 0) await new Promise<void>((resolve) => (release = resolve));
      const answer = await log.read(after);
      inFlight -= 1;
      return answer;
    };
    const follower = new LiveFollower(read, () => undefined);
    const first = follower.poke();
    log.grow(2);
    await follower.poke();
    await follower.poke();
    release();
    await first;
    expect(most).toBe(1);
    expect(log.reads).toEqual([0, 5]);
    expect(follower.view.last).toBe(5);
  });

  it('merges the answer of its own post, and reads the entries a post skipped', async () => {
    const log = fakeLog(4);
    const follower = new LiveFollower(log.read, () => undefined);
    await follower.answer(liveState(range(1, 2)));
    expect(follower.view.last).toBe(2);
    // Someone else's entries 3 and 4 came before this page's post, answered as entry 5.
    log.grow(1);
    await follower.answer(liveState([logEntry(5)]));
    expect(log.reads).toEqual([2]);
    expect(seqs(follower.view.entries)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports a failed read and keeps what it holds', async () => {
    const errors: unknown[] = [];
    const follower = new LiveFollower(
      () => Promise.reject(new Error('offline')),
      () => undefined,
      (e) => errors.push(e),
    );
    await follower.poke();
    expect(errors).toHaveLength(1);
    expect(follower.view).toBe(EMPTY_LIVE_VIEW);
  });

  it('gives up after a few reads when the log keeps a hole, until the next news', async () => {
    let reads = 0;
    const holey = (): Promise<LiveState> => {
      reads += 1;
      return Promise.resolve(liveState([logEntry(1), logEntry(3)], 3));
    };
    const follower = new LiveFollower(
      holey,
      () => undefined,
      () => undefined,
      4,
    );
    await follower.poke();
    expect(reads).toBe(4);
    expect(follower.view.last).toBe(1);
  });

  it('drops answers once stopped', async () => {
    const log = fakeLog(3);
    const views: LiveView[] = [];
    const follower = new LiveFollower(log.read, (v) => views.push(v));
    follower.stop();
    await follower.poke();
    await follower.answer(liveState(range(1, 3)));
    expect(views).toEqual([]);
  });
});
