import type { Session } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { useSession } from '../../session/useSession.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { useAction } from '../../ui/useAction.ts';

interface Props {
  readonly initialEmail?: string;
  readonly submitLabel?: MessageKey;
  readonly onSignedIn?: (session: Session) => void | Promise<void>;
}

/** E-mail and password; the session it opens becomes the app's session. */
export function SignInForm({ initialEmail = '', submitLabel = 'signIn.submit', onSignedIn }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { signIn } = useSession();
  const action = useAction();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await action.run(async () => {
      const session = await signIn({ email: email.trim(), password });
      await onSignedIn?.(session);
    });
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-busy={action.busy}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <ErrorMessage error={action.error} />
      <button type="submit" className="button-primary" disabled={action.busy}>
        {action.busy ? t('signIn.working') : t(submitLabel)}
      </button>
    </form>
  );
}
