import { MAX_CALL_ANSWER, type CallCriterion } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { applicationDraftOf, applicationProblems, saveApplicationOf } from './applicationDraft.ts';

const criteria: CallCriterion[] = [
  { id: 'mass-events', label: 'Mass events', guidance: '', weight: 3 },
  { id: 'commitment', label: 'Commitment', guidance: '', weight: 1 },
];

describe('applicationDraftOf', () => {
  it('starts empty, or from the organisation’s application', () => {
    expect(applicationDraftOf(null)).toEqual({ answers: {}, motivation: '', contact: '' });
    const mine = {
      id: 'a',
      orgId: 'o',
      orgName: 'München',
      orgCountry: 'DE',
      answers: { 'mass-events': 'Oktoberfest' },
      motivation: 'We host Oktoberfest.',
      contact: 'KVR München',
      byName: 'Planner',
      submittedAt: '2025-01-01T10:00:00Z',
      updatedAt: '2025-01-01T10:00:00Z',
      reviews: [],
      score: null,
      outcome: 'pending' as const,
    };
    expect(applicationDraftOf(mine)).toEqual({
      answers: { 'mass-events': 'Oktoberfest' },
      motivation: 'We host Oktoberfest.',
      contact: 'KVR München',
    });
  });
});

describe('applicationProblems', () => {
  const draft = {
    answers: { 'mass-events': 'Oktoberfest', commitment: 'The mayor signs the charter.' },
    motivation: 'We host it.',
    contact: 'KVR',
  };

  it('finds nothing wrong with an answer to each criterion, a motivation and a contact', () => {
    expect(applicationProblems(draft, criteria)).toEqual([]);
  });

  it('asks for an answer to each criterion, a motivation and a contact', () => {
    expect(applicationProblems({ answers: {}, motivation: '  ', contact: '' }, criteria)).toEqual([
      'unanswered',
      'motivation',
      'contact',
    ]);
    expect(
      applicationProblems({ ...draft, answers: { 'mass-events': 'Oktoberfest', commitment: ' ' } }, criteria),
    ).toEqual(['unanswered']);
  });

  it('refuses an answer longer than the call takes', () => {
    const long = { ...draft, answers: { ...draft.answers, commitment: 'x'.repeat(MAX_CALL_ANSWER + 1) } };
    expect(applicationProblems(long, criteria)).toEqual(['answer']);
  });
});

describe('saveApplicationOf', () => {
  it('sends an answer to every criterion of the call and nothing else, trimmed', () => {
    const save = saveApplicationOf(
      {
        answers: { 'mass-events': ' Oktoberfest, 6 million visitors ', removed: 'old criterion' },
        motivation: ' We host Oktoberfest. ',
        contact: ' KVR München ',
      },
      criteria,
    );
    expect(save).toEqual({
      answers: { 'mass-events': 'Oktoberfest, 6 million visitors', commitment: '' },
      motivation: 'We host Oktoberfest.',
      contact: 'KVR München',
    });
  });
});
