import {
  CapStatusValue,
  type AlertTemplatePresets,
  type MyMembership,
  type Organisation,
  type Site,
} from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { Link } from '../../ui/Link.tsx';
import { LoadingOrError } from '../../ui/LoadingOrError.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { defaultLanguages, languageChoices, languageName } from './alertLanguages.ts';
import { ChoiceCards } from './ChoiceCards.tsx';
import { newAlertContent } from './newAlertContent.ts';
import { ScopeFields, type ScopeValue } from './ScopeFields.tsx';
import { templateWordsByLanguage } from './templateWords.ts';
import './alerts.css';

interface Loaded {
  readonly templates: readonly AlertTemplatePresets[];
  readonly org: Organisation;
  readonly orgs: readonly Organisation[];
  readonly sites: readonly Site[];
}

function NewAlertForm({ membership, loaded }: { membership: MyMembership; loaded: Loaded }) {
  const id = useId();
  const { t, locale } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const defaults = defaultLanguages(loaded.org, locale);
  const [template, setTemplate] = useState<AlertTemplatePresets['template'] | null>(null);
  const [status, setStatus] = useState<CapStatusValue>('Actual');
  const [scope, setScope] = useState<ScopeValue>({ scope: 'Public', recipientOrgIds: [], addresses: '' });
  const [siteId, setSiteId] = useState('');
  const [languages, setLanguages] = useState<readonly string[]>(defaults);
  const [tried, setTried] = useState(false);
  const choices = languageChoices(defaults);
  const partners = loaded.orgs.filter((o) => o.id !== membership.orgId).sort((a, b) => a.name.localeCompare(b.name));
  const sites = [...loaded.sites].sort((a, b) => a.name.localeCompare(b.name));
  const ready =
    template !== null &&
    languages.length > 0 &&
    ((scope.scope !== 'Restricted' && status !== 'Exercise') || scope.recipientOrgIds.length > 0) &&
    (scope.scope !== 'Private' || scope.addresses.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const presets = loaded.templates.find((p) => p.template === template);
    if (!presets || !ready) return;
    void action.run(async () => {
      // In the order offered, whatever the order of the clicks.
      const ordered = choices.filter((l) => languages.includes(l));
      const words = await templateWordsByLanguage(presets.template, ordered, locale);
      const site = sites.find((s) => s.id === siteId) ?? null;
      const made = newAlertContent(
        { template: presets, status, ...scope, site, languages: ordered, senderName: loaded.org.name },
        words,
        new Date(),
      );
      const created = await api.createAlert({ content: made.content });
      navigate(pathOf({ name: 'alert', id: created.id }));
      announce(
        made.areaProblem
          ? t('newAlert.areaProblem', { problem: t(`areaProblem.${made.areaProblem}`) })
          : t('newAlert.created'),
      );
    });
  };

  return (
    <form className="form new-alert-form" onSubmit={submit} aria-busy={action.busy}>
      <ChoiceCards
        legend={t('newAlert.template')}
        name="template"
        options={loaded.templates.map((p) => p.template)}
        value={template}
        onChange={setTemplate}
        label={(v) => t(`alertTemplate.${v}`)}
        hint={(v) => t(`alertTemplate.${v}.line`)}
      />
      <ChoiceCards
        legend={t('newAlert.status')}
        name="status"
        options={CapStatusValue.options}
        value={status}
        onChange={setStatus}
        label={(v) => t(`capStatus.${v}`)}
        hint={(v) => t(`capStatusHint.${v}`)}
      >
        {status === 'Exercise' && (
          <p className="notice exercise-warning" role="note" data-testid="exercise-warning">
            {t('alert.exerciseWarning')}
          </p>
        )}
      </ChoiceCards>
      <ScopeFields value={scope} onChange={setScope} orgs={partners} exercise={status === 'Exercise'} />
      <div className="field">
        <label htmlFor={`${id}-site`}>{t('newAlert.site')}</label>
        <select
          id={`${id}-site`}
          value={siteId}
          aria-describedby={`${id}-site-hint`}
          onChange={(e) => setSiteId(e.target.value)}
        >
          <option value="">{t('newAlert.noSite')}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <small id={`${id}-site-hint`}>{t('newAlert.siteHint')}</small>
      </div>
      <fieldset className="field-row" aria-describedby={`${id}-languages-hint`}>
        <legend>{t('newAlert.languages')}</legend>
        <p className="hint" id={`${id}-languages-hint`}>
          {t('newAlert.languagesHint')}
        </p>
        <div className="check-grid">
          {choices.map((l) => (
            <label key={l} className="check">
              <input
                type="checkbox"
                value={l}
                checked={languages.includes(l)}
                onChange={(e) =>
                  setLanguages(e.target.checked ? [...languages, l] : languages.filter((x) => x !== l))
                }
              />
              <span>
                {languageName(l, locale)} <span className="meta">({l})</span>
              </span>
            </label>
          ))}
        </div>
        {languages.length === 0 && <p className="field-problem">{t('newAlert.languagesMissing')}</p>}
      </fieldset>
      {tried && template === null && (
        <p className="field-problem" role="alert">
          {t('newAlert.templateMissing')}
        </p>
      )}
      <ErrorMessage error={action.error} />
      <FormActions busy={action.busy} submitLabel="newAlert.create" />
    </form>
  );
}

function NewAlert({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const loaded = useResource(
    async (): Promise<Loaded> => {
      const [templates, org, orgs, sites] = await Promise.all([
        api.alertTemplates(),
        api.getOrg(membership.orgId),
        api.listOrgs(),
        api.listSites(),
      ]);
      return { templates, org, orgs, sites };
    },
    membership.orgId,
  );
  const back = (
    <p>
      <Link to={pathOf({ name: 'alerts' })}>← {t('alert.back')}</Link>
    </p>
  );
  return (
    <article className="page narrow" aria-labelledby="new-alert-title">
      {back}
      <h1 id="new-alert-title">{t('newAlert.title')}</h1>
      <p className="meta">{t('newAlert.intro')}</p>
      <section className="card">
        {loaded.data ? (
          <NewAlertForm membership={membership} loaded={loaded.data} />
        ) : (
          <LoadingOrError back={null} error={loaded.error} />
        )}
      </section>
    </article>
  );
}

/** Starts an alert: what happened (a template), real or exercise, who receives it, where, in which languages. */
export function NewAlertPage() {
  return <RequireOrg>{(m) => <NewAlert key={m.orgId} membership={m} />}</RequireOrg>;
}
