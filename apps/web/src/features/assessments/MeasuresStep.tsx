import { MAX_PROPOSED_MEASURES, type ProposedMeasure } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { NameField } from '../../ui/NameField.tsx';
import { CostField } from './CostField.tsx';
import { newItemId } from './itemId.ts';
import { ProposedMeasureCard } from './ProposedMeasureCard.tsx';
import type { StepProps } from './StepProps.ts';

/** The form that proposes a measure: its title and cost; the rest is filled in on its card. */
function AddMeasure({ onAdd }: { onAdd: (measure: ProposedMeasure) => void }) {
  const id = useId();
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [cost, setCost] = useState(0);
  const [round, setRound] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    onAdd({
      id: newItemId(),
      title: title.trim(),
      kind: 'built',
      costEur: cost,
      owner: '',
      dueDate: null,
      status: 'proposed',
      changes: [],
    });
    setTitle('');
    setCost(0);
    // A fresh cost field, so that it shows 0 again.
    setRound((r) => r + 1);
  };
  return (
    <form className="form form-row add-measure" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="form-title">
        {t('measure.addTitle')}
      </h3>
      <NameField label="measure.titleField" value={title} onChange={setTitle} grow />
      <CostField key={round} label="measure.cost" value={cost} onChange={setCost} />
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('measure.add')}
        </button>
      </div>
    </form>
  );
}

/** Step 5: the proposed measures, each with its cost, owner, due date, status and what it changes. */
export function MeasuresStep({ form, readOnly }: StepProps) {
  const { t } = useI18n();
  const { measures, scenarios } = form.draft.content;
  const change = (id: string, patch: Partial<ProposedMeasure>) =>
    form.editContent((c) => ({ measures: c.measures.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  return (
    <>
      {measures.length === 0 && <p className="empty">{t('measure.empty')}</p>}
      <div className="measure-list">
        {measures.map((m, i) => (
          <ProposedMeasureCard
            key={m.id}
            measure={m}
            n={i + 1}
            scenarios={scenarios}
            readOnly={readOnly}
            onChange={(patch) => change(m.id, patch)}
            onRemove={() => form.editContent((c) => ({ measures: c.measures.filter((x) => x.id !== m.id) }))}
          />
        ))}
      </div>
      {!readOnly && measures.length < MAX_PROPOSED_MEASURES && (
        <AddMeasure onAdd={(m) => form.editContent((c) => ({ measures: [...c.measures, m] }))} />
      )}
    </>
  );
}
