import type { EventRecord } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useResource } from '../../ui/useResource.ts';
import { measureName } from '../protection/productName.ts';

/**
 * The plan's temporary vehicle-barrier lines checked against the site's newest vehicle threat analysis:
 * per line its product, whether it stops every approach crossing it, and the fastest of them.
 */
export function BarrierChecksSection({ event }: { event: EventRecord }) {
  const { t, formatDate, formatCount } = useI18n();
  const checks = useResource(() => api.eventBarrierChecks(event.id), `${event.id}:${event.revision}`);
  const lines = event.plan.features.filter((f) => f.type === 'vehicle-barrier');
  return (
    <section className="card" aria-labelledby="event-barriers-title" data-testid="event-barriers">
      <h2 id="event-barriers-title">{t('eventBarriers.title')}</h2>
      <p className="hint">{t('eventBarriers.intro')}</p>
      {lines.length === 0 ? (
        <p className="empty">{t('eventBarriers.none')}</p>
      ) : checks.error ? (
        <ErrorMessage error={checks.error} />
      ) : !checks.data ? (
        <p className="empty" aria-busy="true">
          …
        </p>
      ) : checks.data.analysis === null ? (
        <p className="empty">{t('eventBarriers.noAnalysis')}</p>
      ) : (
        <>
          <p>
            {t('eventBarriers.analysis', {
              name: checks.data.analysis.name,
              date: formatDate(checks.data.analysis.createdAt),
            })}
          </p>
          <TableScroll rows={checks.data.lines.length}>
            <table className="table table-dense">
              <TableHead
                columns={[
                  { label: 'eventBarriers.line' },
                  { label: 'eventFields.product' },
                  { label: 'eventBarriers.verdict' },
                  { label: 'eventBarriers.worst' },
                ]}
              />
              <tbody>
                {checks.data.lines.map((l) => {
                  const worst = l.crossings[0];
                  return (
                    <tr key={l.featureId} data-feature-id={l.featureId} data-verdict={l.verdict}>
                      <th scope="row">{l.name || l.featureId}</th>
                      <td>
                        {l.productId ? measureName(t, { product: l.productId, name: l.productId }) : '—'}
                      </td>
                      <td>
                        <span className={`badge barrier-${l.verdict}`}>
                          {t(`eventBarriers.verdict.${l.verdict}`)}
                        </span>
                      </td>
                      <td>
                        {worst
                          ? t('eventBarriers.crossing', {
                              class: worst.class,
                              speed: Math.round(worst.speedKmh),
                              mass: formatCount(worst.massKg),
                              angle: worst.angleDeg,
                            })
                          : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
