import { MAX_NAME_LENGTH, type Act, type Storyline } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { DesignDraft } from './designDraft.ts';

interface Props {
  readonly draft: DesignDraft;
  readonly edit: (change: (d: DesignDraft) => DesignDraft) => void;
  readonly editable: boolean;
}

/** The threads of the scenario, each told in acts; the MSEL's injects name their storyline and act. */
export function StorylinesSection({ draft, edit, editable }: Props) {
  const id = useId();
  const { t } = useI18n();
  const storylines = draft.design.storylines;
  const set = (next: Storyline[]) => edit((d) => ({ ...d, design: { ...d.design, storylines: next } }));
  const change = (i: number, c: Partial<Storyline>) => set(storylines.map((s, j) => (j === i ? { ...s, ...c } : s)));
  const changeAct = (i: number, a: number, c: Partial<Act>) =>
    change(i, { acts: (storylines[i]?.acts ?? []).map((act, j) => (j === a ? { ...act, ...c } : act)) });

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="exercise-storylines">
      <h2 id={`${id}-title`}>{t('exerciseDesign.storylines')}</h2>
      <p className="hint">{t('exerciseDesign.storylinesHint')}</p>
      <fieldset className="form" disabled={!editable}>
        {storylines.length === 0 && <p className="empty">{t('exerciseDesign.noStoryline')}</p>}
        <ol className="exercise-items">
          {storylines.map((s, i) => (
            <li key={i} className="exercise-item">
              <div className="form form-row">
                <div className="field grow">
                  <label htmlFor={`${id}-s${i}`}>{t('exerciseDesign.storylineName', { n: i + 1 })}</label>
                  <input id={`${id}-s${i}`} maxLength={MAX_NAME_LENGTH} value={s.name} onChange={(e) => change(i, { name: e.target.value })} />
                </div>
                <button type="button" className="button-quiet" onClick={() => set(storylines.filter((_, j) => j !== i))}>
                  {t('exerciseDesign.remove')}
                </button>
              </div>
              <div className="field">
                <label htmlFor={`${id}-s${i}-summary`}>{t('exerciseDesign.summary')}</label>
                <textarea
                  id={`${id}-s${i}-summary`}
                  rows={2}
                  maxLength={2_000}
                  value={s.summary}
                  onChange={(e) => change(i, { summary: e.target.value })}
                />
              </div>
              <h4>{t('exerciseDesign.acts')}</h4>
              <ol className="exercise-acts">
                {s.acts.map((act, a) => (
                  <li key={a} className="form form-row">
                    <div className="field">
                      <label htmlFor={`${id}-s${i}-a${a}`}>{t('exerciseDesign.actName', { n: a + 1 })}</label>
                      <input
                        id={`${id}-s${i}-a${a}`}
                        maxLength={MAX_NAME_LENGTH}
                        value={act.name}
                        onChange={(e) => changeAct(i, a, { name: e.target.value })}
                      />
                    </div>
                    <div className="field grow">
                      <label htmlFor={`${id}-s${i}-a${a}-summary`}>{t('exerciseDesign.summary')}</label>
                      <input
                        id={`${id}-s${i}-a${a}-summary`}
                        maxLength={2_000}
                        value={act.summary}
                        onChange={(e) => changeAct(i, a, { summary: e.target.value })}
                      />
                    </div>
                    <button type="button" className="button-quiet" onClick={() => change(i, { acts: s.acts.filter((_, j) => j !== a) })}>
                      {t('exerciseDesign.remove')}
                    </button>
                  </li>
                ))}
              </ol>
              <div className="actions">
                <button type="button" onClick={() => change(i, { acts: [...s.acts, { name: '', summary: '' }] })}>
                  {t('exerciseDesign.addAct')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" onClick={() => set([...storylines, { name: '', summary: '', acts: [] }])}>
            {t('exerciseDesign.addStoryline')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
