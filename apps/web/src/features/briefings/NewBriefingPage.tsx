import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { pathOf } from '../../router/routes.ts';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { BriefingForm } from './BriefingForm.tsx';

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
