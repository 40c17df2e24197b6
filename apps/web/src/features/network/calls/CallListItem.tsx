import type { Call } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { pathOf } from '../../../router/routes.ts';
import { Link } from '../../../ui/Link.tsx';
import { CallDeadline } from './CallDeadline.tsx';
import { CallStageChip } from './CallStageChip.tsx';

/**
 * One call of the network's list: its stage, title (the way to its page), deadline, places and the role the
 * organisations selected take; for its reviewers how many applied, for an applicant that it applied.
 */
export function CallListItem({ call: c }: { call: Call }) {
  const { t, formatCount } = useI18n();
  return (
    <li data-testid="call" data-call-id={c.id} data-stage={c.stage}>
      <p className="meta">
        <CallStageChip stage={c.stage} />
        {c.mine && (
          <span className="tag" data-testid="call-applied">
            {t('network.calls.applied')}
          </span>
        )}
      </p>
      <h4>
        <Link to={pathOf({ name: 'network-call', slug: c.networkSlug, id: c.id })}>{c.title}</Link>
      </h4>
      <CallDeadline call={c} />
      <p className="meta">
        {t('network.calls.places', { count: formatCount(c.places) })}
        {' · '}
        {t('network.calls.joinAs', { role: t(`networkRole.${c.joinAs}`) })}
        {c.applicationCount !== null && (
          <>
            {' · '}
            {t('network.calls.applicationCount', { count: formatCount(c.applicationCount) })}
          </>
        )}
      </p>
    </li>
  );
}
