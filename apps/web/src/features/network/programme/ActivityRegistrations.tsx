import type { Registration } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { TableHead } from '../../../ui/TableHead.tsx';
import { TableScroll } from '../../../ui/TableScroll.tsx';

/** Who registered to an activity, for those who run the programme: organisation, people, by whom, when. */
export function ActivityRegistrations({ registrations }: { registrations: readonly Registration[] }) {
  const { t, formatDate, formatCount } = useI18n();
  return (
    <details data-testid="activity-registrations">
      <summary>
        {t('network.registrations.title')} ({formatCount(registrations.length)})
      </summary>
      {registrations.length === 0 ? (
        <p className="empty">{t('network.registrations.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table-dense">
            <caption className="visually-hidden">{t('network.registrations.title')}</caption>
            <TableHead
              columns={[
                { label: 'network.registrations.col.org' },
                { label: 'network.registrations.col.people', numeric: true },
                { label: 'network.registrations.col.by' },
                { label: 'network.registrations.col.at' },
              ]}
            />
            <tbody>
              {registrations.map((r) => (
                <tr key={r.orgId} data-testid="registration">
                  <td>{r.orgName}</td>
                  <td className="numeric">{formatCount(r.people)}</td>
                  <td>{r.byName}</td>
                  <td>{formatDate(r.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </details>
  );
}
