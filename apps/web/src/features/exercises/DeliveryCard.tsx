import type { Delivery } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { formatScenarioTime } from '@pactesur/exercises';
import { CapMessage } from './CapMessage.tsx';

/**
 * An inject as it reached the organisation, shown as what it stands for: a message in the app, a phone
 * call's script, a radio call, an email, a simulated news item or social post styled as such, or a CAP
 * alert marked EXERCISE with its CAP message to download — never mistaken for the real thing.
 */
export function DeliveryCard({ delivery, children }: { delivery: Delivery; children?: ReactNode }) {
  const { t, formatDate } = useI18n();
  const d = delivery;
  return (
    <article
      className={`delivery delivery-${d.method}`}
      data-testid="delivery"
      data-number={d.number}
      data-method={d.method}
      aria-label={t('exerciseFeed.injectLabel', { number: d.number, method: t(`exerciseMethod.${d.method}`) })}
    >
      <header className="delivery-head">
        <span className="badge delivery-method">{t(`exerciseMethod.${d.method}`)}</span>
        <span className="mono">{formatScenarioTime(d.scenarioTimeS)}</span>
        <span className="hint">
          {t('exerciseFeed.number', { number: d.number })} · {formatDate(d.deliveredAt, 'compact')}
        </span>
      </header>
      <Body delivery={d} />
      {d.attachments.length > 0 && (
        <p className="hint">
          {t('exerciseFeed.attachments')} {d.attachments.join(', ')}
        </p>
      )}
      {children}
    </article>
  );
}

function Body({ delivery: d }: { delivery: Delivery }) {
  const { t } = useI18n();
  const message = d.message || t('exerciseFeed.noMessage');
  switch (d.method) {
    case 'phone':
      return (
        <div className="delivery-body">
          <p className="delivery-from">{t('exerciseFeed.caller', { from: d.from })}</p>
          <blockquote className="delivery-script prewrap">{message}</blockquote>
        </div>
      );
    case 'radio':
      return (
        <div className="delivery-body">
          <p className="delivery-from">{t('exerciseFeed.radioFrom', { from: d.from, to: d.to.join(', ') })}</p>
          <p className="delivery-radio prewrap">{message}</p>
        </div>
      );
    case 'email':
      return (
        <div className="delivery-body">
          <dl className="delivery-mail-head">
            <div>
              <dt>{t('exerciseFeed.mailFrom')}</dt>
              <dd>{d.from}</dd>
            </div>
            <div>
              <dt>{t('exerciseFeed.mailTo')}</dt>
              <dd>{d.to.join(', ')}</dd>
            </div>
          </dl>
          <p className="prewrap">{message}</p>
        </div>
      );
    case 'news':
      return (
        <div className="delivery-body delivery-news">
          <p className="delivery-masthead">
            {d.from} <span className="delivery-simulated">{t('exerciseFeed.simulated')}</span>
          </p>
          <p className="prewrap">{message}</p>
        </div>
      );
    case 'social':
      return (
        <div className="delivery-body delivery-social">
          <p className="delivery-handle">
            <span className="delivery-avatar" aria-hidden="true">
              {d.from.slice(0, 1).toUpperCase()}
            </span>
            <strong>{d.from}</strong> <span className="delivery-simulated">{t('exerciseFeed.simulated')}</span>
          </p>
          <p className="prewrap">{message}</p>
        </div>
      );
    case 'cap-alert':
      return (
        <div className="delivery-body delivery-cap" data-testid="delivery-cap">
          <p className="delivery-exercise-mark">{t('exerciseFeed.capExercise')}</p>
          <p className="delivery-from">{t('exerciseFeed.capFrom', { from: d.from })}</p>
          <p className="prewrap">{message}</p>
          {d.cap && <CapMessage cap={d.cap} />}
        </div>
      );
    case 'in-app':
      return (
        <div className="delivery-body">
          <p className="delivery-from">{t('exerciseFeed.from', { from: d.from })}</p>
          <p className="prewrap">{message}</p>
        </div>
      );
  }
}
