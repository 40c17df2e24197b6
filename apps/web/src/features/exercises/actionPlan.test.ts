import type { CorrectiveAction, Participant } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { actionOrgs, actionSave, datesInOrder, isOverdue, localDay, nextStatus } from './actionPlan.ts';

const action: CorrectiveAction = {
  id: 'a1',
  text: 'Train the control room on M/ETHANE',
  element: 'training',
  orgId: 'police',
  orgName: 'Police municipale',
  capabilityId: 'c1',
  startsOn: '2027-08-01',
  dueOn: '2027-09-30',
  status: 'open',
  eventId: null,
  practice: '',
  updatedAt: '2027-07-15T08:00:00.000Z',
  doneAt: null,
};

describe('isOverdue', () => {
  it('is overdue after its due day until done', () => {
    expect(isOverdue(action, '2027-10-01')).toBe(true);
    expect(isOverdue({ ...action, status: 'in-progress' }, '2027-10-01')).toBe(true);
    expect(isOverdue({ ...action, status: 'done' }, '2027-10-01')).toBe(false);
  });

  it('is not overdue on its due day, before it, or without one', () => {
    expect(isOverdue(action, '2027-09-30')).toBe(false);
    expect(isOverdue(action, '2027-07-15')).toBe(false);
    expect(isOverdue({ ...action, dueOn: null }, '2030-01-01')).toBe(false);
  });
});

describe('nextStatus', () => {
  it('moves open → in progress → done, then no further', () => {
    expect(nextStatus('open')).toBe('in-progress');
    expect(nextStatus('in-progress')).toBe('done');
    expect(nextStatus('done')).toBeNull();
  });
});

describe('localDay', () => {
  it('writes the day of the reader’s clock', () => {
    expect(localDay(new Date(2027, 6, 4, 23, 59))).toBe('2027-07-04');
    expect(localDay(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});

describe('actionOrgs', () => {
  const participant = (orgId: string, orgName: string, role: Participant['role']): Participant => ({
    id: `${orgId}-${role}`,
    orgId,
    orgName,
    orgSlug: orgId,
    userId: null,
    userName: null,
    role,
    agency: '',
  });

  it('offers the organiser first, then each agency taking part once', () => {
    const orgs = actionOrgs({
      ownerOrgId: 'city',
      ownerName: 'Ville de Nice',
      participants: [participant('police', 'Police municipale', 'player'), participant('sdis', 'SDIS 06', 'evaluator'), participant('police', 'Police municipale', 'observer'), participant('city', 'Ville de Nice', 'controller')],
    });
    expect(orgs).toEqual([
      { orgId: 'city', orgName: 'Ville de Nice' },
      { orgId: 'police', orgName: 'Police municipale' },
      { orgId: 'sdis', orgName: 'SDIS 06' },
    ]);
  });
});

describe('actionSave', () => {
  it('sends the action’s own fields, with the change', () => {
    expect(actionSave(action, { status: 'in-progress' })).toEqual({
      text: action.text,
      element: 'training',
      orgId: 'police',
      capabilityId: 'c1',
      startsOn: '2027-08-01',
      dueOn: '2027-09-30',
      status: 'in-progress',
      eventId: null,
      practice: '',
    });
  });
});

describe('datesInOrder', () => {
  it('refuses an action due before it starts only', () => {
    expect(datesInOrder('2027-08-01', '2027-07-31')).toBe(false);
    expect(datesInOrder('2027-08-01', '2027-08-01')).toBe(true);
    expect(datesInOrder(null, '2027-07-31')).toBe(true);
    expect(datesInOrder('2027-08-01', null)).toBe(true);
  });
});
