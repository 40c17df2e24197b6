import type { MyMembership } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n.tsx';
import { useSession } from './useSession.tsx';

/** Renders its children with the acting organisation, or asks the user to choose one first. */
export function RequireOrg({ children }: { children: (membership: MyMembership) => ReactNode }) {
  const { t } = useI18n();
  const { activeMembership } = useSession();
  if (!activeMembership) return <p className="notice">{t('app.noOrg')}</p>;
  return <>{children(activeMembership)}</>;
}
