import type { EventSummary, Exchange } from '@pactesur/contracts';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { pathOf } from '../../../router/routes.ts';
import { Link } from '../../../ui/Link.tsx';
import { useResource } from '../../../ui/useResource.ts';

/** A text as written: its paragraphs (blank lines) and lines kept; "Not written yet" when empty. */
function Written({ text, testId }: { text: string; testId: string }) {
  const { t } = useI18n();
  if (text.trim() === '')
    return (
      <p className="empty" data-testid={testId}>
        {t('network.exchange.notWritten')}
      </p>
    );
  return (
    <div data-testid={testId}>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim() !== '')
        .map((p, i) => (
          <p key={i}>{p.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<br key={j} />, line]))}</p>
        ))}
    </div>
  );
}

/**
 * What an exchange is: its host and mass event, the host's event plan (its link is given to the host's
 * readers only, by the API), its objectives and programme, and the report once written.
 */
export function ExchangeDetail({ exchange: x, massEvent }: { exchange: Exchange; massEvent: string }) {
  const { t } = useI18n();
  const eventId = x.eventId;
  // The plan's name: the host's readers list their plans; a plan deleted since is no longer there.
  const plans = useResource(
    () => (eventId ? api.listEvents() : Promise.resolve<EventSummary[]>([])),
    eventId ?? '',
  );
  const plan = eventId ? plans.data?.find((e) => e.id === eventId) : undefined;
  return (
    <div data-testid="exchange-detail">
      <dl className="details">
        <div>
          <dt>{t('network.exchange.host')}</dt>
          <dd data-testid="exchange-host">{x.hostName}</dd>
        </div>
        {massEvent && (
          <div>
            <dt>{t('network.exchange.massEvent')}</dt>
            <dd>{massEvent}</dd>
          </div>
        )}
        {eventId && (
          <div>
            <dt>{t('network.exchange.plan')}</dt>
            <dd data-testid="exchange-plan">
              {plan ? (
                <Link to={pathOf({ name: 'event', id: plan.id })}>{plan.name}</Link>
              ) : plans.data ? (
                t('network.exchange.planGone')
              ) : (
                t('app.loading')
              )}
              <span className="hint"> {t('network.exchange.planHint', { host: x.hostName })}</span>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('network.exchange.objectives')}</h3>
      <Written text={x.objectives} testId="exchange-objectives" />
      <h3>{t('network.exchange.programme')}</h3>
      <Written text={x.programme} testId="exchange-programme" />
      <h3>{t('network.exchange.report')}</h3>
      <Written text={x.report} testId="exchange-report" />
    </div>
  );
}
