import { useI18n } from '../../i18n/useI18n.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { SignInForm } from '../auth/SignInForm.tsx';

/** Under the public collection, for a reader without a session: members sign in here to read and write more. */
export function PublicSignIn() {
  const { t } = useI18n();
  const { announce } = useStatus();
  return (
    <section className="card narrow" aria-labelledby="practices-sign-in-title">
      <h2 id="practices-sign-in-title">{t('signIn.title')}</h2>
      <p className="hint">{t('practices.signInHint')}</p>
      <SignInForm onSignedIn={(s) => announce(t('signIn.welcome', { name: s.user.displayName }))} />
    </section>
  );
}
