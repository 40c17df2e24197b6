import { Inject, type InjectInput, type Participant } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { agencyLabels, unreachedRecipients } from './agencyLabels.ts';

const inject = (number: number, to: string[]): Inject =>
  Inject.parse({ id: `i${number}`, number, scenarioTimeS: 0, synopsis: 'S', from: 'Control', to, method: 'in-app' } satisfies InjectInput);

const participant = (over: Partial<Participant>): Participant => ({
  id: '00000000-0000-4000-8000-000000000001',
  orgId: '00000000-0000-4000-8000-000000000002',
  orgName: 'Police municipale de Nice',
  orgSlug: 'nice-police',
  userId: null,
  userName: null,
  role: 'player',
  agency: '',
  ...over,
});

const msel = [
  inject(1, ['local-police']),
  inject(2, ['local-police', 'national-police']),
  inject(3, ['Fire-Brigade', 'ambulance']),
  inject(4, ['all-players']),
  inject(5, ['players', 'Evaluators', 'fire-brigade']),
];

describe('agencyLabels', () => {
  it('offers the agencies the injects are sent to, once each, in the order they appear, without role words', () => {
    expect(agencyLabels(msel, [])).toEqual(['local-police', 'national-police', 'Fire-Brigade', 'ambulance']);
  });

  it('leaves out the agencies a participant already answers to, by its label, slug or name', () => {
    const taken = [participant({ agency: 'Local-Police' }), participant({ orgSlug: 'ambulance', orgName: 'SAMU 06' })];
    expect(agencyLabels(msel, taken)).toEqual(['national-police', 'Fire-Brigade']);
  });
});

describe('unreachedRecipients', () => {
  it('names the recipients of an inject that no participant answers to', () => {
    const police = participant({ agency: 'local-police' });
    expect(unreachedRecipients(msel[1]!, [police])).toEqual(['national-police']);
    expect(unreachedRecipients(msel[0]!, [police])).toEqual([]);
    expect(unreachedRecipients(msel[4]!, [police])).toEqual(['fire-brigade']);
  });
});
