import { api } from '../api.ts';
import { BriefingForm } from '../components/BriefingForm.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Link } from '../components/Link.tsx';
import { RequireOrg } from '../components/RequireOrg.tsx';
import { useAction } from '../hooks/useAction.ts';
import { useI18n } from '../hooks/useI18n.tsx';
import { useStatus } from '../hooks/useStatus.tsx';
import { navigate } from '../router/history.ts';
import { pathOf } from '../router/routes.ts';

/** Writes a new briefing, owned by the acting organisation. */
export function NewBriefingPage() {
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  return (
    <RequireOrg>
      {(m) => (
        <article className="page narrow" aria-labelledby="new-briefing-title">
          <p>
            <Link to={pathOf({ name: 'briefings' })}>← {t('briefing.back')}</Link>
          </p>
          <h1 id="new-briefing-title">{t('briefings.new')}</h1>
          <p className="meta">{t('briefing.sensitive', { org: m.orgName })}</p>
          <section className="card">
            <BriefingForm
              busy={action.busy}
              submitLabel="briefing.create"
              onSubmit={(input) =>
                void action.run(async () => {
                  const created = await api.createBriefing(input);
                  navigate(pathOf({ name: 'briefing', id: created.id }));
                  announce(t('briefing.created'));
                })
              }
            />
            <ErrorMessage error={action.error} />
          </section>
        </article>
      )}
    </RequireOrg>
  );
}
