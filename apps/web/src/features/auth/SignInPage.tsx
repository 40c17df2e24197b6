import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { Link } from '../../ui/Link.tsx';
import { useStatus } from '../../ui/useStatus.tsx';
import { SignInForm } from './SignInForm.tsx';

/** Shown for every page while signed out; after sign-in the page that was asked for opens. */
export function SignInPage({ lost }: { lost: boolean }) {
  const { t } = useI18n();
  const { announce } = useStatus();
  return (
    <section className="sign-in card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      {lost && (
        <p className="notice" role="alert">
          {t('errors.sessionLost')}
        </p>
      )}
      <SignInForm onSignedIn={(s) => announce(t('signIn.welcome', { name: s.user.displayName }))} />
      <nav className="meta" aria-label={t('awareness.publicLinks')}>
        <Link to={pathOf({ name: 'cities' })}>{t('awareness.citiesTitle')}</Link>
        {' · '}
        <Link to={pathOf({ name: 'practices' })}>{t('practices.title')}</Link>
      </nav>
    </section>
  );
}
