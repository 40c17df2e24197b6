import { MselSection } from './MselSection.tsx';
import { ObjectivesSection } from './ObjectivesSection.tsx';
import { OutlineSection } from './OutlineSection.tsx';
import { StorylinesSection } from './StorylinesSection.tsx';
import type { ExerciseDraft } from './useDesignDraft.ts';

/** The design of an exercise: its outline, objectives and capabilities, storylines, and the MSEL. */
export function DesignTab({ draft, editable }: { draft: ExerciseDraft; editable: boolean }) {
  return (
    <div className="exercise-design" data-testid="exercise-design">
      <OutlineSection draft={draft.draft} edit={draft.edit} editable={editable} />
      <ObjectivesSection draft={draft.draft} edit={draft.edit} editable={editable} />
      <StorylinesSection draft={draft.draft} edit={draft.edit} editable={editable} />
      <MselSection draft={draft} editable={editable} />
    </div>
  );
}
