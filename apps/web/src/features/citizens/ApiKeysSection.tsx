import { MAX_NAME_LENGTH, type ApiKey, type IssuedApiKey, type MyMembership } from '@pactesur/contracts';
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { InputField } from '../../ui/InputField.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';
import { CopyField } from './CopyField.tsx';

/**
 * The organisation's Open311 API keys (for the reporting apps that send its city's reports): issue one (the
 * key is shown this once, to copy), see when each was last used, revoke one after confirming.
 */
export function ApiKeysSection({ membership }: { membership: MyMembership }) {
  const { t, formatDate } = useI18n();
  const { announce } = useStatus();
  const keys = useResource(() => api.listApiKeys(), membership.orgId);
  const action = useAction();
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const issue = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void action.run(async () => {
      const made = await api.issueApiKey({ name: name.trim() });
      setIssued(made);
      setName('');
      // The list never carries the key itself.
      const { key: _key, ...listed } = made;
      keys.setData((l) => [...(l ?? []), listed]);
      announce(t('citizens.keys.issued', { name: made.name }));
    });
  };
  const revoke = (k: ApiKey) =>
    void action.run(async () => {
      await api.revokeApiKey(k.id);
      keys.setData((l) => l?.map((x) => (x.id === k.id ? { ...x, revokedAt: new Date().toISOString() } : x)));
      setRevoking(null);
      announce(t('citizens.keys.revoked', { name: k.name }));
    });

  return (
    <section className="card" aria-labelledby="keys-title" data-testid="api-keys">
      <h2 id="keys-title">{t('citizens.keys.title')}</h2>
      <p className="hint">{t('citizens.keys.intro', { path: '/open311/v2/requests.json' })}</p>
      {issued && (
        <div className="invite-link" data-testid="api-key-issued">
          <p>
            <strong>{t('citizens.keys.once')}</strong>
          </p>
          <CopyField
            label="citizens.keys.key"
            value={issued.key}
            copied="citizens.keys.copied"
            testId="api-key-value"
          />
          <div className="actions">
            <button type="button" onClick={() => setIssued(null)}>
              {t('citizens.keys.done')}
            </button>
          </div>
        </div>
      )}
      <form className="form form-row" onSubmit={issue} aria-busy={action.busy}>
        <InputField
          label="citizens.keys.name"
          hint="citizens.keys.nameHint"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          required
          grow
          onChange={setName}
        />
        <FormActions busy={action.busy} submitLabel="citizens.keys.issue" />
      </form>
      <ErrorMessage error={keys.error ?? action.error} />
      {revoking && (
        <ConfirmDelete
          question={t('citizens.keys.confirmRevoke', { name: revoking.name })}
          confirmLabel={t('citizens.keys.revoke')}
          busy={action.busy}
          onConfirm={() => revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
      {keys.data?.length === 0 && <p className="empty">{t('citizens.keys.none')}</p>}
      {keys.data && keys.data.length > 0 && (
        <TableScroll rows={keys.data.length}>
          <table className="table" data-testid="api-keys-table">
            <caption className="visually-hidden">{t('citizens.keys.title')}</caption>
            <TableHead
              columns={[
                { label: 'citizens.keys.name' },
                { label: 'citizens.keys.prefix' },
                { label: 'citizens.keys.created' },
                { label: 'citizens.keys.lastUsed' },
                { label: 'citizens.keys.state' },
                { label: 'common.actions', hidden: true },
              ]}
            />
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id} data-key={k.name}>
                  <th scope="row">{k.name}</th>
                  <td className="mono">{k.prefix}…</td>
                  <td>{formatDate(k.createdAt)}</td>
                  <td>{k.lastUsedAt ? formatDate(k.lastUsedAt, 'date-time') : t('citizens.keys.never')}</td>
                  <td>
                    {k.revokedAt
                      ? t('citizens.keys.revokedOn', { date: formatDate(k.revokedAt) })
                      : t('citizens.keys.active')}
                  </td>
                  <td>
                    {!k.revokedAt && (
                      <RowAction
                        text={t('citizens.keys.revoke')}
                        label={t('citizens.keys.revokeLabel', { name: k.name })}
                        busy={action.busy}
                        onClick={() => setRevoking(k)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
