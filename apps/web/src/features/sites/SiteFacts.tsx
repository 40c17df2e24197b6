import type { Site } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** What the register knows of a site: area, occupancies, where its outline comes from, notes. */
export function SiteFacts({ site }: { site: Site }) {
  const { t, formatArea, formatCount, formatDay } = useI18n();
  const people = (n: number | null) => (n === null ? t('site.notSet') : formatCount(n));
  const rows: readonly [string, string, string][] = [
    ['area', t('site.walkableArea'), formatArea(site.walkableAreaM2)],
    ['category', t('site.category'), t(`siteCategory.${site.category}`)],
    ['typical', t('site.typicalOccupancy'), people(site.typicalOccupancy)],
    ['event', t('site.eventOccupancy'), people(site.eventOccupancy)],
    ['extract', t('site.extract'), site.extractFilename ?? t('common.none')],
    ['date', t('site.dataDate'), site.extractDataDate ? formatDay(site.extractDataDate) : t('site.notSet')],
  ];
  return (
    <>
      <dl className="details" data-testid="site-facts">
        {rows.map(([key, label, value]) => (
          <div key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {site.notes && (
        <div className="site-notes">
          <h3>{t('site.notes')}</h3>
          <p className="briefing-body">{site.notes}</p>
        </div>
      )}
    </>
  );
}
