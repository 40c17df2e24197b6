import { MAX_NAME_LENGTH, type MyMembership } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import './assessments.css';

function NewAssessment({ membership, siteId }: { membership: MyMembership; siteId: string }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const sites = useResource(() => api.listSites(), membership.orgId);
  // Only the acting organisation's own sites: an assessment belongs to the organisation of its site.
  const own = (sites.data ?? [])
    .filter((s) => s.ownerOrgId === membership.orgId)
    .sort((a, b) => a.name.localeCompare(b.name));
  const [chosen, setChosen] = useState(siteId);
  const [title, setTitle] = useState('');
  const site = own.some((s) => s.id === chosen) ? chosen : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!site) return;
    void action.run(async () => {
      const made = await api.createAssessment({
        siteId: site,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      navigate(pathOf({ name: 'assessment', id: made.id }));
      announce(t('newAssessment.created'));
    });
  };
  return (
    <article className="page narrow" aria-labelledby="new-assessment-title">
      <p>
        <Link to={pathOf({ name: 'assessments' })}>← {t('assessment.back')}</Link>
      </p>
      <h1 id="new-assessment-title">{t('newAssessment.title')}</h1>
      <p className="meta">{t('assessment.sensitive', { org: membership.orgName })}</p>
      <section className="card">
        <ErrorMessage error={sites.error} />
        {sites.data && own.length === 0 && <p className="empty">{t('newAssessment.noSites')}</p>}
        {own.length > 0 && (
          <form className="form" onSubmit={submit} aria-busy={action.busy}>
            <div className="field">
              <label htmlFor={`${id}-site`}>{t('newAssessment.site')}</label>
              <select id={`${id}-site`} required value={site} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('newAssessment.chooseSite')}</option>
                {own.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-title`}>{t('newAssessment.titleField')}</label>
              <input
                id={`${id}-title`}
                maxLength={MAX_NAME_LENGTH}
                aria-describedby={`${id}-title-hint`}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
              <small id={`${id}-title-hint`}>{t('newAssessment.titleHint')}</small>
            </div>
            <FormActions busy={action.busy} submitLabel="newAssessment.create" />
          </form>
        )}
        <ErrorMessage error={action.error} />
      </section>
    </article>
  );
}

/** Starts an assessment of one of the acting organisation's sites (`?siteId=` chooses it in advance). */
export function NewAssessmentPage({ siteId }: { siteId: readonly string[] }) {
  return (
    <RequireOrg>{(m) => <NewAssessment key={m.orgId} membership={m} siteId={siteId[0] ?? ''} />}</RequireOrg>
  );
}
