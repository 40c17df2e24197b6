import type { Inject } from '@pactesur/contracts';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import type { DraftSaveState } from '../../ui/draftSaver.ts';
import { TableHead } from '../../ui/TableHead.tsx';
import { refusedCells } from './designDraft.ts';
import { MselImport } from './MselImport.tsx';
import { MselRow } from './MselRow.tsx';
import { newInject, withoutInject } from './mselCells.ts';
import { columnKey, MSEL_TABLE_COLUMNS } from './mselColumns.ts';
import type { ExerciseDraft } from './useDesignDraft.ts';

const NO_CELLS: ReadonlySet<string> = new Set();

/**
 * The master scenario events list: one row per inject — number, scenario time, storyline and act, synopsis,
 * message, from, to, method, controller, expected action, objectives, control note, contingency, what it
 * waits for — edited in place and saved as the user goes; its CSV exported and imported.
 */
export function MselSection({ draft, editable }: { draft: ExerciseDraft; editable: boolean }) {
  const id = useId();
  const { t } = useI18n();
  const { msel, storylines } = draft.draft.design;
  const refused = refusedCells(problemsOf(draft.state));
  const setMsel = (change: (msel: readonly Inject[]) => Inject[]) =>
    draft.edit((d) => ({ ...d, design: { ...d.design, msel: change(d.design.msel) } }));
  return (
    <section className="card msel-section" aria-labelledby={`${id}-title`} data-testid="msel">
      <h2 id={`${id}-title`}>{t('msel.title')}</h2>
      <p className="hint">{t('msel.hint')}</p>
      <MselImport draft={draft} editable={editable} />
      {msel.length === 0 && <p className="empty">{t('msel.empty')}</p>}
      {msel.length > 0 && (
        <div className="table-scroll msel-scroll">
          <fieldset disabled={!editable} className="msel-fieldset">
            <table className="table table-dense msel-table">
              <caption>{t('msel.caption', { count: msel.length })}</caption>
              <TableHead
                columns={[...MSEL_TABLE_COLUMNS.map((c) => ({ label: columnKey(c) })), { label: 'common.actions', hidden: true }]}
              />
              <tbody>
                {msel.map((inject, i) => (
                  <MselRow
                    key={inject.id}
                    inject={inject}
                    msel={msel}
                    storylines={storylines}
                    refused={refused.get(i) ?? NO_CELLS}
                    onChange={(change) => setMsel((all) => all.map((x) => (x.id === inject.id ? { ...x, ...change } : x)))}
                    onRemove={() => setMsel((all) => withoutInject(all, inject.id))}
                  />
                ))}
              </tbody>
            </table>
          </fieldset>
        </div>
      )}
      {editable && (
        <div className="actions">
          <button type="button" onClick={() => setMsel((all) => [...all, newInject(all)])} data-testid="msel-add">
            {t('msel.add')}
          </button>
        </div>
      )}
    </section>
  );
}

const problemsOf = (state: DraftSaveState) => (state.kind === 'invalid' ? state.problems : []);
