import type { Activity, Network, SaveActivityInput } from '@pactesur/contracts';
import { useMemo, useState } from 'react';
import { api } from '../../../api.ts';
import { useI18n } from '../../../i18n/useI18n.tsx';
import { useSession } from '../../../session/useSession.tsx';
import { ConfirmDelete } from '../../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { useAction } from '../../../ui/useAction.ts';
import { useResource } from '../../../ui/useResource.ts';
import { useStatus } from '../../../ui/useStatus.tsx';
import { ActivityCard } from './ActivityCard.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { calendarDay, programmeOn } from './activityOrder.ts';
import { readerRights } from './readerRights.ts';

/** What the programme's form is open for: a new activity, or one to edit. */
type Editing = { readonly activity: Activity | null } | null;

/**
 * The network's programme: its activities, upcoming soonest first then past, each with its registration;
 * those who run the programme add, edit and delete activities. Its calendar subscribes as iCalendar.
 */
export function NetworkProgramme({ network }: { network: Network }) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  const { announce } = useStatus();
  const slug = network.slug;
  const activities = useResource(() => api.listActivities(slug), `${slug}:${activeMembership?.orgId ?? ''}`);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const save = useAction();
  const remove = useAction();
  const rights = readerRights(network, activeMembership);
  const list = activities.data ?? [];
  const canManage = rights.canManage || list.some((a) => a.canManage);
  const { upcoming, past } = useMemo(
    () => programmeOn(activities.data ?? [], calendarDay(new Date())),
    [activities.data],
  );
  const countries = useMemo(
    () => [...new Set(network.members.flatMap((m) => (m.org.country ? [m.org.country] : [])))],
    [network.members],
  );

  const replace = (changed: Activity) =>
    activities.setData((all) => [...(all ?? []).filter((a) => a.id !== changed.id), changed]);

  const submit = async (body: SaveActivityInput) => {
    const target = editing?.activity;
    const saved = await save.run(() =>
      target ? api.updateActivity(slug, target.id, body) : api.createActivity(slug, body),
    );
    if (!saved) return;
    replace(saved);
    setEditing(null);
    announce(t('network.programme.saved'));
  };
  const confirmDelete = async (activity: Activity) => {
    const done = await remove.run(async () => {
      await api.deleteActivity(slug, activity.id);
      return true;
    });
    if (!done) return;
    activities.setData((all) => (all ?? []).filter((a) => a.id !== activity.id));
    setDeleting(null);
    announce(t('network.programme.saved'));
  };

  const card = (a: Activity, isUpcoming: boolean) => (
    <ActivityCard
      key={a.id}
      slug={slug}
      activity={a}
      upcoming={isUpcoming}
      canRegister={rights.canRegister}
      onChanged={replace}
      onEdit={() => {
        save.clear();
        setEditing({ activity: a });
      }}
      onDelete={() => {
        remove.clear();
        setDeleting(a);
      }}
    />
  );

  return (
    <section aria-labelledby="programme-title" data-testid="network-programme">
      <div className="section-header">
        <h2 id="programme-title">{t('network.programme.title')}</h2>
        <div className="actions">
          <a
            className="button"
            href={api.networkCalendarPath(slug)}
            data-testid="calendar-ics"
            aria-describedby="calendar-hint"
          >
            {t('network.programme.calendar')}
          </a>
          {canManage && !editing && (
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                save.clear();
                setEditing({ activity: null });
              }}
            >
              {t('network.programme.add')}
            </button>
          )}
        </div>
      </div>
      <p className="hint">{t('network.programme.hint')}</p>
      <p className="hint" id="calendar-hint">
        {t('network.programme.calendarHint')}
      </p>
      {!rights.member && <p className="notice">{t('network.programme.publicOnly')}</p>}
      {editing && (
        <ActivityForm
          key={editing.activity?.id ?? 'new'}
          activity={editing.activity}
          countries={countries}
          busy={save.busy}
          error={save.error}
          onSave={(body) => void submit(body)}
          onCancel={() => setEditing(null)}
        />
      )}
      {deleting && (
        <>
          <ConfirmDelete
            question={t('network.programme.deleteQuestion', { title: deleting.title })}
            confirmLabel={t('common.delete')}
            busy={remove.busy}
            onConfirm={() => void confirmDelete(deleting)}
            onCancel={() => setDeleting(null)}
          />
          <ErrorMessage error={remove.error} />
        </>
      )}
      {activities.error ? (
        <ErrorMessage error={activities.error} />
      ) : !activities.data ? (
        <p className="loading">{t('app.loading')}</p>
      ) : activities.data.length === 0 ? (
        <p className="empty">{t('network.programme.empty')}</p>
      ) : (
        <>
          <h3>{t('network.programme.upcoming')}</h3>
          {upcoming.length === 0 ? (
            <p className="empty">{t('network.programme.noUpcoming')}</p>
          ) : (
            <ul className="home-list" data-testid="programme-upcoming">
              {upcoming.map((a) => card(a, true))}
            </ul>
          )}
          {past.length > 0 && (
            <>
              <h3>{t('network.programme.past')}</h3>
              <ul className="home-list" data-testid="programme-past">
                {past.map((a) => card(a, false))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
