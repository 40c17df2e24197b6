import type { Methane } from '@pactesur/contracts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { METHANE_FIELDS } from './MethaneFields.ts';

/** An M/ETHANE report as logged: whether a major incident was declared, then each field given. */
export function MethaneSummary({ methane }: { methane: Methane }) {
  const { t } = useI18n();
  return (
    <dl className="methane-summary" data-testid="methane" data-major={methane.major}>
      <div>
        <dt>{t('events.ops.methane.major')}</dt>
        <dd className={methane.major ? 'strong' : undefined}>
          {t(methane.major ? 'events.ops.methane.yes' : 'events.ops.methane.no')}
        </dd>
      </div>
      {METHANE_FIELDS.filter((f) => methane[f] !== '').map((f) => (
        <div key={f}>
          <dt>{t(`events.ops.methane.${f}`)}</dt>
          <dd className="prewrap">{methane[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
