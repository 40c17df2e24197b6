import { describe, expect, it } from 'vitest';
import { episodesBySection, episodesOf, sectionOf } from './episodes.ts';
import { testSummary } from './testAlert.ts';

const id = (n: number) => `a0000000-0000-4000-8000-00000000000${n}`;
const episode = (n: number) => `e0000000-0000-4000-8000-00000000000${n}`;

describe('alerts by episode', () => {
  it('lists an Update and a Cancel under the alert that opened their episode, oldest first', () => {
    const alert = testSummary({ id: id(1), episodeId: episode(1), state: 'cancelled', createdAt: '2026-07-14T20:00:00Z' });
    const update = testSummary({ id: id(2), episodeId: episode(1), msgType: 'Update', state: 'superseded', createdAt: '2026-07-14T20:10:00Z' });
    const cancel = testSummary({ id: id(3), episodeId: episode(1), msgType: 'Cancel', state: 'published', createdAt: '2026-07-14T20:40:00Z' });
    const [only, ...rest] = episodesOf([cancel, alert, update]);
    expect(rest).toEqual([]);
    expect(only?.first.id).toBe(id(1));
    expect(only?.followUps.map((m) => m.id)).toEqual([id(2), id(3)]);
    expect(only?.latest.id).toBe(id(3));
  });

  it('opens an episode with its oldest message when its first alert is not in the list', () => {
    const update = testSummary({ id: id(2), episodeId: episode(1), msgType: 'Update', createdAt: '2026-07-14T20:10:00Z' });
    const cancel = testSummary({ id: id(3), episodeId: episode(1), msgType: 'Cancel', state: 'draft', createdAt: '2026-07-14T20:40:00Z' });
    expect(episodesOf([cancel, update])[0]?.first.id).toBe(id(2));
  });

  it('lists the most recently changed episode first', () => {
    const old = testSummary({ id: id(1), episodeId: episode(1), updatedAt: '2026-07-01T10:00:00Z' });
    const recent = testSummary({ id: id(2), episodeId: episode(2), updatedAt: '2026-07-14T10:00:00Z' });
    expect(episodesOf([old, recent]).map((e) => e.id)).toEqual([episode(2), episode(1)]);
  });

  it('puts each episode in the section of its latest message; a published Cancel ends it', () => {
    expect(sectionOf({ state: 'published', msgType: 'Alert' })).toBe('published');
    expect(sectionOf({ state: 'published', msgType: 'Cancel' })).toBe('past');
    expect(sectionOf({ state: 'expired', msgType: 'Update' })).toBe('past');
    const inForce = testSummary({ id: id(1), episodeId: episode(1) });
    const drafting = [
      testSummary({ id: id(2), episodeId: episode(2), state: 'published', createdAt: '2026-07-14T20:00:00Z' }),
      testSummary({ id: id(3), episodeId: episode(2), msgType: 'Update', state: 'pending', createdAt: '2026-07-14T21:00:00Z' }),
    ];
    const over = testSummary({ id: id(4), episodeId: episode(4), state: 'expired' });
    const draft = testSummary({ id: id(5), episodeId: episode(5), state: 'draft' });
    const sections = episodesBySection([inForce, ...drafting, over, draft]);
    expect([...sections.keys()]).toEqual(['draft', 'pending', 'published', 'past']);
    expect(sections.get('draft')?.map((e) => e.id)).toEqual([episode(5)]);
    expect(sections.get('pending')?.map((e) => e.id)).toEqual([episode(2)]);
    expect(sections.get('published')?.map((e) => e.id)).toEqual([episode(1)]);
    expect(sections.get('past')?.map((e) => e.id)).toEqual([episode(4)]);
  });
});
