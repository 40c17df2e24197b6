import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

/** The organisation the user acts for, among their memberships; every page follows it. */
export function OrgSwitcher() {
  const id = useId();
  const { t } = useI18n();
  const { session, switchOrg } = useSession();
  const { announce } = useStatus();
  const action = useAction();
  if (!session) return null;
  const memberships = session.user.memberships;
  const change = async (orgId: string) => {
    const next = await action.run(() => switchOrg(orgId));
    const name = next?.user.memberships.find((m) => m.orgId === orgId)?.orgName;
    if (name) announce(t('header.switched', { org: name }));
  };
  return (
    <div className="field-inline">
      <label htmlFor={id}>{t('header.actingFor')}</label>
      <select
        id={id}
        value={session.activeOrgId ?? ''}
        onChange={(e) => void change(e.target.value)}
        disabled={action.busy || memberships.length === 0}
        data-testid="org-switcher"
      >
        {session.activeOrgId === null && <option value="">{t('header.noOrg')}</option>}
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName} · {t(`role.${m.role}`)}
          </option>
        ))}
      </select>
      <ErrorMessage error={action.error} />
    </div>
  );
}
