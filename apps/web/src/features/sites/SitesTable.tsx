import type { Site } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

/** The register as a table: name (link to the site), category, area, occupancies, extract, owner, access. */
export function SitesTable({ sites, caption }: { sites: readonly Site[]; caption: string }) {
  const { t, formatArea, formatCount, formatDay } = useI18n();
  return (
    <TableScroll>
      <table className="table" data-testid="sites">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sites.col.name')}</th>
            <th scope="col">{t('sites.col.category')}</th>
            <th scope="col" className="numeric">
              {t('sites.col.area')}
            </th>
            <th scope="col" className="numeric">
              {t('sites.col.typical')}
            </th>
            <th scope="col" className="numeric">
              {t('sites.col.event')}
            </th>
            <th scope="col">{t('sites.col.extract')}</th>
            <th scope="col">{t('sites.col.owner')}</th>
            <th scope="col">{t('sites.col.access')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} data-site-id={s.id}>
              <th scope="row">
                <Link to={pathOf({ name: 'site', id: s.id })}>{s.name}</Link>
              </th>
              <td>{t(`siteCategory.${s.category}`)}</td>
              <td className="numeric nowrap">{formatArea(s.walkableAreaM2)}</td>
              <td className="numeric">{formatCount(s.typicalOccupancy)}</td>
              <td className="numeric">{formatCount(s.eventOccupancy)}</td>
              <td>
                {s.extractFilename ?? t('common.none')}
                {s.extractDataDate && <span className="meta"> ({formatDay(s.extractDataDate)})</span>}
              </td>
              <td>{s.ownerOrgName}</td>
              <td>
                <span className={`badge badge-access-${s.access}`}>{t(`access.${s.access}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
