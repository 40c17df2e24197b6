import { Role, type CreatedInvitation } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { pathOf } from '../../router/routes.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useStatus } from '../../ui/useStatus.tsx';

/**
 * The link to send: this app's own origin and the token. (The server's `url` carries its configured public
 * address, which is not always the one the admin is using.)
 */
const linkOf = (invitation: CreatedInvitation) =>
  window.location.origin + pathOf({ name: 'invite', token: invitation.token });

/** Invites someone by e-mail with a role and shows the one-time link to copy. */
export function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: () => void }) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invitation = await action.run(() => api.invite(orgId, { email: email.trim(), role }));
    if (!invitation) return;
    setCreated(invitation);
    setEmail('');
    announce(t('invite.created', { email: invitation.email }));
    onInvited();
  };
  const copy = async (link: string) => {
    await action.run(() => navigator.clipboard.writeText(link));
    announce(t('invite.copied'));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('invite.title')}</h2>
      <form className="form form-row" onSubmit={(e) => void submit(e)} aria-busy={action.busy}>
        <div className="field grow">
          <label htmlFor={`${id}-email`}>{t('invite.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('invite.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(Role.parse(e.target.value))}>
            {Role.options.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary" disabled={action.busy}>
          {t('invite.submit')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
      {created && (
        <div className="invite-link" data-testid="invite-link">
          <p>{t('invite.created', { email: created.email })}</p>
          <label htmlFor={`${id}-link`}>{t('invite.link')}</label>
          <div className="copy-row">
            <input id={`${id}-link`} readOnly value={linkOf(created)} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy(linkOf(created))}>
              {t('invite.copy')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
