import { useI18n } from '../../i18n/useI18n.tsx';
import { LegendItem } from '../../ui/LegendItem.tsx';
import { BaseLayersLegend } from '../sites/BaseLayersLegend.tsx';
import { THREAT_COLOURS } from '../threat/map/threatOverlay.ts';
import { MEASURE_CATEGORIES } from './map/protectionFeatures.ts';
import { MEASURE_COLOURS, PROTECTION_COLOURS } from './map/protectionOverlay.ts';

/**
 * What the plan map shows: the measures' lines by kind (fixed rated product, one that opens, speed-reduction
 * layout), locked and chosen lines, the approaches still open, forbidden places, stations and the zone; then
 * the base layers.
 */
export function ProtectionLegend({ base }: { base: boolean }) {
  const { t } = useI18n();
  return (
    <div className="legend legend-horizontal" data-testid="protection-legend">
      <h3 className="legend-title">{t('protectionLegend.title')}</h3>
      <ul aria-label={t('protectionLegend.kinds')}>
        {MEASURE_CATEGORIES.map((c) => (
          <LegendItem key={c} swatch="swatch-line swatch-thick" fill={MEASURE_COLOURS[c]}>
            {t(`measureCategory.${c}`)}
          </LegendItem>
        ))}
      </ul>
      <ul className="legend-symbols">
        <LegendItem swatch="swatch-line swatch-locked">{t('protectionLegend.locked')}</LegendItem>
        <LegendItem swatch="swatch-line swatch-thick" fill={PROTECTION_COLOURS.selected}>
          {t('protectionLegend.selected')}
        </LegendItem>
        <LegendItem fill={PROTECTION_COLOURS.unstopped}>{t('protectionLegend.unstopped')}</LegendItem>
        <LegendItem swatch="swatch-forbidden">{t('protectionLegend.forbidden')}</LegendItem>
        <LegendItem fill={PROTECTION_COLOURS.station}>{t('protectionLegend.station')}</LegendItem>
        <LegendItem swatch="swatch-dashed" border={THREAT_COLOURS.zone}>
          {t('threatLegend.zone')}
        </LegendItem>
      </ul>
      <BaseLayersLegend shown={base} />
    </div>
  );
}
