import type { Maturity } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';

/** The maturity label of a practice (inspiring, peer-reviewed, evaluated), its meaning as a tooltip. */
export function MaturityBadge({ maturity }: { maturity: Maturity }) {
  const { t } = useI18n();
  return (
    <span
      className={`badge practice-maturity-${maturity}`}
      title={t(`practiceMaturityHint.${maturity}`)}
      data-maturity={maturity}
    >
      {t(`practiceMaturity.${maturity}`)}
    </span>
  );
}
