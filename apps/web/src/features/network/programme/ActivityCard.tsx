import type { Activity } from '@pactesur/contracts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { pathOf } from '../../../router/routes.ts';
import { Link } from '../../../ui/Link.tsx';
import { activityDateLabel, isTentative } from './activityDates.ts';
import { ActivityRegistrationForm } from './ActivityRegistrationForm.tsx';
import { ActivityRegistrations } from './ActivityRegistrations.tsx';

interface Props {
  readonly slug: string;
  readonly activity: Activity;
  /** Still to come: registration is open. */
  readonly upcoming: boolean;
  /** The reader's organisation may register (an editor of a member). */
  readonly canRegister: boolean;
  readonly onChanged: (activity: Activity) => void;
  readonly onEdit: () => void;
  readonly onDelete: () => void;
}

/**
 * One activity of the network's programme: its kind, title, dates (as precisely as known), place, the mass
 * event of an exchange and the link to its page, the places taken; a member's registration, and for those who run the programme the
 * registrations and the buttons to edit or delete it.
 */
export function ActivityCard({
  slug,
  activity: a,
  upcoming,
  canRegister,
  onChanged,
  onEdit,
  onDelete,
}: Props) {
  const { t, locale, countryName, formatCount } = useI18n();
  const place = [a.city, a.country ? countryName(a.country) : ''].filter(Boolean).join(', ');
  const full = a.places !== null && a.taken >= a.places;
  return (
    <li data-testid="activity" data-kind={a.kind} data-activity-id={a.id}>
      <p className="meta">
        <span className="badge" data-testid="activity-kind">
          {t(`activityKind.${a.kind}`)}
        </span>
        {!a.public && <span className="tag">{t('network.activity.membersOnly')}</span>}
      </p>
      <h4>{a.title}</h4>
      <p data-testid="activity-dates">
        <time dateTime={a.startsOn}>{activityDateLabel(a, locale)}</time>
        {isTentative(a) && <> ({t('network.activity.tbc')})</>}
        {place && <> · {place}</>}
      </p>
      {a.massEvent && <p>{t('network.activity.during', { event: a.massEvent })}</p>}
      {a.kind === 'exchange' && (
        <p>
          <Link
            to={pathOf({ name: 'network-activity', slug, id: a.id })}
            aria-label={t('network.activity.exchangeLinkLabel', { title: a.title })}
            data-testid="exchange-link"
          >
            {t('network.activity.exchangeLink')}
          </Link>
        </p>
      )}
      {a.description && <p className="hint">{a.description}</p>}
      {a.places !== null && (
        <p data-testid="activity-places">
          {t('network.activity.places', { taken: formatCount(a.taken), places: formatCount(a.places) })}
          {full && <span className="tag">{t('network.activity.full')}</span>}
        </p>
      )}
      {canRegister && upcoming && a.places !== null && (
        <ActivityRegistrationForm key={a.mine?.people ?? 0} slug={slug} activity={a} onChanged={onChanged} />
      )}
      {a.canManage && (
        <>
          {a.places !== null && <ActivityRegistrations registrations={a.registrations} />}
          <div className="actions">
            <button
              type="button"
              onClick={onEdit}
              aria-label={t('network.programme.editLabel', { title: a.title })}
            >
              {t('common.edit')}
            </button>
            <button
              type="button"
              className="button-danger"
              onClick={onDelete}
              aria-label={t('network.programme.deleteLabel', { title: a.title })}
            >
              {t('common.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
