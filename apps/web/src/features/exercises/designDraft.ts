import { UpdateExercise, type Exercise, type ExerciseDesign, type ExerciseType } from '@pactesur/contracts';
import { issueProblems, type DraftProblem } from '../../ui/draftSaver.ts';

/** What the Design tab edits and saves as the user goes: the outline and the scenario. */
export interface DesignDraft {
  readonly name: string;
  readonly type: ExerciseType;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly design: Pick<ExerciseDesign, 'scope' | 'venues' | 'objectives' | 'capabilities' | 'storylines' | 'msel'>;
}

/** The draft of an exercise as read; null for a reader who does not see its design. */
export function designDraftOf(exercise: Exercise): DesignDraft | null {
  return exercise.design ? draftOf(exercise, exercise.design) : null;
}

/** The draft of an exercise and its design. */
export function draftOf(exercise: Exercise, d: ExerciseDesign): DesignDraft {
  return {
    name: exercise.name,
    type: exercise.type,
    startsAt: exercise.startsAt,
    endsAt: exercise.endsAt,
    design: {
      scope: d.scope,
      venues: d.venues,
      objectives: d.objectives,
      capabilities: d.capabilities,
      storylines: d.storylines,
      msel: d.msel,
    },
  };
}

/** The change sent for a draft (the parts of the design not edited here are left as they are). */
export const updateOf = (draft: DesignDraft, revision: number): UpdateExercise =>
  UpdateExercise.parse({ revision, ...draft, design: { ...draft.design } });

/** What the contract refuses in a draft, by path (`design.msel.2.synopsis`); nothing when it may be sent. */
export function designProblems(draft: DesignDraft): DraftProblem[] {
  const parsed = UpdateExercise.safeParse({ ...draft, design: { ...draft.design } });
  const problems = parsed.success ? [] : issueProblems(parsed.error.issues);
  if (Date.parse(draft.endsAt) < Date.parse(draft.startsAt)) problems.push({ path: 'endsAt', message: 'before startsAt' });
  return problems;
}

/** The fields of each inject (by its place in the list) the contract refuses: to mark their cells. */
export function refusedCells(problems: readonly DraftProblem[]): ReadonlyMap<number, ReadonlySet<string>> {
  const cells = new Map<number, Set<string>>();
  for (const p of problems) {
    const m = /^design\.msel\.(\d+)\.(\w+)/.exec(p.path);
    if (!m) continue;
    const row = Number(m[1]);
    const fields = cells.get(row) ?? new Set<string>();
    fields.add(m[2] ?? '');
    cells.set(row, fields);
  }
  return cells;
}
