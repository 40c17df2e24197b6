import { useI18n } from '../hooks/useI18n.tsx';
import { NOT_REACHED_COLOUR, speedRamp } from '../map/threatColours.ts';
import { THREAT_COLOURS } from '../map/threatOverlay.ts';
import { SiteMapLegend } from './SiteMapLegend.tsx';

/**
 * What the threat map shows: the impact-speed ramp of the perimeter points (in km/h, bands at the speeds
 * barriers are tested at), grey where the class does not get, the zone, the worst paths and the selected
 * entry; then the base layers.
 */
export function ThreatLegend({ className, base }: { className: string; base: boolean }) {
  const { t, formatMeasure, formatCount } = useI18n();
  const kmh = (v: number) => formatMeasure(v, 'km/h');
  const bandLabel = (from: number | null, to: number | null) =>
    from === null && to !== null
      ? t('threatLegend.below', { speed: kmh(to) })
      : to === null && from !== null
        ? t('threatLegend.above', { speed: kmh(from) })
        : t('threatLegend.between', { from: formatCount(from), to: kmh(to ?? 0) });
  return (
    <div className="legend legend-horizontal" data-testid="threat-legend">
      <h3 className="legend-title">{t('threatLegend.title', { class: className })}</h3>
      <ul className="legend-ramp" aria-label={t('threatLegend.rampLabel')}>
        {speedRamp().map((band) => (
          <li key={band.colour}>
            <span className="swatch" style={{ background: band.colour }} aria-hidden="true" />
            {bandLabel(band.fromKmh, band.toKmh)}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: NOT_REACHED_COLOUR }} aria-hidden="true" />
          {t('threatLegend.notReached')}
        </li>
      </ul>
      <ul className="legend-symbols">
        <li>
          <span
            className="swatch swatch-dashed"
            style={{ borderColor: THREAT_COLOURS.zone }}
            aria-hidden="true"
          />
          {t('threatLegend.zone')}
        </li>
        <li>
          <span className="swatch swatch-line swatch-ramp" aria-hidden="true" />
          {t('threatLegend.paths')}
        </li>
        <li>
          <span
            className="swatch swatch-line swatch-thick"
            style={{ background: THREAT_COLOURS.selected }}
            aria-hidden="true"
          />
          {t('threatLegend.selected')}
        </li>
        <li className="legend-note">{t('threatLegend.roundedUp')}</li>
      </ul>
      {base && (
        <details className="legend-base">
          <summary>{t('threatLegend.base')}</summary>
          <SiteMapLegend base outline={false} title={null} />
        </details>
      )}
    </div>
  );
}
