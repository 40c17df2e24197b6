import type { Job } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../i18n/all-dictionaries.ts';
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import { translate } from '../../i18n/translate.ts';
import { pathOf } from '../../router/routes.ts';
import { jobKindName, jobOutcome, jobStatusKey, recordRoute } from './jobWords.ts';

const en = (key: MessageKey, params?: MessageParams) => translate(DICTIONARIES.en, key, params);
const fr = (key: MessageKey, params?: MessageParams) => translate(DICTIONARIES.fr, key, params);

const job = (over: Partial<Job>): Job => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'protect.plan',
  ownerOrgId: '00000000-0000-4000-8000-000000000002',
  status: 'succeeded',
  progress: 1,
  message: null,
  input: {},
  result: null,
  error: null,
  attempts: 1,
  maxAttempts: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  infeasible: null,
  record: null,
  ...over,
});

describe('the words of a job', () => {
  it('names every kind people run, in their language, and hides internal names', () => {
    expect(jobKindName('vehicle.threat', en)).toBe('Vehicle threat analysis');
    expect(jobKindName('protect.plan', en)).toBe('Protection plan');
    expect(jobKindName('crowd.simulate', en)).toBe('Crowd simulation');
    expect(jobKindName('osm.import-extract', en)).toBe('Extract import');
    expect(jobKindName('protect.plan', fr)).toBe('Plan de protection');
    expect(jobKindName('diagnostic.count-primes', en)).toBe('Background job');
  });

  it('calls an impossible plan "No plan possible", with the reason, not "Succeeded"', () => {
    const impossible = job({ infeasible: { reason: 'over budget: 9000€ > 1€', constraint: 'budget' } });
    expect(en(jobStatusKey(impossible))).toBe('No plan possible');
    expect(jobOutcome(impossible, en)).toBe('No plan possible: over budget: 9000€ > 1€');
    expect(en(jobStatusKey(job({})))).toBe('Succeeded');
    expect(jobOutcome(job({}), en)).not.toMatch(/[{}[\]"]/);
  });

  it('says why a job failed, and never shows its raw result', () => {
    expect(jobOutcome(job({ status: 'failed', error: 'the extract has no ways' }), en)).toBe(
      'Failed: the extract has no ways',
    );
    expect(jobOutcome(job({ status: 'failed' }), en)).toBe('Failed, without a reason given.');
    expect(jobOutcome(job({ result: { count: 9592 } }), en)).toBe('Finished: the result is ready.');
  });

  it('links each record to its page', () => {
    const id = '00000000-0000-4000-8000-000000000003';
    expect(pathOf(recordRoute({ kind: 'threat-analysis', id, name: 'a' }))).toBe(`/threats/${id}`);
    expect(pathOf(recordRoute({ kind: 'protection-plan', id, name: 'a' }))).toBe(`/protection/${id}`);
    expect(pathOf(recordRoute({ kind: 'crowd-simulation', id, name: 'a' }))).toBe(`/crowd/${id}`);
    expect(pathOf(recordRoute({ kind: 'site', id, name: 'a' }))).toBe(`/sites/${id}`);
    expect(pathOf(recordRoute({ kind: 'extract', id, name: 'a.osm' }))).toBe('/sites');
  });
});
