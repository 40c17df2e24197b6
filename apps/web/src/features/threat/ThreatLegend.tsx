import { useI18n } from '../../i18n/useI18n.tsx';
import { LegendItem } from '../../ui/LegendItem.tsx';
import { BaseLayersLegend } from '../sites/BaseLayersLegend.tsx';
import { NOT_REACHED_COLOUR, speedRamp } from './map/threatColours.ts';
import { THREAT_COLOURS } from './map/threatOverlay.ts';

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
          <LegendItem key={band.colour} fill={band.colour}>
            {bandLabel(band.fromKmh, band.toKmh)}
          </LegendItem>
        ))}
        <LegendItem fill={NOT_REACHED_COLOUR}>{t('threatLegend.notReached')}</LegendItem>
      </ul>
      <ul className="legend-symbols">
        <LegendItem swatch="swatch-dashed" border={THREAT_COLOURS.zone}>
          {t('threatLegend.zone')}
        </LegendItem>
        <LegendItem swatch="swatch-line swatch-ramp">{t('threatLegend.paths')}</LegendItem>
        <LegendItem swatch="swatch-line swatch-thick" fill={THREAT_COLOURS.selected}>
          {t('threatLegend.selected')}
        </LegendItem>
        <li className="legend-note">{t('threatLegend.roundedUp')}</li>
      </ul>
      <BaseLayersLegend shown={base} />
    </div>
  );
}
