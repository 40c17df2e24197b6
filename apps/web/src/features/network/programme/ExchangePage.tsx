import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { pathOf } from '../../../router/routes.ts';
import { useSession } from '../../../session/useSession.tsx';
import { Link } from '../../../ui/Link.tsx';
import { LoadingOrError } from '../../../ui/LoadingOrError.tsx';
import { useResource } from '../../../ui/useResource.ts';
import { activityDateLabel, isTentative } from './activityDates.ts';
import { ExchangePanel } from './ExchangePanel.tsx';
import { readerRights } from './readerRights.ts';

/**
 * An activity of a network's programme on a page of its own: its kind, dates, place and description, and
 * for an exchange of officers, the exchange itself — read by the network's members only.
 */
export function ExchangePage({ slug, id }: { slug: string; id: string }) {
  const { t, locale, countryName } = useI18n();
  const { activeMembership } = useSession();
  const orgId = activeMembership?.orgId ?? '';
  const network = useResource(() => api.getNetwork(slug), slug);
  const activity = useResource(() => api.getActivity(slug, id), `${slug}:${id}:${orgId}`);
  const back = (
    <p>
      <Link to={pathOf({ name: 'network', slug })}>
        ← {t('network.exchange.back', { name: network.data?.name ?? slug })}
      </Link>
    </p>
  );
  const error = activity.error ?? network.error;
  if (error || !activity.data || !network.data) return <LoadingOrError back={back} error={error} />;
  const a = activity.data;
  const rights = readerRights(network.data, activeMembership);
  const place = [a.city, a.country ? countryName(a.country) : ''].filter(Boolean).join(', ');

  return (
    <article className="page" aria-labelledby="activity-title" data-testid="activity-page" data-kind={a.kind}>
      {back}
      <header className="page-header">
        <div>
          <p className="eyebrow">
            {t('network.exchange.eyebrow', { kind: t(`activityKind.${a.kind}`), name: network.data.name })}
          </p>
          <h1 id="activity-title">{a.title}</h1>
          <p data-testid="activity-dates">
            <time dateTime={a.startsOn}>{activityDateLabel(a, locale)}</time>
            {isTentative(a) && <> ({t('network.activity.tbc')})</>}
            {place && <> · {place}</>}
            {!a.public && <span className="tag">{t('network.activity.membersOnly')}</span>}
          </p>
          {a.massEvent && <p>{t('network.activity.during', { event: a.massEvent })}</p>}
        </div>
      </header>
      {a.description && <p className="lead">{a.description}</p>}
      {a.kind === 'exchange' &&
        (rights.member ? (
          <ExchangePanel slug={slug} activity={a} members={network.data.members} />
        ) : (
          <p className="notice">{t('network.exchange.membersOnly')}</p>
        ))}
    </article>
  );
}
