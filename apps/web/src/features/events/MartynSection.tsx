import { martynOf } from '@pactesur/assessment';
import type { MartynItem } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { MartynChecklist } from '../assessments/MartynChecklist.tsx';

interface Props {
  /** The plan's expected peak: the most people expected at once, which sets the tier. */
  readonly expectedPeak: number;
  /** What is in place (the assessment's items). */
  readonly inPlace: readonly MartynItem[];
  readonly readOnly: boolean;
  readonly onInPlace: (items: MartynItem[]) => void;
}

/**
 * Martyn's Law for the event: the assessments' checklist, its capacity the plan's expected peak (none
 * under 200, standard 200–799, enhanced from 800), the tier's procedures and measures ticked when in
 * place, and what is missing, worked out as the boxes are ticked.
 */
export function MartynSection({ expectedPeak, inPlace, readOnly, onInPlace }: Props) {
  const { t } = useI18n();
  const martyn = { capacity: expectedPeak, inPlace: [...inPlace] };
  return (
    <div className="card worksheet" data-testid="event-martyn">
      <MartynChecklist
        martyn={martyn}
        computed={martynOf(martyn, null)}
        readOnly={readOnly}
        capacityFrom={t('events.ops.martyn.fromPeak')}
        onChange={(next) => {
          if (next.inPlace.join() !== inPlace.join()) onInPlace(next.inPlace);
        }}
      />
    </div>
  );
}
