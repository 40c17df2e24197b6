import { ShareRight, type Share } from '@pactesur/contracts';
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { useI18n } from '../../i18n/useI18n.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { RowAction } from '../../ui/RowAction.tsx';
import { TableHead } from '../../ui/TableHead.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { useAction } from '../../ui/useAction.ts';
import { useResource } from '../../ui/useResource.ts';
import { useStatus } from '../../ui/useStatus.tsx';

/** Kinds of record shared from their own page. */
type SharedKind = 'briefing' | 'site' | 'threat-analysis' | 'crowd-simulation' | 'protection-plan' | 'assessment';

interface Props {
  readonly kind: SharedKind;
  readonly recordId: string;
  readonly ownerOrgId: string;
}

/** Who a record (briefing, site, threat analysis) is shared with (read or edit), and the form to share it with another organisation. */
export function SharingPanel({ kind, recordId, ownerOrgId }: Props) {
  const id = useId();
  const { t } = useI18n();
  const { announce } = useStatus();
  const action = useAction();
  const shares = useResource(() => api.listShares(kind, recordId), `${kind}:${recordId}`);
  const orgs = useResource(() => api.listOrgs(), 'orgs');
  const [orgId, setOrgId] = useState('');
  const [right, setRight] = useState<ShareRight>('read');
  const candidates = (orgs.data ?? [])
    .filter((o) => o.id !== ownerOrgId)
    .sort((a, b) => a.name.localeCompare(b.name));

  const share = async (event: FormEvent) => {
    event.preventDefault();
    const name = candidates.find((o) => o.id === orgId)?.name ?? '';
    const next = await action.run(() => api.share(kind, recordId, orgId, right));
    if (!next) return;
    shares.setData(() => next);
    setOrgId('');
    announce(t(`${kind}.shared`, { org: name }));
  };
  const unshare = async (s: Share) => {
    const next = await action.run(() => api.unshare(kind, recordId, s.orgId));
    if (!next) return;
    shares.setData(() => next);
    announce(t(`${kind}.unshared`, { org: s.orgName }));
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('briefing.sharing')}</h2>
      <ErrorMessage error={shares.error ?? orgs.error ?? action.error} />
      {shares.data?.length === 0 && <p className="hint">{t(`${kind}.notShared`)}</p>}
      {shares.data && shares.data.length > 0 && (
        <TableScroll>
          <table className="table" data-testid="shares">
            <caption>{t(`${kind}.sharesCaption`)}</caption>
            <TableHead columns={[{ label: 'briefing.shareWith' }, { label: 'briefing.right' }, { label: 'common.actions' }]} />
            <tbody>
              {shares.data.map((s) => (
                <tr key={s.orgId}>
                  <th scope="row">{s.orgName}</th>
                  <td>{t(`shareRight.${s.right}`)}</td>
                  <td>
                    <RowAction
                      text={t('briefing.unshare')}
                      label={t('briefing.unshareLabel', { org: s.orgName })}
                      busy={action.busy}
                      onClick={() => void unshare(s)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form className="form form-row" onSubmit={(e) => void share(e)}>
        <div className="field grow">
          <label htmlFor={`${id}-org`}>{t('briefing.shareWith')}</label>
          <select id={`${id}-org`} required value={orgId} onChange={(e) => setOrgId(e.target.value)}>
            <option value="">{t('briefing.chooseOrg')}</option>
            {candidates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-right`}>{t('briefing.right')}</label>
          <select
            id={`${id}-right`}
            value={right}
            onChange={(e) => setRight(ShareRight.parse(e.target.value))}
          >
            {ShareRight.options.map((r) => (
              <option key={r} value={r}>
                {t(`shareRight.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-primary" disabled={action.busy || orgId === ''}>
          {t('briefing.share')}
        </button>
      </form>
    </section>
  );
}
