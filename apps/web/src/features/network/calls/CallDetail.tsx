import type { Call } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { CallDeadline } from './CallDeadline.tsx';

/**
 * What a call asks: its description, deadline, places and the role it gives, then its criteria in order
 * with their weight in the score and what the applicants are asked to show.
 */
export function CallDetail({ call: c }: { call: Call }) {
  const { t, formatCount } = useI18n();
  return (
    <section aria-labelledby="call-about" data-testid="call-detail">
      <h2 id="call-about" className="visually-hidden">
        {t('network.calls.page.about')}
      </h2>
      <CallDeadline call={c} />
      <p>
        {t('network.calls.places', { count: formatCount(c.places) })}
        {' · '}
        {t('network.calls.joinAs', { role: t(`networkRole.${c.joinAs}`) })}
      </p>
      {c.description
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i} className="call-description">
            {p}
          </p>
        ))}
      <h3>{t('network.calls.page.criteria')}</h3>
      <ol className="call-criteria" data-testid="call-criteria">
        {c.criteria.map((k) => (
          <li key={k.id} data-criterion={k.id}>
            <strong>{k.label}</strong>{' '}
            <span className="tag" data-testid="criterion-weight">
              {t('network.calls.page.weight', { weight: formatCount(k.weight) })}
            </span>
            {k.guidance && <p className="hint">{k.guidance}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
