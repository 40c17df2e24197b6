import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver, issueProblems, type DraftSaveState } from './draftSaver.ts';

/** A record of the smallest kind the saver takes: its version and a text. */
interface Note {
  readonly revision: number;
  readonly updatedAt: string;
  readonly text: string;
}

function harness() {
  const sent: { text: string; revision: number }[] = [];
  const states: DraftSaveState['kind'][] = [];
  let revision = 1;
  const saver = new DraftSaver<string, Note>({
    known: { revision: 1, updatedAt: '2026-11-01T10:00:00Z' },
    delayMs: 400,
    problems: (text) => (text.length > 10 ? [{ path: 'text', message: 'too long' }] : []),
    send: (text, rev) => {
      sent.push({ text, revision: rev });
      revision = Math.max(revision, rev) + 1;
      return Promise.resolve({ revision, updatedAt: '2026-11-01T10:05:00Z', text });
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

describe('the shared draft saver', () => {
  it('checks a draft with the problems it is given before sending it', async () => {
    const { saver, sent, states } = harness();
    saver.edit('far too long a text');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([]);
    expect(states.at(-1)).toBe('invalid');
    saver.edit('short');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([{ text: 'short', revision: 1 }]);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves on a newer version another part of the page saved, and never goes back to an older one', async () => {
    const { saver, sent } = harness();
    saver.learn({ revision: 6, updatedAt: '2026-11-01T10:03:00Z' });
    expect(saver.known).toEqual({ revision: 6, updatedAt: '2026-11-01T10:03:00Z' });
    saver.learn({ revision: 2, updatedAt: '2026-11-01T10:01:00Z' });
    expect(saver.known.revision).toBe(6);
    saver.edit('mine');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([{ text: 'mine', revision: 6 }]);
    expect(saver.known.revision).toBe(7);
  });

  it('words the issues of a parse as paths and messages', () => {
    expect(
      issueProblems([
        { path: ['features', 2, 'widthM'], message: 'Too small' },
        { path: [], message: 'Bad' },
      ]),
    ).toEqual([
      { path: 'features.2.widthM', message: 'Too small' },
      { path: '', message: 'Bad' },
    ]);
  });
});
