import { SignInPage } from '../features/auth/SignInPage.tsx';
import { I18nProvider, useI18n } from '../i18n/useI18n.tsx';
import { isPublic, pathOf } from '../router/routes.ts';
import { useRoute } from '../router/useRoute.ts';
import { SessionProvider, useSession } from '../session/useSession.tsx';
import { StatusProvider } from '../ui/useStatus.tsx';
import { AppShell } from './AppShell.tsx';
import { PageFor } from './PageFor.tsx';

function Screens() {
  const { t } = useI18n();
  const { state } = useSession();
  const route = useRoute();
  const body =
    state.status === 'loading' ? (
      <p className="loading">{t('app.loading')}</p>
    ) : state.status === 'signed-out' && !isPublic(route) ? (
      <SignInPage lost={state.lost} />
    ) : (
      <PageFor route={route} />
    );
  return <AppShell path={pathOf(route)}>{body}</AppShell>;
}

/** The whole app: status messages, the session, the language, then the screens. */
export function App() {
  return (
    <StatusProvider>
      <SessionProvider>
        <I18nProvider>
          <Screens />
        </I18nProvider>
      </SessionProvider>
    </StatusProvider>
  );
}
