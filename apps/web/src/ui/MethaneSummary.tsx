import type { Methane } from '@pactesur/contracts';
import { useI18n } from '../i18n/useI18n.tsx';
import { METHANE_FIELDS } from './methane.ts';
import { methaneKey, type MethaneWords } from './methaneWords.ts';

/** An M/ETHANE report as given: whether a major incident was declared, then each field filled in. */
export function MethaneSummary({ methane, words }: { methane: Methane; words: MethaneWords }) {
  const { t } = useI18n();
  return (
    <dl className="methane-summary" data-testid="methane" data-major={methane.major}>
      <div>
        <dt>{t(methaneKey(words, 'major'))}</dt>
        <dd className={methane.major ? 'strong' : undefined}>
          {t(methaneKey(words, methane.major ? 'yes' : 'no'))}
        </dd>
      </div>
      {METHANE_FIELDS.filter((f) => methane[f] !== '').map((f) => (
        <div key={f}>
          <dt>{t(methaneKey(words, f))}</dt>
          <dd className="prewrap">{methane[f]}</dd>
        </div>
      ))}
    </dl>
  );
}
