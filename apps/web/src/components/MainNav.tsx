import { useI18n } from '../hooks/useI18n.tsx';
import { useRoute } from '../hooks/useRoute.ts';
import { useSession } from '../hooks/useSession.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { DEFAULT_NETWORK, pathOf, type Route } from '../router/routes.ts';
import { Link } from './Link.tsx';

interface Item {
  readonly path: string;
  readonly label: MessageKey;
  readonly matches: ReadonlyArray<Route['name']>;
  readonly adminOnly?: boolean;
}

const ITEMS: readonly Item[] = [
  { path: '/', label: 'nav.home', matches: ['home'] },
  { path: pathOf({ name: 'network', slug: DEFAULT_NETWORK }), label: 'nav.network', matches: ['network'] },
  { path: '/organisation', label: 'nav.organisation', matches: ['organisation'] },
  { path: '/members', label: 'nav.members', matches: ['members'] },
  { path: '/briefings', label: 'nav.briefings', matches: ['briefings', 'briefing', 'briefing-new'] },
  {
    path: '/sites',
    label: 'nav.sites',
    matches: ['sites', 'site', 'site-import', 'threat-new', 'threat', 'crowd-new', 'crowd'],
  },
  { path: '/jobs', label: 'nav.jobs', matches: ['jobs'] },
  { path: '/audit', label: 'nav.audit', matches: ['audit'], adminOnly: true },
];

/** The sections of the app; the audit log is listed for admins only (the API enforces it anyway). */
export function MainNav() {
  const { t } = useI18n();
  const route = useRoute();
  const { activeMembership } = useSession();
  const isAdmin = activeMembership?.role === 'admin';
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.filter((i) => !i.adminOnly || isAdmin).map((item) => (
          <li key={item.path}>
            <Link to={item.path} aria-current={item.matches.includes(route.name) ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
