import { ApiError } from '@pactesur/api-client';
import type { Assessment, UpdateAssessmentInput } from '@pactesur/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, saveBody, type Draft, type SaveState } from './autosave.ts';
import { testAssessment } from './testAssessment.ts';

const start = testAssessment();
const draft0: Draft = { title: start.title, content: start.content };

/** An autosave whose server answers each body with the next revision, or with what `answer` says. */
function harness(answer?: (body: UpdateAssessmentInput, n: number) => Promise<Assessment>) {
  const sent: UpdateAssessmentInput[] = [];
  const states: SaveState['kind'][] = [];
  const saved: Assessment[] = [];
  let revision = start.revision;
  const autosave = new Autosave({
    draft: draft0,
    revision: start.revision,
    updatedAt: start.updatedAt,
    delayMs: 600,
    send: (body) => {
      sent.push(body);
      if (answer) return answer(body, sent.length);
      revision += 1;
      return Promise.resolve(testAssessment({ revision }));
    },
    onSaved: (a) => saved.push(a),
    onState: (s) => states.push(s.kind),
  });
  return { autosave, sent, states, saved };
}

const withTeamName = (name: string): Draft => ({
  ...draft0,
  content: { ...draft0.content, team: [{ id: 'm1', name, organisation: '', role: 'lead' }] },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saveBody', () => {
  it('sends only the changed parts, with the step and the revision', () => {
    const built = saveBody({ ...draft0, title: 'New title' }, new Set(['title', 'scope']), {
      step: 'team',
      revision: 4,
    });
    expect(built).toEqual({
      ok: true,
      body: { title: 'New title', content: { scope: '' }, step: 'team', revision: 4 },
    });
  });

  it('names the fields the contract refuses, and sends nothing', () => {
    const built = saveBody(withTeamName('   '), new Set(['team']), { step: null, revision: 1 });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems.map((p) => p.path)).toEqual(['content.team.0.name']);
  });
});

describe('Autosave', () => {
  it('waits for a pause in the typing, then saves the parts changed meanwhile in one request', async () => {
    const { autosave, sent, states } = harness();
    autosave.edit({ ...draft0, title: 'A' }, ['title']);
    await vi.advanceTimersByTimeAsync(300);
    autosave.edit({ ...draft0, title: 'Ab', content: { ...draft0.content, scope: 'The square' } }, [
      'title',
      'scope',
    ]);
    await vi.advanceTimersByTimeAsync(599);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ title: 'Ab', content: { scope: 'The square' }, revision: 1 }]);
    expect(states).toEqual(['pending', 'pending', 'saving', 'saved']);
  });

  it('stores the step at once, and makes each save on the revision the previous one answered', async () => {
    const { autosave, sent } = harness();
    autosave.edit({ ...draft0, title: 'B' }, ['title']);
    await autosave.step('team');
    expect(sent).toEqual([{ title: 'B', step: 'team', revision: 1 }]);
    await autosave.step('existing');
    expect(sent[1]).toEqual({ step: 'existing', revision: 2 });
  });

  it('keeps a change made while a save is on its way, and saves it next', async () => {
    let release: (a: Assessment) => void = () => undefined;
    const { autosave, sent, states } = harness((_body, n) =>
      n === 1
        ? new Promise((resolve) => (release = resolve))
        : Promise.resolve(testAssessment({ revision: 3 })),
    );
    autosave.edit({ ...draft0, title: 'First' }, ['title']);
    await vi.advanceTimersByTimeAsync(600);
    autosave.edit({ ...draft0, title: 'First', content: { ...draft0.content, scope: 'later' } }, ['scope']);
    release(testAssessment({ revision: 2 }));
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([
      { title: 'First', revision: 1 },
      { content: { scope: 'later' }, revision: 2 },
    ]);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not send a draft the contract refuses, and sends it once corrected', async () => {
    const { autosave, sent, states } = harness();
    autosave.edit(withTeamName(''), ['team']);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([]);
    expect(states.at(-1)).toBe('invalid');
    autosave.edit(withTeamName('Camille Martin'), ['team']);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('saved');
  });

  it('stops saving after a conflict until it is reset from the record read again', async () => {
    const { autosave, sent, states } = harness((_b, n) =>
      n === 1
        ? Promise.reject(new ApiError(409, 'conflict', 'changed'))
        : Promise.resolve(testAssessment({ revision: 9 })),
    );
    autosave.edit({ ...draft0, title: 'Mine' }, ['title']);
    await vi.advanceTimersByTimeAsync(600);
    expect(states.at(-1)).toBe('conflict');
    expect(autosave.stopped).toBe(true);
    autosave.edit({ ...draft0, title: 'Mine again' }, ['title']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1);

    autosave.reset(draft0, { revision: 8, updatedAt: '2026-03-10T10:00:00.000Z' });
    expect(autosave.known).toEqual({ revision: 8, updatedAt: '2026-03-10T10:00:00.000Z' });
    autosave.edit({ ...draft0, title: 'After reload' }, ['title']);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent[1]).toEqual({ title: 'After reload', revision: 8 });
  });

  it('keeps the parts of a failed save and sends them with the next one', async () => {
    const { autosave, sent, states } = harness((_b, n) =>
      n === 1 ? Promise.reject(new TypeError('network')) : Promise.resolve(testAssessment({ revision: 2 })),
    );
    autosave.edit({ ...draft0, title: 'Kept' }, ['title']);
    await vi.advanceTimersByTimeAsync(600);
    expect(states.at(-1)).toBe('failed');
    await autosave.flush();
    expect(sent[1]).toEqual({ title: 'Kept', revision: 1 });
    expect(states.at(-1)).toBe('saved');
  });

  it('runs another change after what is waiting, and saves next on the revision it answered', async () => {
    const { autosave, sent } = harness();
    autosave.edit({ ...draft0, title: 'Before refresh' }, ['title']);
    const order: string[] = [];
    const refreshed = await autosave.run(() => {
      order.push(`refresh after ${sent.length} save(s)`);
      return Promise.resolve(testAssessment({ revision: 7 }));
    });
    expect(refreshed.revision).toBe(7);
    expect(autosave.known.revision).toBe(7);
    expect(order).toEqual(['refresh after 1 save(s)']);
    autosave.edit({ ...draft0, title: 'After refresh' }, ['title']);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent[1]).toEqual({ title: 'After refresh', revision: 7 });
  });
});
