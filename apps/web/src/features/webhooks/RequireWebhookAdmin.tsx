import type { MyMembership } from '@pactesur/contracts';
import type { ReactNode } from 'react';
import { can } from '../../access/can.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RequireOrg } from '../../session/RequireOrg.tsx';

/**
 * Renders its children for an admin of the acting organisation; anyone else is told who manages webhooks,
 * without asking the API (which would refuse them anyway).
 */
export function RequireWebhookAdmin({ children }: { children: (membership: MyMembership) => ReactNode }) {
  const { t } = useI18n();
  return (
    <RequireOrg>
      {(m) =>
        can(m, 'webhook.manage') ? (
          children(m)
        ) : (
          <article className="page narrow" aria-labelledby="webhooks-denied-title">
            <h1 id="webhooks-denied-title">{t('webhooks.title')}</h1>
            <p className="notice" data-testid="webhooks-not-allowed">
              {t('webhooks.notAllowed', { org: m.orgName })}
            </p>
          </article>
        )
      }
    </RequireOrg>
  );
}
