import { CarverFields } from './CarverFields.tsx';
import { MartynChecklist } from './MartynChecklist.tsx';
import type { StepProps } from './StepProps.ts';

/** Step 6: the other methods offered beside the scores: CARVER + Shock and the Martyn's Law tiers. */
export function AlternativesStep({ form, readOnly }: StepProps) {
  const { carver, martyn } = form.draft.content;
  return (
    <>
      <CarverFields
        carver={carver}
        readOnly={readOnly}
        onChange={(next) => form.editContent({ carver: next })}
      />
      <MartynChecklist
        martyn={martyn}
        computed={form.assessment.martyn}
        readOnly={readOnly}
        onChange={(next) => form.editContent({ martyn: next })}
      />
    </>
  );
}
