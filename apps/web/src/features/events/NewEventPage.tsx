import { EventKind, MAX_NAME_LENGTH, type MyMembership } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { CheckField } from '../../ui/CheckField.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { DateTimeField } from './DateTimeField.tsx';
import { isoOfLocalInput } from './eventDates.ts';
import './events.css';

function NewEvent({ membership, siteId }: { membership: MyMembership; siteId: string }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const sites = useResource(() => api.listSites(), membership.orgId);
  const profiles = useResource(() => api.listEventProfiles(), membership.orgId);
  const readable = [...(sites.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const [site, setSite] = useState(siteId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EventKind>('festival');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [submitBy, setSubmitBy] = useState('');
  const [profileId, setProfileId] = useState('');
  const [listed, setListed] = useState(true);
  const [problem, setProblem] = useState<'dates' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = isoOfLocalInput(startsAt);
    const end = isoOfLocalInput(endsAt);
    if (!start || !end || Date.parse(end) < Date.parse(start)) return setProblem('dates');
    setProblem(null);
    void action.run(async () => {
      const made = await api.createEvent({
        siteId: site,
        name: name.trim(),
        kind,
        startsAt: start,
        endsAt: end,
        submitBy: isoOfLocalInput(submitBy),
        profileId: profileId === '' ? null : profileId,
        listed,
      });
      navigate(pathOf({ name: 'event', id: made.id }));
      announce(t('newEvent.created', { name: made.name }));
    });
  };

  return (
    <article className="page narrow" aria-labelledby="new-event-title">
      <p>
        <Link to={pathOf({ name: 'events' })}>← {t('event.back')}</Link>
      </p>
      <h1 id="new-event-title">{t('newEvent.title')}</h1>
      <p className="meta">{t('newEvent.sensitive', { org: membership.orgName })}</p>
      <section className="card">
        <ErrorMessage error={sites.error} />
        {sites.data && readable.length === 0 && <p className="empty">{t('newEvent.noSites')}</p>}
        {readable.length > 0 && (
          <form className="form" onSubmit={submit} aria-busy={action.busy}>
            <div className="field">
              <label htmlFor={`${id}-site`}>{t('newEvent.site')}</label>
              <select id={`${id}-site`} required value={site} onChange={(e) => setSite(e.target.value)}>
                <option value="">{t('newEvent.chooseSite')}</option>
                {readable.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.ownerOrgId === membership.orgId
                      ? s.name
                      : t('newEvent.siteOf', { name: s.name, org: s.ownerOrgName })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('newEvent.name')}</label>
              <input
                id={`${id}-name`}
                required
                maxLength={MAX_NAME_LENGTH}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-kind`}>{t('newEvent.kind')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EventKind)}>
                {EventKind.options.map((k) => (
                  <option key={k} value={k}>
                    {t(`eventKind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form form-row">
              <DateTimeField
                label="newEvent.startsAt"
                value={startsAt}
                onChange={setStartsAt}
                required
                invalid={problem === 'dates'}
              />
              <DateTimeField
                label="newEvent.endsAt"
                value={endsAt}
                onChange={setEndsAt}
                required
                invalid={problem === 'dates'}
              />
            </div>
            {problem === 'dates' && (
              <p className="field-problem" role="alert">
                {t('newEvent.datesProblem')}
              </p>
            )}
            <DateTimeField
              label="newEvent.submitBy"
              hint="newEvent.submitByHint"
              value={submitBy}
              onChange={setSubmitBy}
            />
            <div className="field">
              <label htmlFor={`${id}-profile`}>{t('newEvent.profile')}</label>
              <select
                id={`${id}-profile`}
                value={profileId}
                aria-describedby={`${id}-profile-hint`}
                onChange={(e) => setProfileId(e.target.value)}
              >
                {(profiles.data ?? []).map((p) => (
                  <option key={p.id ?? 'default'} value={p.id ?? ''}>
                    {t('event.profileName', { name: p.name, version: p.version })}
                  </option>
                ))}
                {!profiles.data && <option value="">{t('app.loading')}</option>}
              </select>
              <small id={`${id}-profile-hint`}>{t('newEvent.profileHint')}</small>
            </div>
            <CheckField
              label="newEvent.listed"
              hint="newEvent.listedHint"
              checked={listed}
              onChange={setListed}
            />
            <FormActions busy={action.busy} submitLabel="newEvent.create" />
          </form>
        )}
        <ErrorMessage error={action.error} />
      </section>
    </article>
  );
}

/** Starts the plan of an event at a site the organisation may read (`?siteId=` chooses it in advance). */
export function NewEventPage({ siteId }: { siteId: readonly string[] }) {
  return <RequireOrg>{(m) => <NewEvent key={m.orgId} membership={m} siteId={siteId[0] ?? ''} />}</RequireOrg>;
}
