import type { EventRecord } from '@pactesur/contracts';
import { useState } from 'react';
import { api } from '../../api.ts';
import { isMessageKey } from '../../i18n/messageKey.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { useResource } from '../../ui/useResource.ts';

/**
 * What changed since the edition this plan started from, read when opened: features added, removed or
 * changed (with the fields that differ), figures that moved, sections rewritten, and the expected peak.
 */
export function ChangesView({ event }: { event: EventRecord }) {
  const { t, formatCount } = useI18n();
  const [open, setOpen] = useState(false);
  const changes = useResource(
    () => (open ? api.eventChanges(event.id) : Promise.resolve(null)),
    `${event.id}:${open}:${event.revision}`,
  );
  const c = changes.data;
  const figureName = (key: string) => {
    const k = `eventFigure.${key}`;
    return isMessageKey(k) ? t(k) : key;
  };
  const number = (v: number | null) =>
    v === null ? t('common.none') : formatCount(Math.round(v * 100) / 100);
  return (
    <details
      className="card event-changes"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="event-changes"
    >
      <summary>{t('eventChanges.title')}</summary>
      <ErrorMessage error={changes.error} />
      {open && !c && !changes.error && <p className="loading">{t('app.loading')}</p>}
      {c && (
        <>
          <p>
            {t('eventChanges.since')}{' '}
            <Link to={pathOf({ name: 'event', id: c.previousId })}>{c.previousName}</Link>
          </p>
          <p data-testid="changes-peak">
            {t('eventChanges.peak', {
              before: formatCount(c.expectedPeak.before),
              after: formatCount(c.expectedPeak.after),
            })}
          </p>
          {c.features.length === 0 && c.figures.length === 0 && c.sections.length === 0 && (
            <p className="empty">{t('eventChanges.none')}</p>
          )}
          {c.features.length > 0 && (
            <table className="table table-dense">
              <caption>{t('eventChanges.features')}</caption>
              <TableHead
                columns={[
                  { label: 'eventChanges.col.feature' },
                  { label: 'eventChanges.col.change' },
                  { label: 'eventChanges.col.fields' },
                ]}
              />
              <tbody>
                {c.features.map((f) => (
                  <tr key={f.id} data-change={f.change}>
                    <th scope="row">{f.name || f.id}</th>
                    <td>{t(`eventChanges.change.${f.change}`)}</td>
                    <td>{f.fields.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {c.figures.length > 0 && (
            <table className="table table-dense">
              <caption>{t('eventChanges.figures')}</caption>
              <TableHead
                columns={[
                  { label: 'eventChanges.col.figure' },
                  { label: 'eventChanges.col.before', numeric: true },
                  { label: 'eventChanges.col.after', numeric: true },
                ]}
              />
              <tbody>
                {c.figures.map((f) => (
                  <tr key={f.key}>
                    <th scope="row">{figureName(f.key)}</th>
                    <td className="numeric">{number(f.before)}</td>
                    <td className="numeric">{number(f.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {c.sections.length > 0 && (
            <p>
              {t('eventChanges.sections', {
                sections: c.sections
                  .map((s) => {
                    const k = `eventSection.${s}`;
                    return isMessageKey(k) ? t(k) : s;
                  })
                  .join(', '),
              })}
            </p>
          )}
        </>
      )}
    </details>
  );
}
