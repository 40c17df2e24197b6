import { useI18n } from '../i18n/useI18n.tsx';
import { useRoute } from '../router/useRoute.ts';
import { useSession } from '../session/useSession.tsx';
import { Link } from '../ui/Link.tsx';
import { NAV_ITEMS } from './navItems.ts';

/** The sections of the app; the audit log is listed for admins only (the API enforces it anyway). */
export function MainNav() {
  const { t } = useI18n();
  const route = useRoute();
  const { activeMembership } = useSession();
  const isAdmin = activeMembership?.role === 'admin';
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.filter((i) => !i.adminOnly || isAdmin).map((item) => (
          <li key={item.path}>
            <Link to={item.path} aria-current={item.matches.has(route.name) ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
