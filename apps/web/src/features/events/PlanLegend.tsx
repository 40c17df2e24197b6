import { useI18n } from '../../i18n/useI18n.tsx';
import { LegendItem } from '../../ui/LegendItem.tsx';
import { PLAN_COLOURS } from './map/planOverlay.ts';

/** What the colours of the plan's map stand for. */
export function PlanLegend() {
  const { t } = useI18n();
  return (
    <div className="legend" data-testid="plan-legend">
      <h3 className="legend-title">{t('eventLegend.title')}</h3>
      <ul>
        <LegendItem swatch="swatch-area" fill={PLAN_COLOURS.audience}>
          {t('eventTool.zone-audience')}
        </LegendItem>
        <LegendItem swatch="swatch-area" fill={PLAN_COLOURS['no-view']}>
          {t('eventTool.zone-no-view')}
        </LegendItem>
        <LegendItem swatch="swatch-area" fill={PLAN_COLOURS.restricted}>
          {t('eventTool.zone-restricted')}
        </LegendItem>
        <LegendItem swatch="swatch-area" fill={PLAN_COLOURS.structure}>
          {t('eventTool.structure')}
        </LegendItem>
        <LegendItem swatch="swatch-line" fill={PLAN_COLOURS.exit}>
          {t('eventTool.exit')}
        </LegendItem>
        <LegendItem swatch="swatch-line" fill={PLAN_COLOURS.route}>
          {t('eventTool.route')}
        </LegendItem>
        <LegendItem swatch="swatch-line" fill={PLAN_COLOURS.barrier}>
          {t('eventTool.vehicle-barrier')}
        </LegendItem>
        <LegendItem fill={PLAN_COLOURS.screening}>{t('eventTool.screening')}</LegendItem>
        <LegendItem fill={PLAN_COLOURS.point}>{t('eventLegend.points')}</LegendItem>
        <LegendItem swatch="swatch-area" border={PLAN_COLOURS.selected}>
          {t('eventLegend.selected')}
        </LegendItem>
      </ul>
    </div>
  );
}
