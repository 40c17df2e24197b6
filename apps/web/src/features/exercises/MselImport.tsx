import type { Exercise } from '@pactesur/contracts';
import { useId, useState, type ChangeEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { csvColumnKey } from './mselColumns.ts';
import { mselFindings } from './mselFindings.ts';
import type { ExerciseDraft } from './useDesignDraft.ts';

/** Most bytes of an MSEL file sent (the server refuses larger ones). */
const MAX_CSV_BYTES = 2 * 1024 * 1024;

/**
 * The MSEL as CSV: the link to export it, and the import of a file that replaces it — refused by the
 * server with every finding, each shown by the file's row (1 being its header) and column.
 */
export function MselImport({ draft, editable }: { draft: ExerciseDraft; editable: boolean }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [tooLarge, setTooLarge] = useState(false);
  const exercise = draft.exercise;
  const findings = mselFindings(action.error);

  const load = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setTooLarge(file.size > MAX_CSV_BYTES);
    if (file.size > MAX_CSV_BYTES) return;
    const csv = await file.text();
    const imported = await action.run(async (): Promise<Exercise> => {
      // The table's changes go first: the file then replaces the list saved.
      await draft.flush();
      return api.importExerciseMsel(exercise.id, csv, draft.known().revision);
    });
    if (!imported) return;
    draft.accept(imported);
    announce(t('msel.imported', { count: imported.design?.msel.length ?? 0 }));
  };

  return (
    <div className="msel-csv" data-testid="msel-csv">
      <p className="actions">
        <a className="button" href={api.exerciseMselPath(exercise.id)} download data-testid="msel-export">
          {t('msel.export')}
        </a>
        {editable && (
          <>
            <label className="button" htmlFor={`${id}-file`}>
              {t('msel.import')}
            </label>
            <input
              id={`${id}-file`}
              className="visually-hidden"
              type="file"
              accept=".csv,text/csv"
              data-testid="msel-import"
              disabled={action.busy}
              onChange={(e) => void load(e)}
            />
          </>
        )}
      </p>
      {editable && <p className="hint">{t('msel.importHint')}</p>}
      {tooLarge && (
        <p className="error" role="alert">
          {t('msel.tooLarge')}
        </p>
      )}
      {findings.length > 0 ? (
        <div className="error" role="alert" data-testid="msel-findings">
          <p>
            <strong>{t('msel.refused', { count: findings.length })}</strong>
          </p>
          <TableScroll rows={findings.length}>
            <table className="table table-dense">
              <caption>{t('msel.findingsCaption')}</caption>
              <TableHead columns={[{ label: 'msel.findingRow', numeric: true }, { label: 'msel.findingColumn' }, { label: 'msel.findingWhat' }]} />
              <tbody>
                {findings.map((f, i) => {
                  const key = csvColumnKey(f.column);
                  return (
                    <tr key={i} data-testid="msel-finding" data-row={f.row} data-column={f.column}>
                      <td className="numeric">{f.row}</td>
                      <td>{f.column === '' ? t('msel.wholeRow') : key ? t(key) : f.column}</td>
                      <td lang="en">{f.message}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </div>
      ) : (
        <ErrorMessage error={action.error} />
      )}
    </div>
  );
}
