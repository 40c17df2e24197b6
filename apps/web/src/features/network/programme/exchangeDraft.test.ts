import type { Exchange } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyGuest,
  exchangeDraftOf,
  exchangeProblems,
  exchangeSaveOf,
  guestOf,
  guestProblems,
  offersPlan,
} from './exchangeDraft.ts';

const NICE = '0b5f3c1e-0000-4000-8000-00000000000a';
const LIEGE = '0b5f3c1e-0000-4000-8000-00000000000b';
const PLAN = '0b5f3c1e-0000-4000-8000-00000000000c';
const CARNIVAL = { startsOn: '2024-02-15', endsOn: '2024-02-19', precision: 'day' as const };

const carnival: Exchange = {
  activityId: '0b5f3c1e-0000-4000-8000-000000000001',
  hostOrgId: NICE,
  hostName: 'Ville de Nice',
  objectives: 'The parades’ perimeter.',
  programme: 'Day 1: control room.',
  eventId: PLAN,
  report: '',
  guests: [],
  canEdit: true,
  canAddGuests: false,
};

describe("an exchange's draft", () => {
  it('starts from the exchange, or empty with the host proposed', () => {
    expect(exchangeDraftOf(carnival)).toEqual({
      hostOrgId: NICE,
      objectives: 'The parades’ perimeter.',
      programme: 'Day 1: control room.',
      eventId: PLAN,
      report: '',
    });
    expect(exchangeDraftOf({ ...carnival, eventId: null }).eventId).toBe('');
    expect(exchangeDraftOf(null, NICE)).toMatchObject({ hostOrgId: NICE, objectives: '', eventId: '' });
  });

  it('needs a host', () => {
    expect(exchangeProblems(exchangeDraftOf(null))).toEqual(['host']);
    expect(exchangeProblems(exchangeDraftOf(null, LIEGE))).toEqual([]);
  });

  it('sends the event plan only for the host it names, acting as that host', () => {
    const draft = { ...exchangeDraftOf(carnival), objectives: '  Perimeter.  ' };
    expect(offersPlan(draft, NICE)).toBe(true);
    expect(exchangeSaveOf(draft, NICE)).toEqual({
      hostOrgId: NICE,
      objectives: 'Perimeter.',
      programme: 'Day 1: control room.',
      eventId: PLAN,
      report: '',
    });
    // Liège edits as a consortium partner: it neither sees nor sends Nice's plan.
    expect(offersPlan(draft, LIEGE)).toBe(false);
    expect(exchangeSaveOf(draft, LIEGE).eventId).toBeNull();
    // Nice hands the exchange to Liège: its plan goes with it no more.
    expect(exchangeSaveOf({ ...draft, hostOrgId: LIEGE }, NICE).eventId).toBeNull();
    expect(exchangeSaveOf({ ...draft, eventId: '' }, NICE).eventId).toBeNull();
    expect(offersPlan(draft, null)).toBe(false);
  });
});

describe("a guest's draft", () => {
  it('stays for the whole exchange unless changed', () => {
    expect(emptyGuest(CARNIVAL)).toEqual({
      name: '',
      role: '',
      arrivesOn: '2024-02-15',
      leavesOn: '2024-02-19',
    });
  });

  it('needs a name and days within the exchange, arriving before leaving', () => {
    const ok = { ...emptyGuest(CARNIVAL), name: 'Officer of the Riga municipal police' };
    expect(guestProblems(ok, CARNIVAL)).toEqual([]);
    expect(guestProblems({ ...ok, name: '   ' }, CARNIVAL)).toEqual(['name']);
    expect(guestProblems({ ...ok, name: 'x'.repeat(301) }, CARNIVAL)).toEqual(['name']);
    expect(guestProblems({ ...ok, arrivesOn: '2024-02-14' }, CARNIVAL)).toEqual(['arrivesOn']);
    expect(guestProblems({ ...ok, leavesOn: '2024-02-20' }, CARNIVAL)).toEqual(['leavesOn']);
    expect(guestProblems({ ...ok, arrivesOn: '' }, CARNIVAL)).toEqual(['arrivesOn']);
    expect(guestProblems({ ...ok, arrivesOn: '2024-02-18', leavesOn: '2024-02-16' }, CARNIVAL)).toEqual([
      'order',
    ]);
    expect(guestProblems({ ...ok, arrivesOn: '2024-02-19', leavesOn: '2024-02-19' }, CARNIVAL)).toEqual([]);
  });

  it('is sent trimmed', () => {
    expect(
      guestOf({ name: ' Officer ', role: ' Sergeant ', arrivesOn: '2024-02-16', leavesOn: '2024-02-17' }),
    ).toEqual({
      name: 'Officer',
      role: 'Sergeant',
      arrivesOn: '2024-02-16',
      leavesOn: '2024-02-17',
    });
  });
});
