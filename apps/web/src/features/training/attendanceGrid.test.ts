import { describe, expect, it } from 'vitest';
import { attendanceGrid, cellKey, withRowFrom } from './attendanceGrid.ts';
import { course, participant } from './test-support/course.ts';

const priya = participant();
const ana = participant({
  id: '7d2a4c1e-0000-4000-8000-000000000102',
  orgId: '7d2a4c1e-0000-4000-8000-0000000000a3',
  orgName: 'Câmara Municipal de Lisboa',
  name: 'Ana Costa',
  attended: ['site-visit'],
  attendance: 0.5,
});
const marc = participant({ id: '7d2a4c1e-0000-4000-8000-000000000103', name: 'Marc Dupont' });
const sample = course({ participants: [priya, ana, marc], taken: 3 });

describe('attendanceGrid', () => {
  it('puts sessions in time order and says which have started', () => {
    const reversed = { ...sample, sessions: [...sample.sessions].reverse() };
    const grid = attendanceGrid(reversed, new Date('2027-03-03T09:00:00Z'));
    expect(grid.sessions.map((s) => [s.id, s.started])).toEqual([
      ['the-method', true],
      ['site-visit', false],
    ]);
  });

  it('lists participants by organisation then name, with what each attended, and counts each session', () => {
    const grid = attendanceGrid(sample, new Date('2027-03-05T00:00:00Z'));
    expect(grid.rows.map((r) => [r.participant.name, r.present])).toEqual([
      ['Ana Costa', [false, true]],
      ['Marc Dupont', [false, false]],
      ['Priya Raman', [false, false]],
    ]);
    expect(grid.presentPerSession).toEqual([0, 1]);
  });

  it('ignores attendance of a session the course no longer has', () => {
    const grid = attendanceGrid(
      course({ participants: [participant({ attended: ['removed', 'the-method'] })] }),
      new Date(),
    );
    expect(grid.rows[0]?.present).toEqual([true, false]);
  });
});

describe('withRowFrom', () => {
  it('takes the one participant’s row from the answer and keeps the others as they are', () => {
    // The answer was read before Ana's latest change reached the page: her row must not go back.
    const current = { ...sample, participants: [priya, { ...ana, attended: [], attendance: 0 }, marc] };
    const answer = {
      ...sample,
      participants: [{ ...priya, attended: ['the-method'], attendance: 0.5 }, ana, marc],
    };
    const next = withRowFrom(current, answer, priya.id);
    expect(next.participants.map((p) => [p.name, p.attended])).toEqual([
      ['Priya Raman', ['the-method']],
      ['Ana Costa', []],
      ['Marc Dupont', []],
    ]);
    expect(next.participants[0]?.attendance).toBe(0.5);
  });

  it('drops a participant the answer no longer has', () => {
    const answer = { ...sample, participants: [ana, marc] };
    expect(withRowFrom(sample, answer, priya.id).participants.map((p) => p.name)).toEqual([
      'Ana Costa',
      'Marc Dupont',
    ]);
  });

  it('names each cell by participant and session', () => {
    expect(cellKey('p1', 'day-1')).toBe('p1/day-1');
    expect(cellKey('p1', 'day-1')).not.toBe(cellKey('p1', 'day-2'));
  });
});
