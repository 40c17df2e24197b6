import { ApiError } from '@pactesur/api-client';
import type { Alert, AlertDraftContent } from '@pactesur/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver, UnsavedDraft, draftProblems, type DraftSaveState } from './draftSaver.ts';
import { testAlert } from './testAlert.ts';

const start = testAlert();
const withHeadline = (headline: string): AlertDraftContent => ({
  ...start.content,
  infos: start.content.infos.map((i, n) => (n === 0 ? { ...i, headline } : i)),
});

function harness(answer?: (n: number) => Promise<Alert>) {
  const sent: { headline: string | undefined; revision: number }[] = [];
  const states: DraftSaveState['kind'][] = [];
  let revision = start.revision;
  const saver = new DraftSaver({
    known: start,
    delayMs: 500,
    send: (content, rev) => {
      sent.push({ headline: content.infos[0]?.headline, revision: rev });
      if (answer) return answer(sent.length);
      revision += 1;
      return Promise.resolve(testAlert({ revision, content }));
    },
    onSaved: () => undefined,
    onState: (s) => states.push(s.kind),
  });
  return { saver, sent, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('draftProblems', () => {
  it('names what the contract refuses', () => {
    expect(draftProblems(start.content)).toEqual([]);
    const bad = { ...start.content, infos: [{ ...start.content.infos[0], web: 'not a link' }] };
    expect(draftProblems(bad).map((p) => p.path)).toEqual(['infos.0.web']);
  });
});

describe('DraftSaver', () => {
  it('saves the whole draft once the typing pauses, on the revision each save answered', async () => {
    const { saver, sent, states } = harness();
    saver.edit(withHeadline('A'));
    await vi.advanceTimersByTimeAsync(300);
    saver.edit(withHeadline('Ab'));
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    saver.edit(withHeadline('Abc'));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([
      { headline: 'Ab', revision: 1 },
      { headline: 'Abc', revision: 2 },
    ]);
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
    expect(saver.known.revision).toBe(3);
  });

  it('keeps a draft the contract refuses and sends nothing until it is right', async () => {
    const { saver, sent, states } = harness();
    const bad = { ...start.content, infos: [{ ...(start.content.infos[0] as AlertDraftContent['infos'][number]), event: '' }] };
    saver.edit(bad);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toEqual([]);
    expect(states.at(-1)).toBe('invalid');
    expect(saver.pending).toBe(true);
    await expect(saver.run(() => Promise.resolve('submitted'))).rejects.toBeInstanceOf(UnsavedDraft);
  });

  it('stops at a conflict until the alert is read again', async () => {
    const { saver, sent, states } = harness(() => Promise.reject(new ApiError(409, 'conflict', 'stale')));
    saver.edit(withHeadline('Mine'));
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toBe('conflict');
    saver.edit(withHeadline('Mine again'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    saver.reset({ revision: 7, updatedAt: '2026-07-14T20:30:00Z' });
    expect(saver.pending).toBe(false);
    expect(saver.known.revision).toBe(7);
    expect(states.at(-1)).toBe('idle');
  });

  it('keeps a failed draft for the next try, and runs a workflow step after the waiting save', async () => {
    let fail = true;
    const order: string[] = [];
    const { saver } = harness((n) => {
      order.push(`save ${n}`);
      return fail ? Promise.reject(new TypeError('offline')) : Promise.resolve(testAlert({ revision: 4 }));
    });
    saver.edit(withHeadline('Offline'));
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.pending).toBe(true);
    fail = false;
    saver.edit(withHeadline('Back'));
    const step = saver.run(() => {
      order.push('submit');
      return Promise.resolve(testAlert({ revision: 5, state: 'pending' }));
    });
    await expect(step).resolves.toMatchObject({ state: 'pending' });
    expect(order).toEqual(['save 1', 'save 2', 'submit']);
    expect(saver.known.revision).toBe(5);
  });
});
