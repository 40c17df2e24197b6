import type { Invitation, Member, MyMembership, Role } from '@pactesur/contracts';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { RequireOrg } from '../../session/RequireOrg.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { InvitationsList } from './InvitationsList.tsx';
import { InviteForm } from './InviteForm.tsx';
import { MembersTable } from './MembersTable.tsx';

function Members({ membership }: { membership: MyMembership }) {
  const { t } = useI18n();
  const { session } = useSession();
  const { announce } = useStatus();
  const action = useAction();
  const { orgId, orgName } = membership;
  const isAdmin = membership.role === 'admin';
  const members = useResource(() => api.listMembers(orgId), orgId);
  const invitations = useResource(
    () => (isAdmin ? api.listInvitations(orgId) : Promise.resolve([])),
    `${orgId}:${isAdmin}`,
  );

  const changeRole = (m: Member, role: Role) =>
    void action.run(async () => {
      const updated = await api.changeRole(orgId, m.userId, role);
      members.setData((list) => list?.map((x) => (x.userId === updated.userId ? updated : x)));
      announce(t('members.roleChanged', { name: m.displayName, role: t(`role.${role}`) }));
    });
  const remove = (m: Member) =>
    void action.run(async () => {
      await api.removeMember(orgId, m.userId);
      members.setData((list) => list?.filter((x) => x.userId !== m.userId));
      announce(t('members.removed', { name: m.displayName }));
    });
  const revoke = (i: Invitation) =>
    void action.run(async () => {
      await api.revokeInvitation(orgId, i.id);
      invitations.setData((list) => list?.filter((x) => x.id !== i.id));
      announce(t('invite.revoked', { email: i.email }));
    });

  return (
    <article className="page" aria-labelledby="members-title">
      <header className="page-header">
        <h1 id="members-title">{t('members.title', { org: orgName })}</h1>
      </header>
      <ErrorMessage error={members.error ?? action.error} />
      {members.data ? (
        <MembersTable
          members={members.data}
          caption={t('members.caption', { org: orgName })}
          myUserId={session?.user.id ?? ''}
          canManage={isAdmin}
          busy={action.busy}
          onRole={changeRole}
          onRemove={remove}
        />
      ) : (
        !members.error && <p className="loading">{t('app.loading')}</p>
      )}
      {isAdmin && (
        <>
          <InviteForm orgId={orgId} onInvited={invitations.reload} />
          <section className="card" aria-labelledby="open-invitations">
            <h2 id="open-invitations">{t('invite.open')}</h2>
            <ErrorMessage error={invitations.error} />
            {invitations.data && (
              <InvitationsList invitations={invitations.data} busy={action.busy} onRevoke={revoke} />
            )}
          </section>
        </>
      )}
    </article>
  );
}

/** The members of the acting organisation; admins manage roles and invitations. */
export function MembersPage() {
  return <RequireOrg>{(m) => <Members key={m.orgId} membership={m} />}</RequireOrg>;
}
