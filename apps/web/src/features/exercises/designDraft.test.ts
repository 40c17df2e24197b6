import { ExerciseDesign, type Exercise, type InjectInput } from '@pactesur/contracts';
import { describe, expect, it } from 'vitest';
import { designDraftOf, designProblems, refusedCells, updateOf } from './designDraft.ts';
import { newInject } from './mselCells.ts';

const inject: InjectInput = { id: 'i1', number: 1, scenarioTimeS: 0, synopsis: 'Call', from: 'Witness', to: ['local-police'], method: 'phone', controlNote: 'Secret' };

const exercise = (design: ExerciseDesign | null): Exercise => ({
  id: '00000000-0000-4000-8000-000000000001',
  ownerOrgId: '00000000-0000-4000-8000-000000000002',
  ownerName: 'Ville de Nice',
  name: 'Promenade drill',
  type: 'full-scale',
  status: 'planning',
  startsAt: '2027-03-10T07:00:00.000Z',
  endsAt: '2027-03-10T11:00:00.000Z',
  myRoles: design ? ['controller'] : ['player'],
  updatedAt: '2027-01-10T07:00:00.000Z',
  access: design ? 'owner' : 'read',
  revision: 3,
  design,
  objectives: [],
  capabilities: [],
  tasks: [],
  participants: [],
  clock: { status: 'planning', scenarioTimeS: 0, speed: 1, at: '2027-01-10T07:00:00.000Z' },
  createdAt: '2027-01-10T07:00:00.000Z',
  createdByName: 'Camille Laurent',
});

describe('the draft of an exercise’s design', () => {
  const design = ExerciseDesign.parse({ scope: 'The first two hours', venues: ['Promenade'], msel: [inject], meetings: [{ id: 'm1', at: '2027-02-01T10:00:00Z', title: 'Planning' }] });

  it('is the outline and the scenario for a controller, nothing for a player', () => {
    const draft = designDraftOf(exercise(design));
    expect(draft).toMatchObject({ name: 'Promenade drill', type: 'full-scale', design: { scope: 'The first two hours', venues: ['Promenade'] } });
    expect(draft?.design.msel.map((i) => i.controlNote)).toEqual(['Secret']);
    expect(designDraftOf(exercise(null))).toBeNull();
  });

  it('sends the parts it edits on the revision known, leaving the meetings and documents alone', () => {
    const draft = designDraftOf(exercise(design))!;
    const update = updateOf(draft, 3);
    expect(update.revision).toBe(3);
    expect(Object.keys(update.design ?? {}).sort()).toEqual(['capabilities', 'msel', 'objectives', 'scope', 'storylines', 'venues']);
    expect(designProblems(draft)).toEqual([]);
  });

  it('finds what the contract refuses, and the cells of the MSEL to mark', () => {
    const draft = designDraftOf(exercise(design))!;
    const added = newInject(draft.design.msel);
    const broken = { ...draft, name: ' ', endsAt: '2027-03-09T07:00:00.000Z', design: { ...draft.design, msel: [...draft.design.msel, added] } };
    const problems = designProblems(broken);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['name', 'endsAt', 'design.msel.1.synopsis', 'design.msel.1.from', 'design.msel.1.to']));
    const cells = refusedCells(problems);
    expect([...(cells.get(1) ?? [])].sort()).toEqual(['from', 'synopsis', 'to']);
    expect(cells.has(0)).toBe(false);
  });
});
