import type { EucpnCriterion } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { criterionRows } from './workflow.ts';

/**
 * The EU Crime Prevention Network's four minimum criteria, each met or not, with what is missing for
 * those that are not: they gate publication.
 */
export function EucpnChecklist({ unmet }: { unmet: readonly EucpnCriterion[] }) {
  const { t } = useI18n();
  return (
    <section className="card practice-eucpn" aria-labelledby="practice-eucpn-title">
      <h2 id="practice-eucpn-title">{t('eucpn.title')}</h2>
      <p className="hint">{t('eucpn.intro')}</p>
      <ul className="practice-criteria">
        {criterionRows(unmet).map(({ criterion, met }) => (
          <li
            key={criterion}
            className={met ? 'practice-criterion-met' : 'practice-criterion-unmet'}
            data-testid="eucpn-criterion"
            data-criterion={criterion}
            data-met={String(met)}
          >
            <span className="practice-criterion-mark" aria-hidden="true">
              {met ? '✓' : '✗'}
            </span>
            <div>
              <strong>{t(`eucpn.${criterion}`)}</strong>{' '}
              <span className="visually-hidden">({met ? t('eucpn.met') : t('eucpn.unmet')})</span>
              {!met && <p className="hint">{t(`eucpn.${criterion}.missing`)}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
