import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { LabelledField } from '../../ui/LabelledField.tsx';
import { useResource } from '../../ui/useResource.ts';
import { activityDateLabel } from '../network/programme/activityDates.ts';

interface Props {
  /** The network whose calendar is offered. */
  readonly network: string;
  readonly value: string;
  readonly onChange: (activityId: string) => void;
}

/** The activity of the network's calendar a course is (an academy, a workshop), or none. */
export function ActivityChoice({ network, value, onChange }: Props) {
  const { t, locale } = useI18n();
  const activities = useResource(() => api.listActivities(network), network);
  const list = [...(activities.data ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    <LabelledField label="courseEdit.activity" hint="courseEdit.activityHint">
      {(id, hintId) => (
        <select id={id} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('courseEdit.activityNone')}</option>
          {/* The linked activity stays offered while the calendar loads, or if it left the calendar. */}
          {value !== '' && !list.some((a) => a.id === value) && (
            <option value={value}>
              {activities.loading ? t('app.loading') : t('courseEdit.activityGone')}
            </option>
          )}
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.title} — ${activityDateLabel(a, locale)}`}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
