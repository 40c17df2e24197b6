import type { Participant, ReplayItem } from '@pactesur/contracts';
import { formatScenarioTime } from '@pactesur/exercises';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RatingBadge } from './RatingBadge.tsx';

interface Props {
  readonly item: ReplayItem;
  readonly participants: readonly Participant[];
  /** The last moment shown: where the replay stands. */
  readonly current: boolean;
}

/** One moment of the replay: an inject delivered (to which agencies), a response, or an observation. */
export function ReplayEntry({ item, participants, current }: Props) {
  const { t, formatDate } = useI18n();
  const orgName = (orgId: string) => participants.find((p) => p.orgId === orgId)?.orgName ?? orgId;
  return (
    <li className={current ? 'replay-item replay-current' : 'replay-item'} data-testid="replay-item" data-kind={item.kind} aria-current={current ? 'step' : undefined}>
      <p className="meta">
        <span className="mono">{formatScenarioTime(item.scenarioTimeS)}</span> · {formatDate(item.at, 'compact')}
      </p>
      {item.kind === 'delivery' && (
        <>
          <p>
            <strong>
              {t('exerciseReplay.delivery', {
                number: item.delivery.number,
                method: t(`exerciseMethod.${item.delivery.method}`),
                orgs: item.reached.length === 0 ? t('exerciseReplay.nobody') : item.reached.map(orgName).join(', '),
              })}
            </strong>
          </p>
          {item.delivery.message && <p className="prewrap replay-text">{item.delivery.message}</p>}
        </>
      )}
      {item.kind === 'response' && (
        <>
          <p>
            <strong>{t('exerciseReplay.response', { org: item.response.orgName, name: item.response.byName })}</strong>
          </p>
          {item.response.text && <p className="prewrap replay-text">{item.response.text}</p>}
        </>
      )}
      {item.kind === 'observation' && (
        <>
          <p>
            <RatingBadge rating={item.observation.rating} />{' '}
            <strong>{t('exerciseReplay.observation', { name: item.observation.byName, org: item.observation.orgName })}</strong>
          </p>
          <p className="prewrap replay-text">{item.observation.text}</p>
        </>
      )}
    </li>
  );
}
