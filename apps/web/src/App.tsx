import { AppShell } from './components/AppShell.tsx';
import { I18nProvider, useI18n } from './hooks/useI18n.tsx';
import { useRoute } from './hooks/useRoute.ts';
import { SessionProvider, useSession } from './hooks/useSession.tsx';
import { StatusProvider } from './hooks/useStatus.tsx';
import { PageFor } from './pages/PageFor.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { isPublic, pathOf } from './router/routes.ts';

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
