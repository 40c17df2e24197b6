import { MAX_NAME_LENGTH, type Capability, type Objective } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { DesignDraft } from './designDraft.ts';
import { nextItemId } from './itemIds.ts';

interface Props {
  readonly draft: DesignDraft;
  readonly edit: (change: (d: DesignDraft) => DesignDraft) => void;
  readonly editable: boolean;
}

/**
 * The capabilities the exercise tests and its objectives — specific and measurable — each with the
 * capabilities it tests. Every participant sees them; the MSEL names objectives by their ids.
 */
export function ObjectivesSection({ draft, edit, editable }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { objectives, capabilities } = draft.design;
  const setCapabilities = (next: Capability[]) =>
    edit((d) => ({
      ...d,
      design: {
        ...d.design,
        capabilities: next,
        // An objective no longer tests a capability taken away.
        objectives: d.design.objectives.map((o) => ({ ...o, capabilities: o.capabilities.filter((c) => next.some((k) => k.id === c)) })),
      },
    }));
  const setObjectives = (next: Objective[]) => edit((d) => ({ ...d, design: { ...d.design, objectives: next } }));
  const changeCapability = (i: number, change: Partial<Capability>) =>
    setCapabilities(capabilities.map((c, j) => (j === i ? { ...c, ...change } : c)));
  const changeObjective = (i: number, change: Partial<Objective>) =>
    setObjectives(objectives.map((o, j) => (j === i ? { ...o, ...change } : o)));

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="exercise-objectives-design">
      <h2 id={`${id}-title`}>{t('exerciseDesign.objectivesTitle')}</h2>
      <p className="hint">{t('exerciseDesign.objectivesHint')}</p>
      <fieldset className="form" disabled={!editable}>
        <h3>{t('exerciseDesign.capabilities')}</h3>
        {capabilities.length === 0 && <p className="empty">{t('exerciseDesign.noCapability')}</p>}
        <ol className="exercise-items">
          {capabilities.map((c, i) => (
            <li key={c.id} className="exercise-item" data-capability-id={c.id}>
              <div className="form form-row">
                <div className="field grow">
                  <label htmlFor={`${id}-c-${c.id}`}>{t('exerciseDesign.capabilityName', { id: c.id })}</label>
                  <input
                    id={`${id}-c-${c.id}`}
                    maxLength={MAX_NAME_LENGTH}
                    value={c.name}
                    onChange={(e) => changeCapability(i, { name: e.target.value })}
                  />
                </div>
                <button type="button" className="button-quiet" onClick={() => setCapabilities(capabilities.filter((_, j) => j !== i))}>
                  {t('exerciseDesign.remove')}
                </button>
              </div>
              <div className="field">
                <label htmlFor={`${id}-cd-${c.id}`}>{t('exerciseDesign.description')}</label>
                <textarea
                  id={`${id}-cd-${c.id}`}
                  rows={2}
                  maxLength={2_000}
                  value={c.description}
                  onChange={(e) => changeCapability(i, { description: e.target.value })}
                />
              </div>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button
            type="button"
            onClick={() => setCapabilities([...capabilities, { id: nextItemId('c', capabilities.map((c) => c.id)), name: '', description: '' }])}
          >
            {t('exerciseDesign.addCapability')}
          </button>
        </div>

        <h3>{t('exerciseDesign.objectives')}</h3>
        {objectives.length === 0 && <p className="empty">{t('exerciseDesign.noObjective')}</p>}
        <ol className="exercise-items">
          {objectives.map((o, i) => (
            <li key={o.id} className="exercise-item" data-objective-id={o.id}>
              <div className="form form-row">
                <div className="field grow">
                  <label htmlFor={`${id}-o-${o.id}`}>{t('exerciseDesign.objectiveText', { id: o.id })}</label>
                  <textarea
                    id={`${id}-o-${o.id}`}
                    rows={2}
                    maxLength={2_000}
                    value={o.text}
                    onChange={(e) => changeObjective(i, { text: e.target.value })}
                  />
                </div>
                <button type="button" className="button-quiet" onClick={() => setObjectives(objectives.filter((_, j) => j !== i))}>
                  {t('exerciseDesign.remove')}
                </button>
              </div>
              {capabilities.length > 0 && (
                <fieldset className="field-row check-grid">
                  <legend>{t('exerciseDesign.tests')}</legend>
                  {capabilities.map((c) => (
                    <label className="check" key={c.id}>
                      <input
                        type="checkbox"
                        checked={o.capabilities.includes(c.id)}
                        onChange={(e) =>
                          changeObjective(i, {
                            capabilities: e.target.checked
                              ? [...o.capabilities, c.id]
                              : o.capabilities.filter((k) => k !== c.id),
                          })
                        }
                      />
                      <span>{c.name || c.id}</span>
                    </label>
                  ))}
                </fieldset>
              )}
            </li>
          ))}
        </ol>
        <div className="actions">
          <button
            type="button"
            onClick={() => setObjectives([...objectives, { id: nextItemId('o', objectives.map((o) => o.id)), text: '', capabilities: [] }])}
          >
            {t('exerciseDesign.addObjective')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
