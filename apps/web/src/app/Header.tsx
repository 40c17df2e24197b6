import { lazy, Suspense, type ComponentType } from 'react';
import { OrgSwitcher } from '../features/auth/OrgSwitcher.tsx';
import { useI18n } from '../i18n/useI18n.tsx';
import { navigate } from '../router/history.ts';
import { useSession } from '../session/useSession.tsx';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { Link } from '../ui/Link.tsx';
import { useAction } from '../ui/useAction.ts';
import { useStatus } from '../ui/useStatus.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

/** No bell when its code cannot be fetched (the connection dropped): the rest of the header works without it. */
const NoBell: ComponentType<{ userId: string }> = () => null;

/**
 * The bell of the user's notifications, fetched once signed in: the sign-in page does not carry it nor
 * the live channel it follows.
 */
const NotificationBell = lazy(() =>
  import('../features/notifications/NotificationBell.tsx').then(
    (m) => ({ default: m.NotificationBell }),
    () => ({ default: NoBell }),
  ),
);

/** The top bar: brand, organisation switcher, language, the user's notifications, the signed-in user and sign-out. */
export function Header() {
  const { t } = useI18n();
  const { session, signOut } = useSession();
  const { announce } = useStatus();
  const action = useAction();
  const leave = async (everywhere: boolean) => {
    await action.run(() => signOut(everywhere));
    navigate('/');
    announce(t('header.signedOut'));
  };
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <div className="header-tools">
        {session && <OrgSwitcher />}
        <LanguageSwitcher />
        {session && (
          <Suspense fallback={null}>
            <NotificationBell key={session.user.id} userId={session.user.id} />
          </Suspense>
        )}
        {session && (
          <div className="account" role="group" aria-label={t('header.account')}>
            <span className="account-name" data-testid="user-name">
              {session.user.displayName}
            </span>
            <button
              type="button"
              className="button-quiet"
              onClick={() => void leave(false)}
              disabled={action.busy}
            >
              {t('header.signOut')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={() => void leave(true)}
              disabled={action.busy}
            >
              {t('header.signOutEverywhere')}
            </button>
          </div>
        )}
      </div>
      <ErrorMessage error={action.error} />
    </header>
  );
}
