import type { RiskBand } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/**
 * A risk as a chip coloured by its band, always with the band's name (colour is never the only sign):
 * "20 · Very high", or the band alone when no risk is given.
 */
export function RiskBandChip({ band, risk }: { band: RiskBand; risk?: number | undefined }) {
  const { t } = useI18n();
  const name = t(`riskBand.${band}`);
  return (
    <span className={`risk-chip risk-${band}`} data-band={band}>
      {risk === undefined ? name : t('riskBand.chip', { risk, band: name })}
    </span>
  );
}
