import type { Coverage, MyMembership } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { SiteMap } from '../sites/SiteMap.tsx';
import { outlineBounds } from '../sites/map/outlines.ts';
import { CoverageForm } from './CoverageForm.tsx';
import { coverageOutlines } from './map/coverageOutlines.ts';
import { boundsAround } from './reportPlace.ts';

/** Around the organisation's own place, the map opens a few kilometres each way when it has no area yet. */
const ORG_SPAN_DEG = 0.05;

/**
 * Where the organisation takes reports of which categories: its areas on a map and in a table (name,
 * categories, size), a new one drawn on the map, an area deleted after confirming.
 */
export function CoverageSection({ membership }: { membership: MyMembership }) {
  const { t, formatArea } = useI18n();
  const { announce } = useStatus();
  const coverage = useResource(() => api.listCoverage(), membership.orgId);
  const org = useResource(() => api.getOrg(membership.orgId), membership.orgId);
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Coverage | null>(null);
  const list = useMemo(() => coverage.data ?? [], [coverage.data]);
  const outlines = useMemo(() => coverageOutlines(list), [list]);
  const home = org.data?.location ?? null;
  const fit = useMemo(
    () => outlineBounds(outlines) ?? (home ? boundsAround(home, ORG_SPAN_DEG) : null),
    [outlines, home],
  );

  const remove = (c: Coverage) =>
    void action.run(async () => {
      await api.deleteCoverage(c.id);
      coverage.setData((l) => l?.filter((x) => x.id !== c.id));
      setDeleting(null);
      announce(t('citizens.coverage.deleted', { name: c.name }));
    });

  return (
    <section className="card" aria-labelledby="coverage-title" data-testid="coverage">
      <div className="section-header">
        <h2 id="coverage-title">{t('citizens.coverage.title')}</h2>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('citizens.coverage.new')}
          </button>
        )}
      </div>
      <p className="hint">{t('citizens.coverage.intro')}</p>
      <ErrorMessage error={coverage.error ?? action.error} />
      {adding ? (
        <CoverageForm
          existing={list}
          fit={fit}
          onCancel={() => setAdding(false)}
          onSaved={(made) => {
            coverage.setData((l) => [...(l ?? []), made]);
            setAdding(false);
            announce(t('citizens.coverage.saved', { name: made.name }));
          }}
        />
      ) : (
        coverage.data && (
          <div className="zone-map">
            <SiteMap
              label={t('citizens.coverage.map')}
              layers={null}
              outlines={outlines}
              fit={fit}
              testId="coverage-map"
            />
          </div>
        )
      )}
      {coverage.data?.length === 0 && <p className="empty">{t('citizens.coverage.none')}</p>}
      {deleting && (
        <ConfirmDelete
          question={t('citizens.coverage.confirmDelete', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          busy={action.busy}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
      {list.length > 0 && (
        <TableScroll rows={list.length}>
          <table className="table" data-testid="coverage-table">
            <caption className="visually-hidden">{t('citizens.coverage.title')}</caption>
            <TableHead
              columns={[
                { label: 'citizens.coverage.name' },
                { label: 'citizens.coverage.categories' },
                { label: 'citizens.coverage.size', numeric: true },
                { label: 'common.actions', hidden: true },
              ]}
            />
            <tbody>
              {list.map((c) => (
                <tr key={c.id} data-coverage={c.name}>
                  <th scope="row">{c.name}</th>
                  <td>{c.categories.map((x) => t(`reportCategory.${x}`)).join(', ')}</td>
                  <td className="numeric">{formatArea(c.areaKm2 * 1e6)}</td>
                  <td>
                    <RowAction
                      text={t('common.delete')}
                      label={t('citizens.coverage.deleteLabel', { name: c.name })}
                      busy={action.busy}
                      onClick={() => setDeleting(c)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
