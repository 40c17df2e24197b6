import { useI18n } from '../../i18n/useI18n.tsx';
import { SiteMapLegend } from './SiteMapLegend.tsx';

/** The base layers of a result map's legend, folded under its own entries; nothing without base layers. */
export function BaseLayersLegend({ shown }: { shown: boolean }) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <details className="legend-base">
      <summary>{t('threatLegend.base')}</summary>
      <SiteMapLegend base outline={false} title={null} />
    </details>
  );
}
