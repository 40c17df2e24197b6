import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/useI18n.tsx';

interface Props {
  readonly busy: boolean;
  readonly onSubmit: (account: { displayName: string; password: string }) => void;
}

/** Name and password of a new account, made while accepting an invitation. */
export function NewAccountForm({ busy, onSubmit }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ displayName: displayName.trim(), password });
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('accept.displayName')}</label>
        <input
          id={`${id}-name`}
          autoComplete="name"
          required
          maxLength={120}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('accept.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button-primary" disabled={busy}>
        {t('accept.submit')}
      </button>
    </form>
  );
}
