import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';
import { useSession } from '../session/useSession.tsx';
import { StatusRegion } from '../ui/StatusRegion.tsx';
import { Header } from './Header.tsx';
import { MainNav } from './MainNav.tsx';

/** Skip link, header, navigation, the page, and the status region. Focus moves to the page on navigation. */
export function AppShell({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useSession();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      {session && <MainNav />}
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <StatusRegion />
    </div>
  );
}
