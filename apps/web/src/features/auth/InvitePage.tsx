import type { AcceptInvitation, InvitationPreview } from '@pactesur/contracts';
import { api, ApiError } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { navigate } from '../../router/history.ts';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { NewAccountForm } from './NewAccountForm.tsx';
import { SignInForm } from './SignInForm.tsx';

function Accept({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useI18n();
  const { session, adopt, signOut } = useSession();
  const { announce } = useStatus();
  const action = useAction();
  const accept = (body: AcceptInvitation) =>
    void action.run(async () => {
      adopt(await api.acceptInvitation(token, body));
      navigate('/');
      announce(t('accept.joined', { org: preview.orgName }));
    });

  if (session) {
    const same = session.user.email.toLowerCase() === preview.email.toLowerCase();
    return same ? (
      <>
        <button type="button" className="button-primary" disabled={action.busy} onClick={() => accept({})}>
          {t('accept.joinAs', { name: session.user.displayName })}
        </button>
        <ErrorMessage error={action.error} />
      </>
    ) : (
      <>
        <p className="notice">
          {t('accept.wrongAccount', { email: session.user.email, invited: preview.email })}
        </p>
        <button type="button" onClick={() => void action.run(() => signOut(false))}>
          {t('header.signOut')}
        </button>
        <ErrorMessage error={action.error} />
      </>
    );
  }
  if (preview.accountExists) {
    return (
      <>
        <p>{t('accept.existing')}</p>
        <SignInForm initialEmail={preview.email} submitLabel="accept.signInAndJoin" />
      </>
    );
  }
  return (
    <>
      <h2>{t('accept.newAccount')}</h2>
      <NewAccountForm busy={action.busy} onSubmit={accept} />
      <ErrorMessage error={action.error} />
    </>
  );
}

/** `/invite/:token`: who invites whom, then a new account, or sign-in, and joining. */
export function InvitePage({ token }: { token: string }) {
  const { t, formatDate } = useI18n();
  const preview = useResource(() => api.previewInvitation(token), token);
  if (preview.error) {
    const gone = preview.error instanceof ApiError && preview.error.status < 500;
    return (
      <section className="card narrow" aria-labelledby="invite-title" data-testid="invitation-error">
        <h1 id="invite-title">{gone ? t('errors.invitationTitle') : t('common.errorTitle')}</h1>
        <ErrorMessage error={preview.error} />
      </section>
    );
  }
  if (!preview.data) return <p className="loading">{t('app.loading')}</p>;
  const p = preview.data;
  return (
    <section className="card narrow" aria-labelledby="invite-title" data-testid="invitation">
      <h1 id="invite-title">{t('accept.title', { org: p.orgName })}</h1>
      <p className="lead">
        {t('accept.summary', { org: p.orgName, role: t(`role.${p.role}`), email: p.email })}
      </p>
      <p className="hint">{t('accept.expires', { date: formatDate(p.expiresAt, 'date-time') })}</p>
      <Accept token={token} preview={p} />
    </section>
  );
}
